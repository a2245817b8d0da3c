package org.medcoord.scheduling.internal;

import com.google.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;
import org.medcoord.scheduling.Allocation;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.OpenWindow;
import org.medcoord.scheduling.Resource;
import org.medcoord.scheduling.ResourceId;
import org.medcoord.scheduling.ResourceRequirement;
import org.medcoord.scheduling.SchedulingCodes;
import org.medcoord.scheduling.ServiceType;
import org.medcoord.scheduling.Slot;
import org.medcoord.scheduling.SlotQuery;
import org.medcoord.scheduling.SlotSearch;

final class DefaultSlotSearch implements SlotSearch {

    private static final Duration MAX_WINDOW = Duration.ofDays(62);

    private final DataStore data;

    @Inject
    DefaultSlotSearch(DataStore data) {
        this.data = data;
    }

    @Override
    public List<Slot> find(AccessContext context, SlotQuery query) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.SEARCH, DataCategory.SCHEDULING, query.patient(), "scheduling.slot.search", "scheduling.slot");
            Violations v = new Violations();
            ServiceType type = query.serviceType() == null ? null
                    : s.find(Documents.SERVICE_TYPE, query.serviceType().asString()).map(Versioned::value).orElse(null);
            v.addIf(type == null, "serviceType", SchedulingCodes.UNKNOWN_SERVICE_TYPE, "no such service type; define it first");
            Checks.interval(v, "to", query.from(), query.to());
            if (query.from() != null && query.to() != null) {
                v.addIf(Duration.between(query.from(), query.to()).compareTo(MAX_WINDOW) > 0, "to", SchedulingCodes.INTERVAL,
                        "search at most 62 days at a time; page through longer periods");
            }
            v.addIf(query.maxResults() < 1 || query.maxResults() > 500, "maxResults", SchedulingCodes.MAX_RESULTS,
                    "ask for 1 to 500 slots");
            query.step().ifPresent(step -> v.addIf(step.compareTo(Duration.ofMinutes(1)) < 0 || step.compareTo(Duration.ofHours(24)) > 0,
                    "step", SchedulingCodes.DURATION, "the step between starts is 1 minute to 24 hours"));
            if (type != null) {
                for (Map.Entry<String, ResourceId> e : query.preferred().entrySet()) {
                    Optional<ResourceRequirement> r = type.requirement(e.getKey());
                    v.addIf(r.isEmpty(), "preferred." + e.getKey(), SchedulingCodes.ROLES, "the service type has no such role");
                    v.addIf(r.isPresent() && !r.get().accepts(e.getValue()), "preferred." + e.getKey(), SchedulingCodes.NOT_A_CANDIDATE,
                            "this resource is not a candidate for the role");
                }
                if (query.from() != null) {
                    v.addIf(query.from().plus(type.duration()).isAfter(s.now().plus(type.horizon())), "from", SchedulingCodes.HORIZON,
                            "the window starts past the service type's booking horizon (" + type.horizon() + " from now)");
                }
            }
            v.throwIfAny();
            return search(s, type, query);
        });
    }

    /** Searches without checking access or input: callers have done both. */
    static List<Slot> search(DataSession s, ServiceType type, SlotQuery query) {
        Instant now = s.now();
        Instant from = max(query.from(), now.plus(type.leadTime()));
        Instant lastEnd = min(query.to(), now.plus(type.horizon()));
        Instant lastStart = lastEnd.minus(type.duration());
        if (lastStart.isBefore(from)) {
            return List.of();
        }
        Map<String, List<Resource>> candidates = new LinkedHashMap<>();
        Map<ResourceId, Resource> all = new LinkedHashMap<>();
        Duration maxSetup = Duration.ZERO;
        Duration maxTurnover = Duration.ZERO;
        for (ResourceRequirement r : type.requirements()) {
            List<ResourceId> ids = query.preferred().containsKey(r.role()) ? List.of(query.preferred().get(r.role())) : r.candidates();
            List<Resource> resources = new ArrayList<>();
            for (ResourceId id : ids) {
                s.find(Documents.RESOURCE, id.asString()).map(Versioned::value).ifPresent(res -> {
                    resources.add(res);
                    all.put(res.id(), res);
                });
            }
            candidates.put(r.role(), resources);
            maxSetup = maxSetup.compareTo(r.setup()) > 0 ? maxSetup : r.setup();
            maxTurnover = maxTurnover.compareTo(r.turnover()) > 0 ? maxTurnover : r.turnover();
        }
        Map<ResourceId, ResourceCalendar> calendars = Calendars.load(s, all.values(), from.minus(maxSetup), lastEnd.plus(maxTurnover),
                Optional.empty());
        List<Appointment> patientBusy = query.patient().map(p -> Placement.patientAppointments(s, p, from, lastEnd)).orElse(List.of());
        Duration step = query.step().orElse(type.duration());

        List<Slot> slots = new ArrayList<>();
        for (Instant start : starts(type, candidates, calendars, from, lastStart, step)) {
            Instant end = start.plus(type.duration());
            if (patientBusy.stream().anyMatch(a -> a.start().isBefore(end) && start.isBefore(a.end()))) {
                continue;
            }
            Map<String, ResourceId> chosen = new LinkedHashMap<>();
            Set<ResourceId> used = new HashSet<>();
            for (ResourceRequirement r : type.requirements()) {
                for (Resource res : candidates.get(r.role())) {
                    Allocation a = new Allocation(r.role(), res.id(), start.minus(r.setup()), end.plus(r.turnover()));
                    if (!used.contains(res.id()) && calendars.get(res.id()).problem(a, start, end).isEmpty()) {
                        chosen.put(r.role(), res.id());
                        used.add(res.id());
                        break;
                    }
                }
                if (!chosen.containsKey(r.role())) {
                    break;
                }
            }
            if (chosen.size() == type.requirements().size() && query.timeOfDay().isPresent()) {
                Resource first = all.get(chosen.get(type.requirements().get(0).role()));
                if (!query.timeOfDay().get().contains(start.atZone(first.zone()).toLocalTime())) {
                    continue;
                }
            }
            if (chosen.size() == type.requirements().size()) {
                slots.add(new Slot(start, end, chosen));
                if (slots.size() == query.maxResults()) {
                    break;
                }
            }
        }
        return List.copyOf(slots);
    }

    /**
     * Candidate starts. A role whose every candidate has opening hours confines starts to those hours,
     * so starts come from stepping through those windows in local time (where the DST policy applies:
     * an ambiguous local start gives two instants). When no role is confined, starts step through the
     * search window from its beginning.
     */
    private static NavigableSet<Instant> starts(ServiceType type, Map<String, List<Resource>> candidates,
            Map<ResourceId, ResourceCalendar> calendars, Instant from, Instant lastStart, Duration step) {
        NavigableSet<Instant> starts = new TreeSet<>();
        Optional<List<Resource>> confining = candidates.values().stream()
                .filter(list -> !list.isEmpty() && list.stream().allMatch(r -> calendars.get(r.id()).hasHours()))
                .findFirst();
        if (confining.isEmpty()) {
            for (Instant t = from; !t.isAfter(lastStart); t = t.plus(step)) {
                starts.add(t);
            }
            return starts;
        }
        for (Resource r : confining.get()) {
            for (OpenWindow w : calendars.get(r.id()).windows()) {
                LocalDateTime local = LocalDateTime.ofInstant(w.start(), r.zone());
                LocalDateTime localEnd = LocalDateTime.ofInstant(w.end(), r.zone());
                for (LocalDateTime t = local; !t.isAfter(localEnd); t = t.plus(step)) {
                    for (Instant i : LocalTimes.instants(t, r.zone())) {
                        if (!i.isBefore(w.start()) && !i.plus(type.duration()).isAfter(w.end()) && !i.isBefore(from) && !i.isAfter(lastStart)) {
                            starts.add(i);
                        }
                    }
                }
            }
        }
        return starts;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
