package org.medcoord.records;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.PatientId;

/**
 * A clinical note or an addendum to one, as read.
 *
 * @param id          the note id
 * @param version     the version to pass to the next change (drafts only)
 * @param patient     whose chart it is in
 * @param encounter   the visit it documents, if any
 * @param addendumTo  the signed note this addendum corrects or completes; empty for a note
 * @param title       a short title
 * @param text        the note's text (PHI)
 * @param status      draft or signed
 * @param author      the user id that wrote it
 * @param createdAt   when it was started
 * @param signedBy    who signed it, once signed
 * @param signedAt    when it was signed
 * @param sensitivity the sensitive categories the note falls in; empty for most
 * @since 0.1.0
 */
public record ClinicalNote(NoteId id, long version, PatientId patient, Optional<EncounterId> encounter, Optional<NoteId> addendumTo,
                           String title, String text, NoteStatus status, String author, Instant createdAt,
                           Optional<String> signedBy, Optional<Instant> signedAt, java.util.Set<SensitiveCategory> sensitivity) {
    public ClinicalNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(encounter, "encounter");
        Objects.requireNonNull(addendumTo, "addendumTo");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(signedBy, "signedBy");
        Objects.requireNonNull(signedAt, "signedAt");
        sensitivity = java.util.Set.copyOf(sensitivity);
    }

    /** @return true when this is an addendum to another note */
    public boolean isAddendum() {
        return addendumTo.isPresent();
    }

    /** Prints ids and status only: the title and text are PHI. */
    @Override
    public String toString() {
        return "ClinicalNote[" + id + " v" + version + " " + status + (addendumTo.map(n -> " addendum to " + n).orElse(""))
                + " of patient " + patient + "]";
    }
}
