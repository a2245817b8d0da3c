package org.medcoord.records;

import java.util.List;
import org.medcoord.core.access.AccessContext;

/**
 * The HIPAA right to amend: requests against a history entry or a note, accepted with a linked
 * correction (the original stays retrievable, byte-identical) or denied with a reason and the patient's
 * statement of disagreement. Access is decided on the target's data category and audited. Thread-safe.
 *
 * @since 0.1.0
 */
public interface Amendments {

    /** Files a request to amend a history entry. */
    Amendment request(AccessContext context, HistoryEntryId entry, String requestedChange);

    /** Files a request to amend a note. */
    Amendment request(AccessContext context, NoteId note, String requestedChange);

    /**
     * Accepts a request against a history entry: records {@code correction} (of the same kind) as a new
     * entry linked to the request; the original entry is not changed.
     *
     * @throws org.medcoord.core.ConflictException {@code MC-REC-081} when already decided, {@code MC-REC-082}
     *         when the request is against a note or the correction is of another kind
     */
    Amendment acceptWithCorrection(AccessContext context, AmendmentId amendment, long expectedVersion, HistoryItem correction);

    /**
     * Accepts a request against a note: adds a signed addendum with {@code text}; the note is not changed.
     *
     * @throws org.medcoord.core.ConflictException {@code MC-REC-081} when already decided, {@code MC-REC-082}
     *         when the request is against a history entry, {@code MC-REC-041} when the note is not signed yet
     */
    Amendment acceptWithAddendum(AccessContext context, AmendmentId amendment, long expectedVersion, String text);

    /** Denies a request, with the reason the patient is told. */
    Amendment deny(AccessContext context, AmendmentId amendment, long expectedVersion, String reason);

    /**
     * Records the patient's statement of disagreement with a denial.
     *
     * @throws org.medcoord.core.ConflictException {@code MC-REC-083} when the request was not denied
     */
    Amendment recordDisagreement(AccessContext context, AmendmentId amendment, long expectedVersion, String statement);

    /** @return the requests against a history entry, in creation order */
    List<Amendment> forEntry(AccessContext context, HistoryEntryId entry);

    /** @return the requests against a note, in creation order */
    List<Amendment> forNote(AccessContext context, NoteId note);
}
