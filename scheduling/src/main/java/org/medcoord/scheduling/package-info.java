/**
 * Scheduling: resources with capacity, zones and blocks; service types with required resources and
 * buffers; opening hours from RFC 5545 recurrences; slot search; appointments that take every required
 * resource atomically and cannot double-book, with holds, recurring series, reschedules, cancellations
 * and FHIR statuses; a waitlist that is offered freed time automatically; reminders; patient flow on
 * the day; admissions and the bed board.
 *
 * <p>Obtain the services from {@code MedCoord.service(AppointmentService.class)} and so on once
 * {@code medcoord-scheduling} is on the classpath.
 *
 * @since 0.1.0
 */
package org.medcoord.scheduling;
