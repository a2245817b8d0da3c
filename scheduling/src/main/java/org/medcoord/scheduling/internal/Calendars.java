package org.medcoord.scheduling.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.Versioned;
import org.medcoord.scheduling.Allocation;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.AppointmentId;
import org.medcoord.scheduling.AvailabilityTemplate;
import org.medcoord.scheduling.Block;
import org.medcoord.scheduling.DayOverride;
import org.medcoord.scheduling.Resource;
import org.medcoord.scheduling.ResourceId;
import org.medcoord.scheduling.ResourceKind;

/**
 * Loads resource calendars for a period with a bounded number of indexed queries: bookings and blocks
 * by {@code resource|day}, templates and overrides by resource. Nothing scans a whole document type.
 */
final class Calendars {

    private Calendars() {
    }

    /**
     * @param ignore an appointment whose own allocations must not count (the one being rescheduled)
     */
    static Map<ResourceId, ResourceCalendar> load(DataSession session, Collection<Resource> resources, Instant from, Instant to,
            Optional<AppointmentId> ignore) {
        Instant now = session.now();
        List<String> dayKeys = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Resource r : resources) {
            dayKeys.addAll(Days.keys(r.id(), from, to));
            ids.add(r.id().asString());
        }
        Map<ResourceId, List<Allocation>> held = new HashMap<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (Versioned<Appointment> v : Pages.allAnyOf(session, Documents.APPOINTMENT, Criteria.all(), "resourceDay", dayKeys)) {
            Appointment a = v.value();
            if (seen.put(v.id(), Boolean.TRUE) != null || ignore.map(a.id()::equals).orElse(false) || !a.occupiesAt(now)) {
                continue;
            }
            for (Allocation al : a.allocations()) {
                held.computeIfAbsent(al.resource(), k -> new ArrayList<>()).add(al);
            }
        }
        Map<ResourceId, List<Block>> blocks = new HashMap<>();
        Map<String, Boolean> seenBlocks = new HashMap<>();
        for (Versioned<Block> v : Pages.allAnyOf(session, Documents.BLOCK, Criteria.all(), "resourceDay", dayKeys)) {
            if (seenBlocks.put(v.id(), Boolean.TRUE) == null && v.value().active()) {
                blocks.computeIfAbsent(v.value().resource(), k -> new ArrayList<>()).add(v.value());
            }
        }
        Map<ResourceId, List<AvailabilityTemplate>> templates = new HashMap<>();
        for (Versioned<AvailabilityTemplate> v : Pages.allAnyOf(session, Documents.TEMPLATE, Criteria.all(), "resource", ids)) {
            templates.computeIfAbsent(v.value().resource(), k -> new ArrayList<>()).add(v.value());
        }
        Map<ResourceId, List<DayOverride>> overrides = new HashMap<>();
        LocalDate firstDate = LocalDate.ofInstant(from, ZoneId.of("UTC")).minusDays(2);
        LocalDate lastDate = LocalDate.ofInstant(to, ZoneId.of("UTC")).plusDays(2);
        for (Versioned<DayOverride> v : Pages.allAnyOf(session, Documents.OVERRIDE,
                Criteria.all().between("date", firstDate.toString(), lastDate.plusDays(1).toString()), "resource", ids)) {
            overrides.computeIfAbsent(v.value().resource(), k -> new ArrayList<>()).add(v.value());
        }
        Map<ResourceId, ResourceCalendar> result = new LinkedHashMap<>();
        for (Resource r : resources) {
            List<AvailabilityTemplate> ts = templates.getOrDefault(r.id(), List.of());
            result.put(r.id(), new ResourceCalendar(r, !ts.isEmpty(),
                    ts.isEmpty() ? List.of() : Openings.windows(r.id(), r.zone(), ts, overrides.getOrDefault(r.id(), List.of()), from, to),
                    blocks.getOrDefault(r.id(), List.of()), held.getOrDefault(r.id(), List.of()),
                    r.kind() == ResourceKind.BED ? session.find(Documents.BED, r.id().asString()).map(Versioned::value) : Optional.empty()));
        }
        return result;
    }
}
