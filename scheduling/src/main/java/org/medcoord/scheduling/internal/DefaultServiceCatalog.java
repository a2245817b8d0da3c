package org.medcoord.scheduling.internal;

import com.google.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.Versioned;
import org.medcoord.core.data.DataStore;
import org.medcoord.scheduling.NewServiceType;
import org.medcoord.scheduling.ResourceId;
import org.medcoord.scheduling.ResourceRequirement;
import org.medcoord.scheduling.SchedulingCodes;
import org.medcoord.scheduling.ServiceCatalog;
import org.medcoord.scheduling.ServiceType;
import org.medcoord.scheduling.ServiceTypeDefined;
import org.medcoord.scheduling.ServiceTypeId;

final class DefaultServiceCatalog implements ServiceCatalog {

    static final Duration MAX_DURATION = Duration.ofHours(24);
    private static final Duration MAX_BUFFER = Duration.ofHours(12);
    private static final Duration MAX_HORIZON = Duration.ofDays(731);

    private final DataStore data;
    private final Clock clock;

    @Inject
    DefaultServiceCatalog(DataStore data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    @Override
    public ServiceType define(AccessContext context, NewServiceType request) {
        ServiceTypeId id = ServiceTypeId.next(clock);
        return data.inTransaction(context, s -> {
            s.authorize(Action.CREATE, DataCategory.SCHEDULING, Optional.empty(), "scheduling.service-type.define",
                    "scheduling.service-type/" + id);
            Violations v = new Violations();
            Checks.text(v, "name", request.name(), 200, SchedulingCodes.NAME, "a service type name");
            Duration d = request.duration();
            v.addIf(d == null || d.compareTo(Duration.ofMinutes(1)) < 0 || d.compareTo(MAX_DURATION) > 0, "duration",
                    SchedulingCodes.DURATION, "the duration must be 1 minute to 24 hours");
            checkRequirements(s, v, request.requirements());
            Duration lead = request.leadTime();
            Duration horizon = request.horizon();
            v.addIf(lead == null || lead.isNegative(), "leadTime", SchedulingCodes.BOOKING_WINDOW, "the lead time must be zero or more");
            v.addIf(horizon == null || horizon.compareTo(MAX_HORIZON) > 0 || (lead != null && horizon.compareTo(lead) <= 0),
                    "horizon", SchedulingCodes.BOOKING_WINDOW, "the horizon must be longer than the lead time and at most 2 years");
            v.throwIfAny();
            ServiceType type = new ServiceType(id, request.name().strip(), d, request.requirements(), lead, horizon);
            s.insert(Documents.SERVICE_TYPE, id.asString(), type);
            s.publish(new ServiceTypeDefined(id, s.now()));
            return type;
        });
    }

    private static void checkRequirements(DataSession s, Violations v, List<ResourceRequirement> requirements) {
        if (requirements == null || requirements.isEmpty()) {
            v.add("requirements", SchedulingCodes.REQUIREMENTS, "a service type needs at least one required resource");
            return;
        }
        Set<String> roles = new HashSet<>();
        for (int i = 0; i < requirements.size(); i++) {
            ResourceRequirement r = requirements.get(i);
            String field = "requirements[" + i + "]";
            if (r == null) {
                v.add(field, SchedulingCodes.REQUIREMENTS, "a requirement is missing");
                continue;
            }
            v.addIf(r.role() == null || !r.role().matches("[a-z0-9-]{1,64}"), field + ".role", SchedulingCodes.REQUIREMENTS,
                    "a role is 1 to 64 of [a-z0-9-], for example procedure-room");
            v.addIf(r.role() != null && !roles.add(r.role()), field + ".role", SchedulingCodes.REQUIREMENTS,
                    "each role appears once per service type");
            v.addIf(r.candidates().isEmpty(), field + ".candidates", SchedulingCodes.REQUIREMENTS,
                    "a role needs at least one candidate resource");
            for (int c = 0; c < r.candidates().size(); c++) {
                ResourceId candidate = r.candidates().get(c);
                v.addIf(candidate == null || s.find(Documents.RESOURCE, candidate.asString()).isEmpty(),
                        field + ".candidates[" + c + "]", SchedulingCodes.UNKNOWN_RESOURCE, "no such resource; register it first");
            }
            v.addIf(r.setup().isNegative() || r.setup().compareTo(MAX_BUFFER) > 0, field + ".setup", SchedulingCodes.DURATION,
                    "a setup buffer is 0 to 12 hours");
            v.addIf(r.turnover().isNegative() || r.turnover().compareTo(MAX_BUFFER) > 0, field + ".turnover", SchedulingCodes.DURATION,
                    "a turnover buffer is 0 to 12 hours");
        }
    }

    @Override
    public ServiceType get(AccessContext context, ServiceTypeId id) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.READ, DataCategory.SCHEDULING, Optional.empty(), "scheduling.service-type.read", "scheduling.service-type/" + id);
            return s.find(Documents.SERVICE_TYPE, id.asString()).map(Versioned::value)
                    .orElseThrow(() -> new NotFoundException("service type " + id));
        });
    }
}
