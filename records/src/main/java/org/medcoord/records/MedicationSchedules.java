package org.medcoord.records;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;

/**
 * Medication orders and the medication administration record (MAR): orders generate doses in the
 * patient's time zone (see {@link Frequency} for the DST policy); nurses record each dose as given,
 * held, refused or missed (once per dose, enforced by the engine); the overdue list shows a ward's doses
 * past due with nothing recorded. On order entry the drug is checked against the patient's active
 * recorded allergies and active orders: findings come back as {@link OrderWarning}s that must be
 * acknowledged before the order is placed. Access is decided on
 * {@link org.medcoord.core.access.DataCategory#MEDICATION} and audited. Thread-safe.
 *
 * @since 0.1.0
 */
public interface MedicationSchedules {

    /**
     * Checks and places an order.
     *
     * @return the order, or the unacknowledged warnings (then nothing was stored)
     * @throws org.medcoord.core.ValidationException {@code MC-REC-070} for a dose with no unit or amount, and
     *         other problems, all at once; nothing is stored
     */
    OrderOutcome order(AccessContext context, OrderMedication request);

    /** Stops an order: no dose is due at or after {@code at}. */
    MedicationOrder stop(AccessContext context, MedicationOrderId order, long expectedVersion, Instant at);

    /** @return the patient's orders, in creation order */
    List<MedicationOrder> orders(AccessContext context, PatientId patient);

    /** @return the order's doses due in {@code [from, to)} with what was recorded for each, oldest first (none for PRN) */
    List<ScheduledDose> schedule(AccessContext context, MedicationOrderId order, Instant from, Instant to);

    /**
     * Records what happened to one scheduled dose (or, for a PRN order, to a dose given at {@code dueAt}).
     *
     * @param reason why a dose was held or refused (required then), or empty
     * @throws org.medcoord.core.ValidationException {@code MC-REC-072} when {@code dueAt} is not a dose of the
     *         order, {@code MC-REC-073} when a held or refused dose has no reason
     * @throws org.medcoord.core.ConflictException {@code MC-REC-074} when the dose was already recorded
     */
    ScheduledDose record(AccessContext context, MedicationOrderId order, Instant dueAt, AdministrationOutcome outcome,
                         Optional<String> reason);

    /**
     * @param grace how late a dose may be before it counts as overdue, for example 30 minutes
     * @return the ward's doses due in the 24 hours before {@code asOf - grace} with nothing recorded, oldest first
     */
    List<ScheduledDose> overdue(AccessContext context, String location, Instant asOf, Duration grace);
}
