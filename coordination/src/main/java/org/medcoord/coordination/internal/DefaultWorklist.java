package org.medcoord.coordination.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medcoord.coordination.CoordinationCodes;
import org.medcoord.coordination.NewTask;
import org.medcoord.coordination.Task;
import org.medcoord.coordination.TaskChange;
import org.medcoord.coordination.TaskId;
import org.medcoord.coordination.TaskStatus;
import org.medcoord.coordination.Worklist;
import org.medcoord.core.ConflictException;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;

/** The worklist on core's data layer. */
final class DefaultWorklist implements Worklist {

    private final DataStore data;
    private final Clock clock;
    private final KnownRoles roles;

    DefaultWorklist(DataStore data, Clock clock, KnownRoles roles) {
        this.data = data;
        this.clock = clock;
        this.roles = roles;
    }

    @Override
    public Task create(AccessContext context, NewTask task) {
        TaskBook.check(task, roles).throwIfAny();
        return data.inTransaction(context, s -> TaskBook.insert(s, clock, task, Optional.empty(), List.of()));
    }

    @Override
    public Task get(AccessContext context, TaskId task) {
        return data.inTransaction(context, s -> TaskBook.load(s, task, Action.READ, "coordination.task.read").value());
    }

    @Override
    public Task start(AccessContext context, TaskId task) {
        return data.inTransaction(context, s -> {
            Versioned<Task> current = TaskBook.load(s, task, Action.UPDATE, "coordination.task.start");
            Task t = current.value();
            String user = s.context().principal().userId();
            checkMove(t, TaskStatus.IN_PROGRESS);
            Optional<String> assignee = t.assignee().or(() -> Optional.of(user));
            return TaskBook.save(s, current, t.with(new TaskChange(s.now(), user, TaskStatus.IN_PROGRESS, "started"), t.priority(), assignee,
                    t.escalated()));
        });
    }

    @Override
    public Task assign(AccessContext context, TaskId task, String userId) {
        Violations v = new Violations();
        v.addIf(userId == null || userId.isBlank() || userId.length() > 128, "userId", CoordinationCodes.ASSIGNEE,
                "an assignee is a user id of 1 to 128 characters");
        v.throwIfAny();
        return data.inTransaction(context, s -> {
            Versioned<Task> current = TaskBook.load(s, task, Action.UPDATE, "coordination.task.assign");
            Task t = current.value();
            if (!t.status().active()) {
                throw new ConflictException(CoordinationCodes.ILLEGAL_TRANSITION, "task " + t.id() + " is " + t.status()
                        + "; only a task that still needs work can be assigned");
            }
            String by = s.context().principal().userId();
            return TaskBook.save(s, current, t.with(new TaskChange(s.now(), by, t.status(), "assigned to " + userId), t.priority(),
                    Optional.of(userId), t.escalated()));
        });
    }

    @Override
    public Task complete(AccessContext context, TaskId task, String note) {
        return close(context, task, TaskStatus.DONE, note == null || note.isBlank() ? "done" : "done: " + note.strip(), false);
    }

    @Override
    public Task cancel(AccessContext context, TaskId task, String reason) {
        Violations v = new Violations();
        v.addIf(reason == null || reason.isBlank() || reason.length() > 500, "reason", CoordinationCodes.TEXT,
                "a reason of 1 to 500 characters is required");
        v.throwIfAny();
        return close(context, task, TaskStatus.CANCELLED, "cancelled: " + reason.strip(), true);
    }

    private Task close(AccessContext context, TaskId task, TaskStatus next, String what, boolean cancelling) {
        return data.inTransaction(context, s -> {
            Versioned<Task> current = TaskBook.load(s, task, Action.UPDATE, cancelling ? "coordination.task.cancel" : "coordination.task.complete");
            Task t = current.value();
            checkMove(t, next);
            String by = s.context().principal().userId();
            return TaskBook.save(s, current, t.with(new TaskChange(s.now(), by, next, what), t.priority(), t.assignee(), t.escalated()));
        });
    }

    @Override
    public List<Task> mine(AccessContext context) {
        String user = context.principal().userId();
        List<String> active = List.of(TaskStatus.OPEN.name(), TaskStatus.IN_PROGRESS.name());
        return data.inTransaction(context, s -> {
            // two index reads, not a scan: the caller's own tasks, and the unassigned tasks of the caller's roles
            java.util.Map<TaskId, Task> found = new java.util.LinkedHashMap<>();
            Pages.all(s, Documents.TASK, Criteria.all().eq("assignee", user).anyOf("status", active))
                    .forEach(t -> found.put(t.id(), t));
            if (!context.principal().roles().isEmpty()) {
                Pages.all(s, Documents.TASK, Criteria.all().anyOf("role", List.copyOf(context.principal().roles())).anyOf("status", active))
                        .stream().filter(t -> t.assignee().isEmpty()).forEach(t -> found.put(t.id(), t));
            }
            List<Task> result = new ArrayList<>(found.values());
            for (Task t : result) {
                s.authorize(Action.READ, t.type().category(), t.patient(), "coordination.task.mine", "coordination.task/" + t.id());
            }
            result.sort(TaskBook.WORK_ORDER);
            return List.copyOf(result);
        });
    }

    @Override
    public List<Task> escalateOverdue(AccessContext context) {
        return data.inTransaction(context, s -> {
            List<Task> escalated = new ArrayList<>();
            for (Task t : TaskBook.active(s)) {
                if (t.escalated() || !t.overdueAt(s.now())) {
                    continue;
                }
                Versioned<Task> current = TaskBook.load(s, t.id(), Action.UPDATE, "coordination.task.escalate");
                escalated.add(TaskBook.save(s, current, t.with(new TaskChange(s.now(), s.context().principal().userId(), t.status(),
                        "escalated: overdue since " + t.due()), t.priority().raised(), t.assignee(), true)));
            }
            escalated.sort(TaskBook.WORK_ORDER);
            return List.copyOf(escalated);
        });
    }

    private static void checkMove(Task t, TaskStatus next) {
        if (!t.status().canMoveTo(next)) {
            throw new ConflictException(CoordinationCodes.ILLEGAL_TRANSITION, "task " + t.id() + " is " + t.status()
                    + " and cannot become " + next);
        }
    }
}
