package org.medcoord.scheduling.internal;

import com.google.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.ConflictException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;
import org.medcoord.scheduling.FollowUp;
import org.medcoord.scheduling.FollowUpCancelled;
import org.medcoord.scheduling.FollowUpId;
import org.medcoord.scheduling.FollowUpRequested;
import org.medcoord.scheduling.FollowUpService;
import org.medcoord.scheduling.FollowUpStatus;
import org.medcoord.scheduling.NewFollowUp;
import org.medcoord.scheduling.SchedulingCodes;

final class DefaultFollowUpService implements FollowUpService {

    private final DataStore data;
    private final Clock clock;

    @Inject
    DefaultFollowUpService(DataStore data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    @Override
    public FollowUp request(AccessContext context, NewFollowUp request) {
        FollowUpId id = FollowUpId.next(clock);
        return data.inTransaction(context, s -> {
            s.authorize(Action.CREATE, DataCategory.SCHEDULING, Optional.ofNullable(request.patient()), "scheduling.follow-up.request",
                    "scheduling.follow-up/" + id);
            Violations v = new Violations();
            v.addIf(request.patient() == null, "patient", SchedulingCodes.PATIENT, "a patient is required");
            v.addIf(request.serviceType() == null || s.find(Documents.SERVICE_TYPE, request.serviceType().asString()).isEmpty(),
                    "serviceType", SchedulingCodes.UNKNOWN_SERVICE_TYPE, "no such service type; define it first");
            Checks.interval(v, "dueBy", request.dueFrom(), request.dueBy());
            Checks.text(v, "reason", request.reason(), 500, SchedulingCodes.REASON, "a follow-up reason");
            v.throwIfAny();
            FollowUp f = new FollowUp(id, request.patient(), request.serviceType(), request.dueFrom(), request.dueBy(),
                    request.reason().strip(), FollowUpStatus.OPEN, Optional.empty(), s.now());
            s.insert(Documents.FOLLOW_UP, id.asString(), f);
            s.publish(new FollowUpRequested(id, f.patient(), f.serviceType(), f.dueFrom(), f.dueBy()));
            return f;
        });
    }

    @Override
    public FollowUp get(AccessContext context, FollowUpId id) {
        return data.inTransaction(context, s -> load(s, id, Action.READ, "scheduling.follow-up.read").value());
    }

    @Override
    public FollowUp cancel(AccessContext context, FollowUpId id) {
        return data.inTransaction(context, s -> {
            Versioned<FollowUp> current = load(s, id, Action.UPDATE, "scheduling.follow-up.cancel");
            FollowUp f = current.value();
            if (f.status() != FollowUpStatus.OPEN) {
                throw new ConflictException(SchedulingCodes.ILLEGAL_TRANSITION, "follow-up " + id + " is " + f.status()
                        + "; only an open follow-up can be cancelled");
            }
            FollowUp cancelled = new FollowUp(f.id(), f.patient(), f.serviceType(), f.dueFrom(), f.dueBy(), f.reason(),
                    FollowUpStatus.CANCELLED, f.appointment(), f.requested());
            s.update(Documents.FOLLOW_UP, id.asString(), current.version(), cancelled);
            s.publish(new FollowUpCancelled(id, cancelled.patient(), s.now()));
            return cancelled;
        });
    }

    @Override
    public List<FollowUp> open(AccessContext context, PatientId patient) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.SEARCH, DataCategory.SCHEDULING, Optional.of(patient), "scheduling.follow-up.search", "scheduling.follow-up");
            return Pages.all(s, Documents.FOLLOW_UP, Criteria.all().eq("patient", patient.asString()).eq("status", FollowUpStatus.OPEN.name()))
                    .stream().map(Versioned::value).sorted(Comparator.comparing(FollowUp::dueBy)).toList();
        });
    }

    @Override
    public List<FollowUp> overdue(AccessContext context) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.SEARCH, DataCategory.SCHEDULING, Optional.empty(), "scheduling.follow-up.overdue", "scheduling.follow-up");
            return Pages.all(s, Documents.FOLLOW_UP, Criteria.all().eq("status", FollowUpStatus.OPEN.name()).between("dueBy", null, s.now()))
                    .stream().map(Versioned::value).sorted(Comparator.comparing(FollowUp::dueBy)).toList();
        });
    }

    private static Versioned<FollowUp> load(DataSession s, FollowUpId id, Action action, String source) {
        Optional<Versioned<FollowUp>> found = s.find(Documents.FOLLOW_UP, id.asString());
        s.authorize(action, DataCategory.SCHEDULING, found.map(f -> f.value().patient()), source, "scheduling.follow-up/" + id);
        return found.orElseThrow(() -> new NotFoundException("follow-up " + id));
    }
}
