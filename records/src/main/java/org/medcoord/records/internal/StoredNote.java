package org.medcoord.records.internal;

import java.time.Instant;
import org.medcoord.core.PatientId;
import org.medcoord.records.EncounterId;
import org.medcoord.records.NoteId;
import org.medcoord.records.NoteStatus;
import org.medcoord.records.SensitiveCategory;
import java.util.Set;

/** A note as stored; optional parts are null when absent. */
record StoredNote(PatientId patient, EncounterId encounter, NoteId addendumTo, String title, String text, NoteStatus status,
                  String author, Instant createdAt, String signedBy, Instant signedAt, Set<SensitiveCategory> sensitivity) {

    StoredNote {
        sensitivity = sensitivity == null ? Set.of() : Set.copyOf(sensitivity);
    }

    StoredNote revised(String newTitle, String newText) {
        return new StoredNote(patient, encounter, addendumTo, newTitle, newText, status, author, createdAt, signedBy, signedAt, sensitivity);
    }

    StoredNote signed(String by, Instant at) {
        return new StoredNote(patient, encounter, addendumTo, title, text, NoteStatus.SIGNED, author, createdAt, by, at, sensitivity);
    }

    /** A merge changes which chart holds the note, never what it says or who signed it. */
    StoredNote movedTo(PatientId survivor) {
        return new StoredNote(survivor, encounter, addendumTo, title, text, status, author, createdAt, signedBy, signedAt, sensitivity);
    }

    @Override
    public String toString() {
        return "StoredNote[" + status + "]";
    }
}
