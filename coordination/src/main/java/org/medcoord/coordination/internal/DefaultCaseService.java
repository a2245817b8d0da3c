package org.medcoord.coordination.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.medcoord.coordination.Case;
import org.medcoord.coordination.CaseCategory;
import org.medcoord.coordination.CaseId;
import org.medcoord.coordination.CaseService;
import org.medcoord.coordination.CaseStatus;
import org.medcoord.coordination.CoordinationCodes;
import org.medcoord.coordination.NewCase;
import org.medcoord.coordination.NewTask;
import org.medcoord.coordination.TaskPriority;
import org.medcoord.coordination.TaskType;
import org.medcoord.core.ConfigurationException;
import org.medcoord.core.ConflictException;
import org.medcoord.core.Extensions;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.access.Roles;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;

/** Inquiries and complaints on core's data layer. */
final class DefaultCaseService implements CaseService {

    private final DataStore data;
    private final Clock clock;
    private final Extensions extensions;

    DefaultCaseService(DataStore data, Clock clock, Extensions extensions) {
        this.data = data;
        this.clock = clock;
        this.extensions = extensions;
    }

    @Override
    public Case open(AccessContext context, NewCase request) {
        Violations v = new Violations();
        if (request == null) {
            v.add("request", CoordinationCodes.CASE_CATEGORY, "a case is required").throwIfAny();
        }
        v.addIf(request.category() == null, "category", CoordinationCodes.CASE_CATEGORY,
                "a category is required: scheduling, billing, clinical, records request or complaint");
        v.addIf(request.channel() == null, "channel", CoordinationCodes.CASE_CHANNEL, "a channel is required");
        v.addIf(request.summary() == null || request.summary().isBlank() || request.summary().length() > 4000, "summary",
                CoordinationCodes.TEXT, "a summary of 1 to 4000 characters is required");
        v.throwIfAny();
        Duration sla = sla(request.category());
        return data.inTransaction(context, s -> {
            CaseId id = CaseId.next(clock);
            s.authorize(Action.CREATE, DataCategory.SCHEDULING, request.patient(), "coordination.case.open", "coordination.case/" + id);
            Case created = new Case(id, 1, request.category(), request.channel(), request.patient(), request.summary().strip(),
                    request.appointments(), request.claims(), Optional.empty(), s.now().plus(sla), CaseStatus.OPEN, Optional.empty(),
                    false, s.now(), s.context().principal().userId());
            s.insert(Documents.CASE, id.asString(), created);
            return created;
        });
    }

    private Duration sla(CaseCategory category) {
        Optional<String> setting = extensions.setting(category.slaSetting());
        if (setting.isEmpty()) {
            return category.defaultSla();
        }
        try {
            Duration value = Duration.parse(setting.get().strip());
            if (!value.isNegative() && !value.isZero()) {
                return value;
            }
        } catch (DateTimeParseException e) {
            // reported below with the setting's name
        }
        throw new ConfigurationException(List.of("setting " + category.slaSetting() + " must be a positive ISO-8601 duration such as PT48H"));
    }

    @Override
    public Case get(AccessContext context, CaseId id) {
        return data.inTransaction(context, s -> load(s, id, Action.READ, "coordination.case.read").value());
    }

    @Override
    public Case assign(AccessContext context, CaseId id, String userId) {
        Violations v = new Violations();
        v.addIf(userId == null || userId.isBlank() || userId.length() > 128, "userId", CoordinationCodes.ASSIGNEE,
                "an assignee is a user id of 1 to 128 characters");
        v.throwIfAny();
        return change(context, id, "coordination.case.assign", c -> {
            requireActive(c);
            return c.with(CaseStatus.IN_PROGRESS, Optional.of(userId), c.resolution(), c.escalated());
        });
    }

    @Override
    public Case resolve(AccessContext context, CaseId id, String resolution) {
        Violations v = new Violations();
        v.addIf(resolution == null || resolution.isBlank() || resolution.length() > 4000, "resolution", CoordinationCodes.RESOLUTION,
                "a resolution of 1 to 4000 characters is required");
        v.throwIfAny();
        return change(context, id, "coordination.case.resolve", c -> {
            requireActive(c);
            return c.with(CaseStatus.RESOLVED, c.assignee(), Optional.of(resolution.strip()), c.escalated());
        });
    }

    @Override
    public Case close(AccessContext context, CaseId id) {
        return change(context, id, "coordination.case.close", c -> {
            if (c.status() != CaseStatus.RESOLVED) {
                throw new ConflictException(CoordinationCodes.ILLEGAL_TRANSITION, "case " + c.id() + " is " + c.status()
                        + "; resolve it before closing it");
            }
            return c.with(CaseStatus.CLOSED, c.assignee(), c.resolution(), c.escalated());
        });
    }

    @Override
    public List<Case> forPatient(AccessContext context, PatientId patient) {
        Violations v = new Violations();
        v.addIf(patient == null, "patient", CoordinationCodes.PATIENT, "a patient is required");
        v.throwIfAny();
        return data.inTransaction(context, s -> {
            s.authorize(Action.SEARCH, DataCategory.SCHEDULING, Optional.of(patient), "coordination.case.search", "coordination.case");
            List<Case> found = new ArrayList<>(Pages.all(s, Documents.CASE, Criteria.all().eq("patient", patient.asString())));
            found.sort(Comparator.comparing(Case::opened).thenComparing(c -> c.id().value()));
            return List.copyOf(found);
        });
    }

    @Override
    public List<Case> open(AccessContext context) {
        return data.inTransaction(context, s -> {
            List<Case> found = new ArrayList<>(active(s));
            for (Case c : found) {
                s.authorize(Action.READ, DataCategory.SCHEDULING, c.patient(), "coordination.case.open-list", "coordination.case/" + c.id());
            }
            found.sort(Comparator.comparing(Case::due).thenComparing(c -> c.id().value()));
            return List.copyOf(found);
        });
    }

    static List<Case> active(DataSession s) {
        return Pages.all(s, Documents.CASE, Criteria.all().anyOf("status", List.of(CaseStatus.OPEN.name(), CaseStatus.IN_PROGRESS.name())));
    }

    @Override
    public List<Case> escalateOverdue(AccessContext context) {
        return data.inTransaction(context, s -> {
            List<Case> escalated = new ArrayList<>();
            for (Case c : active(s)) {
                if (c.category() != CaseCategory.COMPLAINT || c.escalated() || !c.overdueAt(s.now())) {
                    continue;
                }
                Versioned<Case> current = load(s, c.id(), Action.UPDATE, "coordination.case.escalate");
                Case next = save(s, current, c.with(c.status(), c.assignee(), c.resolution(), true));
                NewTask task = new NewTask(TaskType.COMPLAINT_ESCALATION, "Complaint overdue: escalate", "case " + c.id() + " was due "
                        + c.due(), TaskPriority.URGENT, s.now(), Optional.of(Roles.COORDINATOR), Optional.empty(), c.patient(),
                        Optional.of("coordination.case/" + c.id()));
                TaskBook.generate(s, clock, task, "complaint-overdue|" + c.id(), List.of());
                escalated.add(next);
            }
            return List.copyOf(escalated);
        });
    }

    private Case change(AccessContext context, CaseId id, String source, java.util.function.UnaryOperator<Case> how) {
        return data.inTransaction(context, s -> {
            Versioned<Case> current = load(s, id, Action.UPDATE, source);
            return save(s, current, how.apply(current.value()));
        });
    }

    private static void requireActive(Case c) {
        if (!c.status().active()) {
            throw new ConflictException(CoordinationCodes.ILLEGAL_TRANSITION, "case " + c.id() + " is " + c.status()
                    + "; only an open or in-progress case can change so");
        }
    }

    private static Versioned<Case> load(DataSession s, CaseId id, Action action, String source) {
        Optional<Versioned<Case>> found = id == null ? Optional.empty() : s.find(Documents.CASE, id.asString());
        if (found.isEmpty()) {
            throw new NotFoundException(CoordinationCodes.NOT_FOUND, "case " + id + " was not found");
        }
        s.authorize(action, DataCategory.SCHEDULING, found.get().value().patient(), source, "coordination.case/" + id);
        return found.get();
    }

    private static Case save(DataSession s, Versioned<Case> current, Case next) {
        Case versioned = new Case(next.id(), current.version() + 1, next.category(), next.channel(), next.patient(), next.summary(),
                next.appointments(), next.claims(), next.assignee(), next.due(), next.status(), next.resolution(), next.escalated(),
                next.opened(), next.openedBy());
        s.update(Documents.CASE, current.id(), current.version(), versioned);
        return versioned;
    }
}
