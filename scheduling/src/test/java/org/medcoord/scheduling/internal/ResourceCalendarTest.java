package org.medcoord.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medcoord.scheduling.Allocation;
import org.medcoord.scheduling.OpenWindow;
import org.medcoord.scheduling.Resource;
import org.medcoord.scheduling.ResourceId;
import org.medcoord.scheduling.ResourceKind;
import org.medcoord.scheduling.SchedulingCodes;

class ResourceCalendarTest {

    private static final Instant T = Instant.parse("2026-11-10T12:00:00Z");
    private static final ResourceId ROOM = new ResourceId(UUID.randomUUID());

    private static Resource room(int capacity) {
        return new Resource(ROOM, ResourceKind.LOCATION, "Room", capacity, ZoneId.of("UTC"));
    }

    private static Allocation held(Instant from, Duration length) {
        return new Allocation("room", ROOM, from, from.plus(length));
    }

    @Test
    void aLongAllocationThatStartedTwoDaysEarlierStillTakesTheRoom() {
        List<Allocation> held = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            held.add(held(T.minus(Duration.ofDays(100)).plus(Duration.ofHours(3L * i)), Duration.ofHours(1)));
        }
        held.add(held(T.minus(Duration.ofHours(47)), Duration.ofHours(48))); // ends one hour after T
        ResourceCalendar calendar = new ResourceCalendar(room(1), false, List.of(), List.of(), held, Optional.empty());

        assertThat(calendar.hasRoom(T, T.plus(Duration.ofMinutes(30)))).isFalse();
        assertThat(calendar.hasRoom(T.plus(Duration.ofHours(1)), T.plus(Duration.ofHours(2)))).isTrue();
    }

    @Test
    void backToBackHoldersDoNotOverlapAndCapacityCountsThePeakNotTheTotal() {
        List<Allocation> held = List.of(held(T, Duration.ofHours(1)), held(T.plus(Duration.ofHours(1)), Duration.ofHours(1)),
                held(T.plus(Duration.ofMinutes(30)), Duration.ofHours(1)));
        ResourceCalendar calendar = new ResourceCalendar(room(2), false, List.of(), List.of(), held, Optional.empty());

        // 3 holders in [T, T+2h), but at most 2 at once: between T+30m and T+1h30 there are two
        assertThat(calendar.hasRoom(T.plus(Duration.ofMinutes(45)), T.plus(Duration.ofMinutes(50)))).isFalse();
        assertThat(calendar.hasRoom(T.plus(Duration.ofMinutes(10)), T.plus(Duration.ofMinutes(20)))).isTrue();
        assertThat(calendar.hasRoom(T.plus(Duration.ofMinutes(100)), T.plus(Duration.ofMinutes(110)))).isTrue();
    }

    @Test
    void anIntervalMustLieInsideOneOpeningWindowFoundAmongMany() {
        List<OpenWindow> windows = new ArrayList<>();
        for (int d = 0; d < 60; d++) {
            Instant opens = T.minus(Duration.ofDays(30)).plus(Duration.ofDays(d));
            windows.add(new OpenWindow(ROOM, LocalDate.ofInstant(opens, ZoneId.of("UTC")), opens, opens.plus(Duration.ofHours(8))));
        }
        java.util.Collections.shuffle(windows);
        ResourceCalendar calendar = new ResourceCalendar(room(1), true, windows, List.of(), List.of(), Optional.empty());
        Allocation a = held(T.plus(Duration.ofHours(1)), Duration.ofHours(1));

        assertThat(calendar.problem(a, a.from(), a.to())).isEmpty();
        Allocation late = held(T.plus(Duration.ofHours(7)), Duration.ofHours(2)); // runs past closing
        assertThat(calendar.problem(late, late.from(), late.to())).get().extracting(Problem::code).isEqualTo(SchedulingCodes.RESOURCE_CLOSED);
        Allocation night = held(T.minus(Duration.ofHours(2)), Duration.ofHours(1));
        assertThat(calendar.problem(night, night.from(), night.to())).isPresent();
    }
}
