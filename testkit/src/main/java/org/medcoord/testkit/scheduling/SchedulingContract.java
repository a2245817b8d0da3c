package org.medcoord.testkit.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.medcoord.core.ConflictException;
import org.medcoord.core.MedCoord;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.spi.storage.StorageProvider;
import org.medcoord.scheduling.Allocation;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.AppointmentId;
import org.medcoord.scheduling.AppointmentService;
import org.medcoord.scheduling.AppointmentStatus;
import org.medcoord.scheduling.BookingRequest;
import org.medcoord.scheduling.NewResource;
import org.medcoord.scheduling.NewServiceType;
import org.medcoord.scheduling.Resource;
import org.medcoord.scheduling.ResourceId;
import org.medcoord.scheduling.ResourceKind;
import org.medcoord.scheduling.ResourceRequirement;
import org.medcoord.scheduling.ResourceService;
import org.medcoord.scheduling.SchedulingCodes;
import org.medcoord.scheduling.ServiceCatalog;
import org.medcoord.scheduling.ServiceType;
import org.medcoord.testsupport.MutableClock;
import org.medcoord.testsupport.TestKeys;

/**
 * What scheduling needs from a storage engine: bookings made concurrently never put more appointments
 * on a resource than its capacity, a multi-resource booking takes all its resources or none, and an
 * idempotency key books once however many callers race with it. Extend it with the engine under test.
 *
 * <p>On core's in-memory engine every audited write of one tenant also waits for the tenant's audit log
 * (its append lock is held to commit), so writers of a tenant are serialised before they reach the
 * resource locks; engines with row-level log appends (JDBC) race on the resource locks themselves,
 * which is what this kit is for.
 *
 * @since 0.1.0
 */
public abstract class SchedulingContract {

    /** Monday 2026-11-02 12:00 UTC. */
    protected static final Instant NOW = Instant.parse("2026-11-02T12:00:00Z");
    private static final Instant BASE = Instant.parse("2026-11-03T14:00:00Z");

    /** @return the engine under test (a fresh, empty store each call is best) */
    protected abstract StorageProvider storageProvider();

    /** @return the settings the engine needs, for example its database URL */
    protected abstract Map<String, String> storageSettings();

    /** @return how many threads race (default 8) */
    protected int threads() {
        return 8;
    }

    /** @return how many bookings each thread attempts (default 500) */
    protected int attemptsPerThread() {
        return 500;
    }

    /**
     * @return true when two MedCoord instances opened with {@link #storageSettings()} share one store (a
     *         database), so the kit can race two instances the way two processes would; default false
     */
    protected boolean instancesShareStorage() {
        return false;
    }

    private final Map<String, String> keys = TestKeys.settings();

    private MedCoord medcoord;
    private AccessContext desk;
    private AppointmentService appointments;
    private Resource room;
    private List<Resource> scopes;
    private ServiceType procedure;

    @BeforeEach
    void startClinic() {
        medcoord = open();
        desk = AccessContext.of(TenantId.of("contract-" + System.nanoTime()), Principal.of("desk", Roles.FRONT_DESK),
                PurposeOfUse.OPERATIONS);
        ResourceService resources = medcoord.service(ResourceService.class);
        appointments = medcoord.service(AppointmentService.class);
        room = resources.register(desk, NewResource.of(ResourceKind.LOCATION, "Procedure room", ZoneId.of("America/New_York"))
                .withCapacity(2));
        scopes = List.of(
                resources.register(desk, NewResource.of(ResourceKind.EQUIPMENT, "Scope 1", ZoneId.of("America/New_York"))),
                resources.register(desk, NewResource.of(ResourceKind.EQUIPMENT, "Scope 2", ZoneId.of("America/New_York"))));
        procedure = medcoord.service(ServiceCatalog.class).define(desk, NewServiceType.of("Procedure", Duration.ofMinutes(30), List.of(
                ResourceRequirement.of("room", List.of(room.id())),
                ResourceRequirement.of("scope", scopes.stream().map(Resource::id).toList()).withBuffers(Duration.ZERO, Duration.ofMinutes(5)))));
    }

    private MedCoord open() {
        return MedCoord.builder().storage(storageProvider()).settings(storageSettings()).settings(keys).clock(new MutableClock(NOW)).build();
    }

    @AfterEach
    void stopClinic() {
        medcoord.close();
    }

    private BookingRequest request(PatientId patient, Instant start, Resource scope) {
        return BookingRequest.of(patient, procedure.id(), start, Map.of("room", room.id(), "scope", scope.id()));
    }

    private List<Appointment> stored() {
        Set<AppointmentId> seen = new HashSet<>();
        List<Appointment> all = new ArrayList<>();
        for (ResourceId r : List.of(room.id(), scopes.get(0).id(), scopes.get(1).id())) {
            for (Appointment a : appointments.onResource(desk, r, BASE.minus(Duration.ofHours(2)), BASE.plus(Duration.ofHours(4)))) {
                if (seen.add(a.id())) {
                    all.add(a);
                }
            }
        }
        return all;
    }

    private static int peak(List<Appointment> appointments, ResourceId resource) {
        List<long[]> edges = new ArrayList<>();
        for (Appointment a : appointments) {
            for (Allocation al : a.allocations()) {
                if (al.resource().equals(resource)) {
                    edges.add(new long[] {al.from().toEpochMilli(), 1});
                    edges.add(new long[] {al.to().toEpochMilli(), -1});
                }
            }
        }
        edges.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        int current = 0;
        int peak = 0;
        for (long[] e : edges) {
            current += (int) e[1];
            peak = Math.max(peak, current);
        }
        return peak;
    }

    private <T> List<T> race(int n, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(5, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Nested
    @DisplayName("Concurrent bookings")
    class ConcurrentBookings {

        @Test
        @DisplayName("racing threads booking overlapping intervals never exceed any resource's capacity, and every success is stored")
        void overlappingBookingsNeverExceedCapacity() throws Exception {
            AtomicInteger successes = new AtomicInteger();
            Set<String> unexpected = ConcurrentHashMap.newKeySet();
            race(threads(), () -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = 0; i < attemptsPerThread(); i++) {
                    // starts 10 minutes apart on a 30-minute procedure: every attempt overlaps others
                    Instant start = BASE.plus(Duration.ofMinutes(10L * random.nextInt(6)));
                    Resource scope = scopes.get(random.nextInt(scopes.size()));
                    try {
                        appointments.book(desk, request(PatientId.next(medcoord.clock()), start, scope));
                        successes.incrementAndGet();
                    } catch (ConflictException e) {
                        if (!SchedulingCodes.RESOURCE_FULL.equals(e.code())) {
                            unexpected.add(e.code());
                        }
                    }
                }
                return null;
            });

            List<Appointment> stored = stored();
            assertThat(unexpected).as("only capacity conflicts are expected").isEmpty();
            assertThat(successes.get()).isPositive().isEqualTo(stored.size());
            assertThat(peak(stored, room.id())).isLessThanOrEqualTo(2);
            assertThat(peak(stored, scopes.get(0).id())).isLessThanOrEqualTo(1);
            assertThat(peak(stored, scopes.get(1).id())).isLessThanOrEqualTo(1);
            assertThat(stored).allSatisfy(a -> assertThat(a.resources()).hasSize(2).contains(room.id()));
        }

        @Test
        @DisplayName("two instances on one database racing overlapping bookings never exceed capacity")
        void twoInstancesNeverExceedCapacity() throws Exception {
            org.junit.jupiter.api.Assumptions.assumeTrue(instancesShareStorage(),
                    "this engine does not share storage between instances (instancesShareStorage() is false)");
            try (MedCoord second = open()) {
                List<AppointmentService> services = List.of(appointments, second.service(AppointmentService.class));
                AtomicInteger successes = new AtomicInteger();
                AtomicInteger turn = new AtomicInteger();
                race(threads(), () -> {
                    AppointmentService mine = services.get(turn.getAndIncrement() % 2);
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int i = 0; i < attemptsPerThread() / 5; i++) {
                        Instant start = BASE.plus(Duration.ofMinutes(10L * random.nextInt(6)));
                        try {
                            mine.book(desk, request(PatientId.next(medcoord.clock()), start, scopes.get(random.nextInt(scopes.size()))));
                            successes.incrementAndGet();
                        } catch (ConflictException e) {
                            // a full resource: expected
                        }
                    }
                    return null;
                });
                List<Appointment> stored = stored();
                assertThat(successes.get()).isPositive().isEqualTo(stored.size());
                assertThat(peak(stored, room.id())).isLessThanOrEqualTo(2);
                assertThat(peak(stored, scopes.get(0).id())).isLessThanOrEqualTo(1);
                assertThat(peak(stored, scopes.get(1).id())).isLessThanOrEqualTo(1);
            }
        }

        @Test
        @DisplayName("racing threads repeating one request with one idempotency key book it exactly once")
        void oneIdempotencyKeyBooksOnce() throws Exception {
            BookingRequest request = request(PatientId.next(medcoord.clock()), BASE, scopes.get(0)).withIdempotencyKey("kiosk-42");

            List<AppointmentId> ids = race(threads(), () -> appointments.book(desk, request).id());

            assertThat(new HashSet<>(ids)).hasSize(1);
            assertThat(stored()).extracting(Appointment::id).containsExactly(ids.get(0));
        }

        @Test
        @DisplayName("racing holds on the last free place: exactly one wins")
        void racingHoldsOnOnePlaceOneWins() throws Exception {
            List<Boolean> won = race(threads(), () -> {
                try {
                    appointments.hold(desk, request(PatientId.next(medcoord.clock()), BASE, scopes.get(1)), Duration.ofMinutes(10));
                    return true;
                } catch (ConflictException e) {
                    return false;
                }
            });

            assertThat(won).containsOnlyOnce(true);
            assertThat(stored()).singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(AppointmentStatus.PENDING));
        }
    }

    @Nested
    @DisplayName("Atomic bookings")
    class AtomicBookings {

        @Test
        @DisplayName("a booking that cannot take one of its resources stores nothing on the others")
        void aFailedBookingTakesNothing() {
            appointments.book(desk, request(PatientId.next(medcoord.clock()), BASE, scopes.get(0)));
            PatientId second = PatientId.next(medcoord.clock());

            assertThatThrownBy(() -> appointments.book(desk, request(second, BASE.plus(Duration.ofMinutes(20)), scopes.get(0))))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage()).contains(scopes.get(0).id().toString()));

            assertThat(stored()).hasSize(1);
            assertThat(appointments.forPatient(desk, second, BASE.minus(Duration.ofDays(1)), BASE.plus(Duration.ofDays(1)))).isEmpty();
        }

        @Test
        @DisplayName("a cancelled booking frees its place for the next one")
        void cancellationFreesThePlace() {
            Appointment first = appointments.book(desk, request(PatientId.next(medcoord.clock()), BASE, scopes.get(0)));
            appointments.cancel(desk, first.id(), "patient request");

            Appointment next = appointments.book(desk, request(PatientId.next(medcoord.clock()), BASE, scopes.get(0)));

            assertThat(stored()).extracting(Appointment::id).containsExactly(next.id());
        }
    }
}
