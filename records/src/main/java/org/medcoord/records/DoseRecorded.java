package org.medcoord.records;

import java.time.Instant;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A dose was given, held, refused or missed; the type names the outcome ({@code records.dose-given},
 * {@code records.dose-missed}, ...). Carries ids and times only.
 *
 * @since 0.1.0
 */
public record DoseRecorded(PatientId patient, MedicationOrderId order, Instant dueAt, AdministrationOutcome outcome) implements DomainEvent {
    @Override
    public String type() {
        return "records.dose-" + outcome.name().toLowerCase(java.util.Locale.ROOT);
    }
}
