package org.medcoord.scheduling;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.medcoord.core.InMemoryStorage;
import org.medcoord.core.MedCoord;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.event.DomainEvent;
import org.medcoord.core.event.EventEnvelope;
import org.medcoord.core.spi.EventListener;
import org.medcoord.scheduling.spi.NotificationChannel;
import org.medcoord.testsupport.MutableClock;
import org.medcoord.testsupport.TestKeys;

/**
 * A clinic on the in-memory engine with a controllable clock, the scheduling feature found on the
 * classpath, and a listener that records every event. (Scheduling's own tests cannot use
 * medcoord-testkit: testkit depends on this module.)
 */
final class Clinic implements AutoCloseable {

    static final Instant MONDAY_NOON_UTC = Instant.parse("2026-11-02T12:00:00Z");

    final MutableClock clock;
    final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    final MedCoord medcoord;
    final AccessContext desk = AccessContext.of(TenantId.of("clinic-a"), Principal.of("desk-1", Roles.FRONT_DESK), PurposeOfUse.OPERATIONS);
    final ResourceService resources;
    final ServiceCatalog catalog;
    final AvailabilityService availability;
    final SlotSearch slots;
    final AppointmentService appointments;

    Clinic() {
        this(MONDAY_NOON_UTC);
    }

    Clinic(Instant now, NotificationChannel... channels) {
        this(now, Map.of(), channels);
    }

    Clinic(Instant now, Map<String, String> settings, NotificationChannel... channels) {
        clock = new MutableClock(now);
        EventListener recorder = new EventListener() {
            @Override
            public String id() {
                return "test-recorder";
            }

            @Override
            public void onEvent(EventEnvelope envelope) {
                events.add(envelope.event());
            }
        };
        MedCoord.Builder builder = MedCoord.builder().storage(InMemoryStorage.provider()).settings(TestKeys.settings()).settings(settings).clock(clock)
                .provider(EventListener.class, recorder);
        for (NotificationChannel channel : channels) {
            builder.provider(NotificationChannel.class, channel);
        }
        medcoord = builder.build();
        resources = medcoord.service(ResourceService.class);
        catalog = medcoord.service(ServiceCatalog.class);
        availability = medcoord.service(AvailabilityService.class);
        slots = medcoord.service(SlotSearch.class);
        appointments = medcoord.service(AppointmentService.class);
    }

    Resource resource(ResourceKind kind, String name) {
        return resources.register(desk, NewResource.of(kind, name, ZoneId.of("America/New_York")));
    }

    Resource resource(ResourceKind kind, String name, ZoneId zone) {
        return resources.register(desk, NewResource.of(kind, name, zone));
    }

    <E extends DomainEvent> List<E> events(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public void close() {
        medcoord.close();
    }
}
