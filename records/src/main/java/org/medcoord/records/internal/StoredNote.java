package org.medcoord.records.internal;

import java.time.Instant;
import org.medcoord.core.PatientId;
import org.medcoord.records.EncounterId;
import org.medcoord.records.NoteId;
import org.medcoord.records.NoteStatus;

/** A note as stored; optional parts are null when absent. */
record StoredNote(PatientId patient, EncounterId encounter, NoteId addendumTo, String title, String text, NoteStatus status,
                  String author, Instant createdAt, String signedBy, Instant signedAt) {

    StoredNote revised(String newTitle, String newText) {
        return new StoredNote(patient, encounter, addendumTo, newTitle, newText, status, author, createdAt, signedBy, signedAt);
    }

    StoredNote signed(String by, Instant at) {
        return new StoredNote(patient, encounter, addendumTo, title, text, NoteStatus.SIGNED, author, createdAt, by, at);
    }

    /** A merge changes which chart holds the note, never what it says or who signed it. */
    StoredNote movedTo(PatientId survivor) {
        return new StoredNote(survivor, encounter, addendumTo, title, text, status, author, createdAt, signedBy, signedAt);
    }

    @Override
    public String toString() {
        return "StoredNote[" + status + "]";
    }
}
