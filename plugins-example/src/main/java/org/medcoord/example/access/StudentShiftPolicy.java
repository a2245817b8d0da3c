package org.medcoord.example.access;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.spi.AccessDecision;
import org.medcoord.core.spi.AccessPolicies;
import org.medcoord.core.spi.AccessPolicy;
import org.medcoord.core.spi.AccessRequest;

/**
 * A teaching clinic's rule in front of the built-in policy: medical students (role {@value #STUDENT}) may
 * read the chart (demographics, clinical data, medication, scheduling) for treatment, but only during
 * their shift, and never write, export or disclose anything. Every other request goes to the wrapped
 * policy unchanged, so the vendor rule adds to the default instead of rewriting its table.
 *
 * <p>Registered in {@code META-INF/services/org.medcoord.core.spi.AccessPolicy} under the id {@value #ID}:
 * a policy on the classpath is not used until the setting {@code medcoord.access-policy=student-shift}
 * chooses it (or the instance is registered with {@code MedCoord.builder().accessPolicy(...)}). The
 * no-arg constructor wraps {@link AccessPolicies#roleBased()}, reads the shift from the system properties
 * {@value #SHIFT_START_PROPERTY} and {@value #SHIFT_END_PROPERTY} (local times, default 07:00 to 19:00)
 * in the zone {@value #ZONE_PROPERTY} (default UTC) and tells time by the system clock; the full
 * constructor takes the application's clock, which a policy cannot otherwise be given.
 *
 * <p>Thread-safe and free of I/O; never throws from {@link #decide}: it denies instead.
 *
 * @since 0.1.0
 */
public final class StudentShiftPolicy implements AccessPolicy {

    /** The policy id, for the setting {@code medcoord.access-policy}. */
    public static final String ID = "student-shift";
    /** The role this rule is about. */
    public static final String STUDENT = "student";
    /** System property: the local time the shift starts, for example {@code 07:00}. */
    public static final String SHIFT_START_PROPERTY = "medcoord.example.student-shift.start";
    /** System property: the local time the shift ends (exclusive), for example {@code 19:00}. */
    public static final String SHIFT_END_PROPERTY = "medcoord.example.student-shift.end";
    /** System property: the IANA zone the shift times are in. */
    public static final String ZONE_PROPERTY = "medcoord.example.student-shift.zone";

    private static final Set<DataCategory> CHART = EnumSet.of(DataCategory.DEMOGRAPHICS, DataCategory.CLINICAL,
            DataCategory.MEDICATION, DataCategory.SCHEDULING);
    private static final Set<Action> READS = EnumSet.of(Action.READ, Action.SEARCH);

    private final AccessPolicy delegate;
    private final Clock clock;
    private final ZoneId zone;
    private final LocalTime shiftStart;
    private final LocalTime shiftEnd;

    /** For {@link java.util.ServiceLoader}: the default policy, the shift from system properties, the system clock. */
    public StudentShiftPolicy() {
        this(AccessPolicies.roleBased(), Clock.systemUTC(), ZoneId.of(System.getProperty(ZONE_PROPERTY, "UTC")),
                time(SHIFT_START_PROPERTY, "07:00"), time(SHIFT_END_PROPERTY, "19:00"));
    }

    /**
     * @param delegate   the policy every request not about a student goes to (usually {@link AccessPolicies#roleBased()})
     * @param clock      the application's clock (the one given to {@code MedCoord.builder().clock(...)})
     * @param zone       the zone of the shift times
     * @param shiftStart when the shift starts, local time
     * @param shiftEnd   when it ends, exclusive; before {@code shiftStart} for a night shift that ends the next day
     */
    public StudentShiftPolicy(AccessPolicy delegate, Clock clock, ZoneId zone, LocalTime shiftStart, LocalTime shiftEnd) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.shiftStart = Objects.requireNonNull(shiftStart, "shiftStart");
        this.shiftEnd = Objects.requireNonNull(shiftEnd, "shiftEnd");
        if (shiftStart.equals(shiftEnd)) {
            throw new IllegalArgumentException("MC-EXAMPLE-010: a shift must not start and end at the same time");
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public AccessDecision decide(AccessRequest request) {
        try {
            if (!request.context().principal().roles().contains(STUDENT)) {
                return delegate.decide(request);
            }
            if (!READS.contains(request.action()) || !CHART.contains(request.category())
                    || request.context().purpose() != PurposeOfUse.TREATMENT) {
                // a student who also holds a staff role keeps what that role may do
                AccessDecision staff = delegate.decide(request);
                return staff.permitted() ? staff : AccessDecision.deny("student-shift: students may only read the chart for treatment");
            }
            LocalTime now = LocalTime.now(clock.withZone(zone));
            if (!onShift(now)) {
                return AccessDecision.deny("student-shift: outside the student's shift " + shiftStart + "-" + shiftEnd + " " + zone);
            }
            return AccessDecision.permit("student-shift: student reads " + request.category() + " on shift");
        } catch (RuntimeException e) {
            return AccessDecision.deny("student-shift: could not decide (" + e.getClass().getSimpleName() + ")");
        }
    }

    private boolean onShift(LocalTime now) {
        return shiftStart.isBefore(shiftEnd)
                ? !now.isBefore(shiftStart) && now.isBefore(shiftEnd)
                : !now.isBefore(shiftStart) || now.isBefore(shiftEnd);
    }

    private static LocalTime time(String property, String fallback) {
        String value = System.getProperty(property, fallback);
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("MC-EXAMPLE-011: system property " + property + " must be a local time such as 07:00", e);
        }
    }

    @Override
    public String toString() {
        return "StudentShiftPolicy[" + shiftStart + "-" + shiftEnd + " " + zone + ", then " + delegate.id() + "]";
    }
}
