package org.medcoord.records;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.PatientId;

/**
 * A patient's request to amend one history entry or note (HIPAA right to amend), and its decision. An
 * accepted request links the correction (a new entry, or a signed addendum) and leaves the original
 * untouched; a denied one keeps the reason and, when the patient files one, their statement of
 * disagreement. Both are listed with the original from then on.
 *
 * @param id              the request id
 * @param version         the version to pass to the next decision
 * @param patient         whose record
 * @param entry           the history entry to amend, or empty
 * @param note            the note to amend, or empty
 * @param requestedChange what the patient asks to change (PHI)
 * @param status          requested, accepted or denied
 * @param requestedBy     who filed it (the staff member entering it)
 * @param requestedAt     when
 * @param decidedBy       who accepted or denied it
 * @param decidedAt       when
 * @param denialReason    why it was denied
 * @param disagreement    the patient's statement of disagreement with a denial
 * @param correctionEntry the corrected entry, when an entry amendment was accepted
 * @param correctionNote  the addendum, when a note amendment was accepted
 * @since 0.1.0
 */
public record Amendment(AmendmentId id, long version, PatientId patient, Optional<HistoryEntryId> entry, Optional<NoteId> note,
                        String requestedChange, AmendmentStatus status, String requestedBy, Instant requestedAt,
                        Optional<String> decidedBy, Optional<Instant> decidedAt, Optional<String> denialReason,
                        Optional<String> disagreement, Optional<HistoryEntryId> correctionEntry, Optional<NoteId> correctionNote) {
    public Amendment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(status, "status");
    }

    /** Prints ids and status only. */
    @Override
    public String toString() {
        return "Amendment[" + id + " v" + version + " " + status + " of patient " + patient + "]";
    }
}
