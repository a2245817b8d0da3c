package org.medcoord.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;

/**
 * Books, holds, moves and closes appointments. Thread-safe.
 *
 * <p>A booking takes every required resource or none. It locks each involved resource (in sorted
 * order, so two bookings cannot deadlock) and the patient, reads the resources' bookings of the
 * affected days through an index, and inserts only when every resource stays within its capacity,
 * none is blocked or closed, and the patient has no overlapping appointment. Because the check runs
 * under the storage engine's locks, it holds across threads and across processes sharing a database.
 *
 * <p>Every method checks the caller's access to the patient's SCHEDULING data and audits it; every
 * change publishes an event after commit.
 *
 * @since 0.1.0
 */
public interface AppointmentService {

    /**
     * Books an appointment (status booked). With an idempotency key, repeating the same request returns
     * the appointment of the first call.
     *
     * @throws org.medcoord.core.ValidationException listing every problem with the request (unknown
     *         service type or resource, missing or extra roles, a resource that cannot fill its role,
     *         a start before the lead time or an end past the horizon)
     * @throws org.medcoord.core.ConflictException when a resource is full, blocked or closed, or the
     *         patient is busy ({@code MC-SCHED-101} to {@code MC-SCHED-104}), naming the resource and
     *         interval; or when the idempotency key was used for another request ({@code MC-SCHED-107})
     */
    Appointment book(AccessContext context, BookingRequest request);

    /**
     * Books a recurring series (physiotherapy weekly, ten times) all or nothing. Occurrence {@code k}
     * starts at the first request's start plus {@code k} times {@code every}, counted in the local time
     * of the first role's resource, so a weekly 09:00 stays at 09:00 across a DST change (a start in
     * the spring-forward gap moves forward).
     *
     * @param every a positive period of whole days or more, for example {@code Period.ofWeeks(1)}
     * @param count 2 to 52 occurrences
     * @return the booked appointments, in order
     * @throws SeriesConflictException listing every occurrence that collides; then none is booked
     */
    List<Appointment> bookSeries(AccessContext context, BookingRequest first, java.time.Period every, int count);

    /**
     * Holds the time tentatively (status pending) for {@code holdFor} (1 minute to 24 hours): the hold
     * takes capacity like a booking until it lapses or is confirmed.
     */
    Appointment hold(AccessContext context, BookingRequest request, Duration holdFor);

    /**
     * Turns a hold into a booking.
     *
     * @throws org.medcoord.core.ConflictException {@code MC-SCHED-105} when the hold has lapsed
     */
    Appointment confirm(AccessContext context, AppointmentId hold);

    /**
     * Moves an appointment to another start and set of resources in one step: either it is moved, or
     * it stays where it was. Its old time does not count against the new one.
     */
    Appointment reschedule(AccessContext context, AppointmentId appointment, Instant newStart, Map<String, ResourceId> resources);

    /**
     * Cancels, freeing the resources.
     *
     * @param reason 1 to 500 characters, kept with the appointment (never in events or logs)
     */
    Appointment cancel(AccessContext context, AppointmentId appointment, String reason);

    /** Records that the patient did not come. */
    Appointment markNoShow(AccessContext context, AppointmentId appointment);

    /**
     * Moves an appointment to {@code next} along a legal FHIR transition (arrived, fulfilled,
     * entered-in-error, ...). Use {@link #cancel}, {@link #confirm} and {@link #markNoShow} for those.
     *
     * @throws org.medcoord.core.ConflictException {@code MC-SCHED-106} for an illegal transition
     */
    Appointment transition(AccessContext context, AppointmentId appointment, AppointmentStatus next);

    /** @throws org.medcoord.core.NotFoundException when no such appointment exists */
    Appointment get(AccessContext context, AppointmentId appointment);

    /** @return the patient's appointments starting in {@code [from, to)}, by start, in every status */
    List<Appointment> forPatient(AccessContext context, PatientId patient, Instant from, Instant to);

    /**
     * @return the appointments holding {@code resource} at some time in {@code [from, to)} that take
     *         capacity now (booked, arrived, fulfilled, unexpired holds), by start
     */
    List<Appointment> onResource(AccessContext context, ResourceId resource, Instant from, Instant to);
}
