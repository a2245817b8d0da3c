package org.medcoord.records;

import java.time.Instant;
import java.util.Optional;
import org.medcoord.core.PatientId;

/**
 * One dose of an order's schedule and, once recorded, what happened to it.
 *
 * @param order   the order
 * @param patient for whom
 * @param dueAt   when it is due
 * @param outcome what happened, once recorded
 * @param by      who recorded it
 * @param at      when it was given, held, refused or marked missed
 * @since 0.1.0
 */
public record ScheduledDose(MedicationOrderId order, PatientId patient, Instant dueAt, Optional<AdministrationOutcome> outcome,
                            Optional<String> by, Optional<Instant> at) {
}
