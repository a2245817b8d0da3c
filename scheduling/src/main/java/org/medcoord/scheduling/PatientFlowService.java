package org.medcoord.scheduling;

import java.time.LocalDate;
import java.util.List;
import org.medcoord.core.access.AccessContext;

/**
 * The day of the visit: check-in, rooming, the clinician, check-out; a live board per location and
 * wait-time figures. Check-in marks the appointment arrived; check-out marks it fulfilled. Thread-safe.
 *
 * @since 0.1.0
 */
public interface PatientFlowService {

    /**
     * Checks the patient in for a booked appointment (it becomes arrived).
     *
     * @throws org.medcoord.core.ConflictException {@code MC-SCHED-106} when the appointment is not booked
     */
    PatientFlow checkIn(AccessContext context, AppointmentId appointment);

    /** Puts the patient in a room (a registered location). */
    PatientFlow room(AccessContext context, AppointmentId appointment, ResourceId room);

    /** Records that the clinician is with the patient. */
    PatientFlow withClinician(AccessContext context, AppointmentId appointment);

    /** Checks the patient out (the appointment becomes fulfilled). */
    PatientFlow checkOut(AccessContext context, AppointmentId appointment);

    /**
     * Tells the patients of the practitioner's later booked appointments today (in the practitioner's
     * zone) that they will be seen about {@code delay} late: an {@link AppointmentRunningLate} event for
     * each, and a message through the patient channel when one is configured
     * ({@link WaitlistService#PATIENT_CHANNEL_SETTING}). Appointments are not moved.
     *
     * @param delay 1 minute to 12 hours
     * @return the appointments concerned, by start
     */
    List<AppointmentId> runningLate(AccessContext context, ResourceId practitioner, java.time.Duration delay);

    /** @return the flow of an appointment; throws {@code NotFoundException} before check-in */
    PatientFlow get(AccessContext context, AppointmentId appointment);

    /** @return everyone checked in and not yet out at {@code location}, longest waiting first */
    List<BoardEntry> board(AccessContext context, ResourceId location);

    /** @return the wait figures of {@code location} on a local date in its zone */
    WaitTimes waitTimes(AccessContext context, ResourceId location, LocalDate day);
}
