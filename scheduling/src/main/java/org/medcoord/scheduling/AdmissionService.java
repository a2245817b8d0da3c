package org.medcoord.scheduling;

import java.util.List;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;

/**
 * Admissions, transfers and discharges, and the bed board. Beds are resources of kind
 * {@link ResourceKind#BED}: an occupied bed, and a bed being cleaned after a patient left, cannot be
 * booked from that moment on (open-ended) until it is free again. Thread-safe; bed changes run under
 * the bed's resource lock, so two admissions cannot take one bed.
 *
 * @since 0.1.0
 */
public interface AdmissionService {

    /**
     * @throws org.medcoord.core.ValidationException when the bed is not a registered bed or the patient is missing
     * @throws org.medcoord.core.ConflictException {@code MC-SCHED-111} when the bed is not free (occupied,
     *         being cleaned, blocked or booked now)
     */
    Admission admit(AccessContext context, PatientId patient, ResourceId bed);

    /** Moves the patient to another free bed; the old bed goes to cleaning. */
    Admission transfer(AccessContext context, AdmissionId admission, ResourceId toBed);

    /** Discharges the patient; the bed goes to cleaning. */
    Admission discharge(AccessContext context, AdmissionId admission);

    /** Marks a bed that was being cleaned as free. */
    BedStatus cleaned(AccessContext context, ResourceId bed);

    /** @throws org.medcoord.core.NotFoundException when no such admission exists */
    Admission get(AccessContext context, AdmissionId admission);

    /** @return every bed of the tenant with its state */
    List<BedStatus> board(AccessContext context);
}
