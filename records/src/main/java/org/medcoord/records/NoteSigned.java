package org.medcoord.records;

import java.util.Optional;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A note, or an addendum ({@code addendumTo} present), was signed. Carries ids only.
 *
 * @since 0.1.0
 */
public record NoteSigned(PatientId patient, NoteId note, Optional<NoteId> addendumTo) implements DomainEvent {
    @Override
    public String type() {
        return "records.note-signed";
    }
}
