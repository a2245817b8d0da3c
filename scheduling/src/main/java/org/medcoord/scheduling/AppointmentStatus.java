package org.medcoord.scheduling;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of an appointment, aligned with FHIR R4 {@code Appointment.status}; only the transitions
 * listed by {@link #canMoveTo} are legal.
 *
 * <pre>
 * proposed ─┬─► pending ─┬─► booked ─┬─► arrived ──► fulfilled
 *           │            │           ├─► noshow
 *           └────────────┴───────────┴─► cancelled          (any non-final ─► entered-in-error)
 * </pre>
 *
 * @since 0.1.0
 */
public enum AppointmentStatus {
    /** Suggested, not yet held; does not take capacity. */
    PROPOSED("proposed"),
    /** A tentative hold: takes capacity until it is confirmed or its hold expires. */
    PENDING("pending"),
    /** Confirmed. */
    BOOKED("booked"),
    /** The patient has arrived. */
    ARRIVED("arrived"),
    /** Done. */
    FULFILLED("fulfilled"),
    /** Cancelled, with a reason; frees its resources. */
    CANCELLED("cancelled"),
    /** The patient did not come. */
    NOSHOW("noshow"),
    /** Created by mistake; frees its resources. */
    ENTERED_IN_ERROR("entered-in-error");

    private static final Map<AppointmentStatus, Set<AppointmentStatus>> NEXT = Map.of(
            PROPOSED, EnumSet.of(PENDING, BOOKED, CANCELLED, ENTERED_IN_ERROR),
            PENDING, EnumSet.of(BOOKED, CANCELLED, ENTERED_IN_ERROR),
            BOOKED, EnumSet.of(ARRIVED, CANCELLED, NOSHOW, ENTERED_IN_ERROR),
            ARRIVED, EnumSet.of(FULFILLED, ENTERED_IN_ERROR),
            FULFILLED, EnumSet.noneOf(AppointmentStatus.class),
            CANCELLED, EnumSet.noneOf(AppointmentStatus.class),
            NOSHOW, EnumSet.of(ENTERED_IN_ERROR),
            ENTERED_IN_ERROR, EnumSet.noneOf(AppointmentStatus.class));

    private final String fhirCode;

    AppointmentStatus(String fhirCode) {
        this.fhirCode = fhirCode;
    }

    /** @return the FHIR R4 code, for example {@code "entered-in-error"} */
    public String fhirCode() {
        return fhirCode;
    }

    /** @return true when moving from this status to {@code next} is legal */
    public boolean canMoveTo(AppointmentStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** @return true when no transition leaves this status except a correction (entered-in-error) */
    public boolean isFinal() {
        return NEXT.get(this).stream().allMatch(next -> next == ENTERED_IN_ERROR);
    }
}
