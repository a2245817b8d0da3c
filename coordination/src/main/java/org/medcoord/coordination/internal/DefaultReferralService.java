package org.medcoord.coordination.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.medcoord.coordination.CoordinationCodes;
import org.medcoord.coordination.NewReferral;
import org.medcoord.coordination.NewTask;
import org.medcoord.coordination.OverdueReferral;
import org.medcoord.coordination.Referral;
import org.medcoord.coordination.ReferralFlag;
import org.medcoord.coordination.ReferralId;
import org.medcoord.coordination.ReferralService;
import org.medcoord.coordination.ReferralStatus;
import org.medcoord.coordination.TaskPriority;
import org.medcoord.coordination.TaskType;
import org.medcoord.core.ConflictException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.Violation;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.access.Roles;
import org.medcoord.core.code.CodeFormats;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;

/** Outgoing referrals on core's data layer. */
final class DefaultReferralService implements ReferralService {

    private final DataStore data;
    private final Clock clock;

    DefaultReferralService(DataStore data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    @Override
    public Referral send(AccessContext context, NewReferral request) {
        Violations v = new Violations();
        if (request == null) {
            v.add("request", CoordinationCodes.PATIENT, "a referral is required").throwIfAny();
        }
        v.addIf(request.patient() == null, "patient", CoordinationCodes.PATIENT, "a patient is required");
        v.addIf(request.recipient() == null || request.recipient().isBlank() || request.recipient().length() > 200, "recipient",
                CoordinationCodes.REFERRAL_RECIPIENT, "a recipient of 1 to 200 characters is required");
        request.recipientNpi().ifPresent(npi -> {
            for (Violation problem : CodeFormats.NPI.check("recipientNpi", npi)) {
                v.add(problem.field(), CoordinationCodes.REFERRAL_RECIPIENT, problem.code() + ": " + problem.message());
            }
        });
        v.addIf(request.specialty() == null || request.specialty().isBlank() || request.specialty().length() > 100, "specialty",
                CoordinationCodes.TEXT, "a specialty of 1 to 100 characters is required");
        v.addIf(request.reason() != null && request.reason().length() > 4000, "reason", CoordinationCodes.TEXT,
                "the reason is at most 4000 characters");
        v.throwIfAny();
        return data.inTransaction(context, s -> {
            ReferralId id = ReferralId.next(clock);
            s.authorize(Action.CREATE, DataCategory.SCHEDULING, Optional.of(request.patient()), "coordination.referral.send",
                    "coordination.referral/" + id);
            Referral sent = new Referral(id, 1, request.patient(), request.recipient().strip(),
                    request.recipientNpi().map(String::strip), request.specialty().strip(), request.reason(), ReferralStatus.SENT, s.now(),
                    Optional.empty(), Optional.empty(), Optional.empty(), s.context().principal().userId());
            s.insert(Documents.REFERRAL, id.asString(), sent);
            return sent;
        });
    }

    @Override
    public Referral get(AccessContext context, ReferralId id) {
        return data.inTransaction(context, s -> load(s, id, Action.READ, "coordination.referral.read").value());
    }

    @Override
    public Referral scheduled(AccessContext context, ReferralId id, Instant appointmentAt) {
        Violations v = new Violations();
        v.addIf(appointmentAt == null, "appointmentAt", CoordinationCodes.DUE, "the referral appointment's time is required");
        v.throwIfAny();
        return move(context, id, ReferralStatus.SCHEDULED, (r, now) -> r.with(ReferralStatus.SCHEDULED, Optional.of(appointmentAt),
                r.reportReceived(), r.closed()));
    }

    @Override
    public Referral reportReceived(AccessContext context, ReferralId id) {
        return move(context, id, ReferralStatus.REPORT_RECEIVED, (r, now) -> r.with(ReferralStatus.REPORT_RECEIVED, r.appointmentAt(),
                Optional.of(now), r.closed()));
    }

    @Override
    public Referral close(AccessContext context, ReferralId id) {
        return move(context, id, ReferralStatus.CLOSED, (r, now) -> r.with(ReferralStatus.CLOSED, r.appointmentAt(), r.reportReceived(),
                Optional.of(now)));
    }

    private Referral move(AccessContext context, ReferralId id, ReferralStatus next,
                          java.util.function.BiFunction<Referral, Instant, Referral> how) {
        return data.inTransaction(context, s -> {
            Versioned<Referral> current = load(s, id, Action.UPDATE, "coordination.referral.update");
            Referral r = current.value();
            if (!r.status().canMoveTo(next)) {
                throw new ConflictException(CoordinationCodes.ILLEGAL_TRANSITION, "referral " + r.id() + " is " + r.status()
                        + " and cannot become " + next);
            }
            Referral changed = how.apply(r, s.now());
            Referral versioned = new Referral(changed.id(), current.version() + 1, changed.patient(), changed.recipient(),
                    changed.recipientNpi(), changed.specialty(), changed.reason(), changed.status(), changed.sent(), changed.appointmentAt(),
                    changed.reportReceived(), changed.closed(), changed.sentBy());
            s.update(Documents.REFERRAL, current.id(), current.version(), versioned);
            return versioned;
        });
    }

    @Override
    public List<Referral> forPatient(AccessContext context, PatientId patient) {
        Violations v = new Violations();
        v.addIf(patient == null, "patient", CoordinationCodes.PATIENT, "a patient is required");
        v.throwIfAny();
        return data.inTransaction(context, s -> {
            s.authorize(Action.SEARCH, DataCategory.SCHEDULING, Optional.of(patient), "coordination.referral.search", "coordination.referral");
            List<Referral> found = new ArrayList<>(Pages.all(s, Documents.REFERRAL, Criteria.all().eq("patient", patient.asString())));
            found.sort(Comparator.comparing(Referral::sent).thenComparing(r -> r.id().value()));
            return List.copyOf(found);
        });
    }

    @Override
    public List<OverdueReferral> flagOverdue(AccessContext context) {
        return data.inTransaction(context, s -> {
            List<OverdueReferral> result = new ArrayList<>();
            List<Referral> pending = Pages.all(s, Documents.REFERRAL, Criteria.all().anyOf("status",
                    List.of(ReferralStatus.SENT.name(), ReferralStatus.SCHEDULED.name())));
            for (Referral r : pending) {
                Optional<ReferralFlag> flag = r.flagAt(s.now());
                if (flag.isEmpty()) {
                    continue;
                }
                s.authorize(Action.READ, DataCategory.SCHEDULING, Optional.of(r.patient()), "coordination.referral.overdue",
                        "coordination.referral/" + r.id());
                String title = flag.get() == ReferralFlag.NOT_SCHEDULED ? "Referral not scheduled: chase the recipient"
                        : "Referral report missing: request it";
                NewTask task = new NewTask(TaskType.REFERRAL_OVERDUE, title, "referral " + r.id() + " to " + r.specialty(),
                        TaskPriority.NORMAL, s.now().plus(java.time.Duration.ofDays(1)), Optional.of(Roles.COORDINATOR), Optional.empty(),
                        Optional.of(r.patient()), Optional.of("coordination.referral/" + r.id()));
                TaskBook.generate(s, clock, task, "referral-overdue|" + r.id() + "|" + flag.get(), List.of());
                result.add(new OverdueReferral(r, flag.get()));
            }
            result.sort(Comparator.comparing((OverdueReferral o) -> o.referral().sent()).thenComparing(o -> o.referral().id().value()));
            return List.copyOf(result);
        });
    }

    private static Versioned<Referral> load(DataSession s, ReferralId id, Action action, String source) {
        Optional<Versioned<Referral>> found = id == null ? Optional.empty() : s.find(Documents.REFERRAL, id.asString());
        if (found.isEmpty()) {
            throw new NotFoundException(CoordinationCodes.NOT_FOUND, "referral " + id + " was not found");
        }
        s.authorize(action, DataCategory.SCHEDULING, Optional.of(found.get().value().patient()), source, "coordination.referral/" + id);
        return found.get();
    }
}
