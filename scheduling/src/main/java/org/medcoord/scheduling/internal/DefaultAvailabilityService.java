package org.medcoord.scheduling.internal;

import com.google.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;
import org.medcoord.scheduling.AvailabilityChanged;
import org.medcoord.scheduling.AvailabilityService;
import org.medcoord.scheduling.AvailabilityTemplate;
import org.medcoord.scheduling.DayOverride;
import org.medcoord.scheduling.NewAvailabilityTemplate;
import org.medcoord.scheduling.OpenWindow;
import org.medcoord.scheduling.Resource;
import org.medcoord.scheduling.ResourceId;
import org.medcoord.scheduling.SchedulingCodes;
import org.medcoord.scheduling.TemplateId;

final class DefaultAvailabilityService implements AvailabilityService {

    private final DataStore data;
    private final Clock clock;

    @Inject
    DefaultAvailabilityService(DataStore data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    @Override
    public AvailabilityTemplate addTemplate(AccessContext context, NewAvailabilityTemplate request) {
        TemplateId id = TemplateId.next(clock);
        return data.inTransaction(context, s -> {
            s.authorize(Action.CREATE, DataCategory.SCHEDULING, Optional.empty(), "scheduling.template.add", "scheduling.template/" + id);
            Violations v = new Violations();
            v.addIf(request.resource() == null || s.find(Documents.RESOURCE, request.resource().asString()).isEmpty(), "resource",
                    SchedulingCodes.UNKNOWN_RESOURCE, "no such resource; register it first");
            v.addIf(request.firstDay() == null, "firstDay", SchedulingCodes.OPENING_HOURS, "the first day is required");
            hours(v, request.opens(), request.closes());
            if (request.rrule() == null || request.rrule().isBlank()) {
                v.add("rrule", SchedulingCodes.RRULE, "an RRULE is required, for example FREQ=WEEKLY;BYDAY=MO,WE");
            } else {
                String problem = Openings.checkRule(request.rrule().strip());
                v.addIf(problem != null, "rrule", SchedulingCodes.RRULE, String.valueOf(problem));
            }
            v.throwIfAny();
            AvailabilityTemplate template = new AvailabilityTemplate(id, request.resource(), request.firstDay(), request.opens(),
                    request.closes(), request.rrule().strip());
            s.insert(Documents.TEMPLATE, id.asString(), template);
            s.publish(new AvailabilityChanged(template.resource(), s.now()));
            return template;
        });
    }

    @Override
    public DayOverride setOverride(AccessContext context, DayOverride override) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.UPDATE, DataCategory.SCHEDULING, Optional.empty(), "scheduling.override.set",
                    "scheduling.resource/" + override.resource());
            Violations v = new Violations();
            v.addIf(s.find(Documents.RESOURCE, override.resource().asString()).isEmpty(), "resource", SchedulingCodes.UNKNOWN_RESOURCE,
                    "no such resource; register it first");
            v.addIf(override.opens().isPresent() != override.closes().isPresent(), "closes", SchedulingCodes.OPENING_HOURS,
                    "give both opening and closing times, or neither for a closed day");
            if (override.opens().isPresent() && override.closes().isPresent()) {
                hours(v, override.opens().get(), override.closes().get());
            }
            v.throwIfAny();
            String id = Documents.overrideId(override);
            Optional<Versioned<DayOverride>> existing = s.find(Documents.OVERRIDE, id);
            if (existing.isPresent()) {
                s.update(Documents.OVERRIDE, id, existing.get().version(), override);
            } else {
                s.insert(Documents.OVERRIDE, id, override);
            }
            s.publish(new AvailabilityChanged(override.resource(), s.now()));
            return override;
        });
    }

    @Override
    public List<OpenWindow> openWindows(AccessContext context, ResourceId resourceId, Instant from, Instant to) {
        Violations v = new Violations();
        Checks.interval(v, "to", from, to);
        v.throwIfAny();
        return data.inTransaction(context, s -> {
            s.authorize(Action.READ, DataCategory.SCHEDULING, Optional.empty(), "scheduling.availability.read",
                    "scheduling.resource/" + resourceId);
            Resource resource = DefaultResourceService.load(s, resourceId);
            ResourceCalendar calendar = Calendars.load(s, List.of(resource), from, to, Optional.empty()).get(resourceId);
            return calendar.hasHours() ? calendar.windows() : List.of(new OpenWindow(resourceId,
                    java.time.LocalDate.ofInstant(from, resource.zone()), from, to));
        });
    }

    private static void hours(Violations v, java.time.LocalTime opens, java.time.LocalTime closes) {
        if (opens == null || closes == null) {
            v.add("closes", SchedulingCodes.OPENING_HOURS, "opening and closing times are required");
        } else {
            v.addIf(!closes.isAfter(opens), "closes", SchedulingCodes.OPENING_HOURS, "the closing time must be after the opening time");
        }
    }
}
