package org.medcoord.records;

import java.util.List;
import java.util.Optional;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;

/**
 * Clinical notes: drafted, revised by their author, then signed, after which they never change; a
 * correction is a signed addendum linked to the note. Access is decided on
 * {@link org.medcoord.core.access.DataCategory#NOTES} (clinicians and nurses; not the front desk, not
 * billing) and audited. Thread-safe.
 *
 * @since 0.1.0
 */
public interface ClinicalNotes {

    /**
     * Starts a draft.
     *
     * @param encounter the visit it documents; must be the same patient's
     * @throws org.medcoord.core.ValidationException listing every problem; nothing is stored
     */
    ClinicalNote draft(AccessContext context, PatientId patient, Optional<EncounterId> encounter, String title, String text);

    /**
     * Starts a draft in sensitive categories (a psychotherapy note is {@link SensitiveCategory#MENTAL_HEALTH}): it
     * and its addenda are seen only by their author, users the patient permitted and break-glass; to everyone
     * else they do not exist.
     */
    ClinicalNote draft(AccessContext context, PatientId patient, Optional<EncounterId> encounter, String title, String text,
                       java.util.Set<SensitiveCategory> sensitivity);

    /**
     * Replaces a draft's title and text. Only the author may revise a draft.
     *
     * @throws org.medcoord.core.ConflictException {@code MC-REC-040} when the note is signed (add an addendum),
     *         {@code MC-REC-044} when the caller is not the author
     */
    ClinicalNote revise(AccessContext context, NoteId note, long expectedVersion, String title, String text);

    /**
     * Signs a draft; from then on it never changes. Only the author may sign.
     *
     * @throws org.medcoord.core.ConflictException {@code MC-REC-040} when already signed, {@code MC-REC-044}
     *         when the caller is not the author
     */
    ClinicalNote sign(AccessContext context, NoteId note, long expectedVersion);

    /**
     * Adds a signed addendum to a signed note: the caller writes and signs it in one step.
     *
     * @throws org.medcoord.core.ConflictException {@code MC-REC-041} when the note is still a draft (revise it instead)
     */
    ClinicalNote addAddendum(AccessContext context, NoteId note, String text);

    /** @throws org.medcoord.core.NotFoundException when the tenant has no such note */
    ClinicalNote get(AccessContext context, NoteId note);

    /**
     * The note's history: every version from the first draft on (revisions, the signature, a merge moving it),
     * each with who made the change and when.
     *
     * @return the versions, oldest first
     * @throws org.medcoord.core.NotFoundException when the tenant has no such note (or the caller may not see it)
     */
    List<RecordVersion<ClinicalNote>> versions(AccessContext context, NoteId note);

    /** @return the addenda of a note, in creation order */
    List<ClinicalNote> addenda(AccessContext context, NoteId note);

    /** @return the patient's notes and addenda, in creation order */
    List<ClinicalNote> list(AccessContext context, PatientId patient);
}
