package org.medcoord.records;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;

/**
 * Encounters: one per visit, optionally linked to the scheduling appointment it came from (at most one
 * encounter per appointment, enforced by the engine). Access is decided on
 * {@link org.medcoord.core.access.DataCategory#CLINICAL} and audited. Thread-safe.
 *
 * @since 0.1.0
 */
public interface Encounters {

    /**
     * @throws org.medcoord.core.ValidationException listing every problem; nothing is stored
     * @throws org.medcoord.core.ConflictException {@code MC-REC-043} when the appointment already has an
     *         encounter, {@code MC-REC-022} when the patient is not active
     */
    Encounter open(AccessContext context, OpenEncounter request);

    /**
     * Ends the visit.
     *
     * @throws org.medcoord.core.ConflictException {@code MC-REC-042} when it is already finished
     */
    Encounter finish(AccessContext context, EncounterId encounter, long expectedVersion, Instant end);

    /** @throws org.medcoord.core.NotFoundException when the tenant has no such encounter */
    Encounter get(AccessContext context, EncounterId encounter);

    /** @return the patient's encounters, oldest first */
    List<Encounter> list(AccessContext context, PatientId patient);

    /** @return the encounter opened for a scheduling appointment, if any */
    Optional<Encounter> findByAppointment(AccessContext context, UUID appointment);
}
