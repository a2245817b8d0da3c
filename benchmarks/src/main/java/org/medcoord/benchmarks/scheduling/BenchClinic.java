package org.medcoord.benchmarks.scheduling;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.medcoord.core.InMemoryStorage;
import org.medcoord.core.MedCoord;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.scheduling.AppointmentService;
import org.medcoord.scheduling.AvailabilityService;
import org.medcoord.scheduling.BookingRequest;
import org.medcoord.scheduling.NewAvailabilityTemplate;
import org.medcoord.scheduling.NewResource;
import org.medcoord.scheduling.NewServiceType;
import org.medcoord.scheduling.Resource;
import org.medcoord.scheduling.ResourceKind;
import org.medcoord.scheduling.ResourceRequirement;
import org.medcoord.scheduling.ResourceService;
import org.medcoord.scheduling.SeriesConflictException;
import org.medcoord.scheduling.ServiceCatalog;
import org.medcoord.scheduling.ServiceType;

/**
 * A clinic for benchmarks: 50 practitioners (weekdays 08:00-18:00 New York), 20 rooms and 10 endoscopes
 * on the in-memory engine, a two-resource consultation used to fill the calendar and a three-resource
 * procedure that is searched.
 */
final class BenchClinic implements AutoCloseable {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final Instant NOW = Instant.parse("2026-11-02T12:00:00Z");
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 3);

    final MedCoord medcoord;
    final AccessContext desk = AccessContext.of(TenantId.of("bench"), Principal.of("bench", Roles.FRONT_DESK, Roles.SYSTEM),
            PurposeOfUse.OPERATIONS);
    final List<Resource> practitioners = new ArrayList<>();
    final List<Resource> rooms = new ArrayList<>();
    final List<Resource> scopes = new ArrayList<>();
    final ServiceType consult;
    final ServiceType procedure;
    final AppointmentService appointments;

    BenchClinic() {
        SecureRandom random = new SecureRandom();
        byte[] a = new byte[32];
        byte[] b = new byte[32];
        random.nextBytes(a);
        random.nextBytes(b);
        medcoord = MedCoord.builder().storage(InMemoryStorage.provider()).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .setting("medcoord.keys.encryption", Base64.getEncoder().encodeToString(a))
                .setting("medcoord.keys.token", Base64.getEncoder().encodeToString(b)).build();
        ResourceService resources = medcoord.service(ResourceService.class);
        AvailabilityService availability = medcoord.service(AvailabilityService.class);
        for (int i = 0; i < 50; i++) {
            Resource p = resources.register(desk, NewResource.of(ResourceKind.PRACTITIONER, "Practitioner " + i, ZONE));
            availability.addTemplate(desk, NewAvailabilityTemplate.weekdays(p.id(), FIRST_DAY, LocalTime.of(8, 0), LocalTime.of(18, 0)));
            practitioners.add(p);
        }
        for (int i = 0; i < 20; i++) {
            rooms.add(resources.register(desk, NewResource.of(ResourceKind.LOCATION, "Room " + i, ZONE)));
        }
        for (int i = 0; i < 10; i++) {
            scopes.add(resources.register(desk, NewResource.of(ResourceKind.EQUIPMENT, "Scope " + i, ZONE)));
        }
        ServiceCatalog catalog = medcoord.service(ServiceCatalog.class);
        consult = catalog.define(desk, NewServiceType.of("Consult", Duration.ofMinutes(20), List.of(
                ResourceRequirement.of("practitioner", practitioners.stream().map(Resource::id).toList()),
                ResourceRequirement.of("room", rooms.stream().map(Resource::id).toList()))).withWindow(Duration.ZERO, Duration.ofDays(730)));
        procedure = catalog.define(desk, NewServiceType.of("Procedure", Duration.ofMinutes(45), List.of(
                ResourceRequirement.of("practitioner", practitioners.stream().map(Resource::id).toList()),
                ResourceRequirement.of("room", rooms.stream().map(Resource::id).toList()).withBuffers(Duration.ofMinutes(10), Duration.ofMinutes(10)),
                ResourceRequirement.of("scope", scopes.stream().map(Resource::id).toList()).withBuffers(Duration.ZERO, Duration.ofMinutes(30))))
                .withWindow(Duration.ZERO, Duration.ofDays(730)));
        appointments = medcoord.service(AppointmentService.class);
    }

    /** The most consultations {@link #fill} can put in the 30 days after {@link #FIRST_DAY}. */
    static final int WINDOW_CAPACITY = 5 * 50 * 9 * 4;

    /**
     * Books {@code inWindow} consultations in the 30 days searched (from {@link #FIRST_DAY}) and
     * {@code outside} more in the weeks after it, so that benchmarks can grow the calendar without
     * changing what the searched days look like. Practitioner {@code p} sees patients on the hour in room
     * {@code p % 20}, the three groups of 20 twenty minutes apart (09:00, 09:20, 09:40 ...), so no room
     * is double-booked; weekly series keep the fill quick.
     */
    void fill(int inWindow, int outside) {
        if (inWindow > WINDOW_CAPACITY) {
            throw new IllegalArgumentException("at most " + WINDOW_CAPACITY + " bookings fit in the window");
        }
        fillFrom(FIRST_DAY, 4, inWindow);
        fillFrom(FIRST_DAY.plusWeeks(6), 50, outside);
    }

    private void fillFrom(LocalDate firstDay, int weeks, int count) {
        int booked = 0;
        outer:
        for (int k = 0; k < 9; k++) {
            for (int weekday = 0; weekday < 7; weekday++) {
                LocalDate day = firstDay.plusDays(weekday);
                if (day.getDayOfWeek().getValue() > 5) {
                    continue;
                }
                for (int p = 0; p < practitioners.size(); p++) {
                    int remaining = count - booked;
                    if (remaining <= 0) {
                        break outer;
                    }
                    int series = Math.min(weeks, remaining);
                    Instant start = day.atTime(LocalTime.of(8, 0).plusMinutes(60L * k + 20L * (p / 20))).atZone(ZONE).toInstant();
                    BookingRequest first = BookingRequest.of(PatientId.next(Clock.systemUTC()), consult.id(), start,
                            Map.of("practitioner", practitioners.get(p).id(), "room", rooms.get(p % rooms.size()).id()));
                    try {
                        booked += series == 1 ? one(first) : appointments.bookSeries(desk, first, Period.ofWeeks(1), series).size();
                    } catch (SeriesConflictException e) {
                        throw new IllegalStateException("the fill pattern collided: " + e.getMessage(), e);
                    }
                }
            }
        }
        if (booked < count) {
            throw new IllegalStateException("filled only " + booked + " of " + count);
        }
    }

    private int one(BookingRequest request) {
        appointments.book(desk, request);
        return 1;
    }

    @Override
    public void close() {
        medcoord.close();
    }
}
