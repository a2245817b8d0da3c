package org.medcoord.records.internal;

import java.time.Instant;
import org.medcoord.core.PatientId;
import org.medcoord.records.AmendmentStatus;
import org.medcoord.records.HistoryEntryId;
import org.medcoord.records.NoteId;

/** An amendment request as stored; absent parts are null. */
record StoredAmendment(PatientId patient, HistoryEntryId entry, NoteId note, String requestedChange, AmendmentStatus status,
                       String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt, String denialReason,
                       String disagreement, HistoryEntryId correctionEntry, NoteId correctionNote) {

    StoredAmendment accepted(String by, Instant at, HistoryEntryId entryFix, NoteId noteFix) {
        return new StoredAmendment(patient, entry, note, requestedChange, AmendmentStatus.ACCEPTED, requestedBy, requestedAt, by, at,
                null, null, entryFix, noteFix);
    }

    StoredAmendment denied(String by, Instant at, String reason) {
        return new StoredAmendment(patient, entry, note, requestedChange, AmendmentStatus.DENIED, requestedBy, requestedAt, by, at,
                reason, null, null, null);
    }

    StoredAmendment withDisagreement(String statement) {
        return new StoredAmendment(patient, entry, note, requestedChange, status, requestedBy, requestedAt, decidedBy, decidedAt,
                denialReason, statement, correctionEntry, correctionNote);
    }

    StoredAmendment movedTo(PatientId survivor) {
        return new StoredAmendment(survivor, entry, note, requestedChange, status, requestedBy, requestedAt, decidedBy, decidedAt,
                denialReason, disagreement, correctionEntry, correctionNote);
    }

    /** The id of what it amends, for the index. */
    String target() {
        return entry != null ? "history/" + entry : "note/" + note;
    }

    @Override
    public String toString() {
        return "StoredAmendment[" + status + "]";
    }
}
