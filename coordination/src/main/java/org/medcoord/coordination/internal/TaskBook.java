package org.medcoord.coordination.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.medcoord.coordination.CoordinationCodes;
import org.medcoord.coordination.NewTask;
import org.medcoord.coordination.Task;
import org.medcoord.coordination.TaskChange;
import org.medcoord.coordination.TaskId;
import org.medcoord.coordination.TaskStatus;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.Violations;
import org.medcoord.core.access.Action;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.Versioned;
import org.medcoord.scheduling.Slot;

/** Writes and reads tasks inside a session; shared by the worklist and the workflows. */
final class TaskBook {

    static final Comparator<Task> WORK_ORDER = Comparator.comparing(Task::priority).thenComparing(Task::due)
            .thenComparing(t -> t.id().value());

    private TaskBook() {
    }

    static Violations check(NewTask task, KnownRoles roles) {
        Violations v = new Violations();
        if (task == null) {
            return v.add("task", CoordinationCodes.TASK_TYPE, "a task is required");
        }
        v.addIf(task.type() == null, "type", CoordinationCodes.TASK_TYPE, "a task type is required");
        v.addIf(task.title() == null || task.title().isBlank() || task.title().length() > 200, "title", CoordinationCodes.TEXT,
                "a title of 1 to 200 characters is required");
        v.addIf(task.detail().length() > 4000, "detail", CoordinationCodes.TEXT, "the detail is at most 4000 characters");
        v.addIf(task.priority() == null, "priority", CoordinationCodes.PRIORITY, "a priority is required");
        v.addIf(task.due() == null, "due", CoordinationCodes.DUE, "a due time is required");
        v.addIf(task.role().isEmpty() && task.assignee().isEmpty(), "role", CoordinationCodes.ASSIGNEE,
                "give the task a role, an assignee or both");
        task.role().ifPresent(role -> v.addIf(!roles.contains(role), "role", CoordinationCodes.UNKNOWN_ROLE,
                "the clinic knows no such role; use one of core's roles or list it in " + org.medcoord.coordination.Worklist.EXTRA_ROLES_SETTING));
        task.assignee().ifPresent(user -> v.addIf(user.isBlank() || user.length() > 128, "assignee", CoordinationCodes.ASSIGNEE,
                "an assignee is a user id of 1 to 128 characters"));
        return v;
    }

    /** Inserts a checked task; authorizes its creation with its patient. */
    static Task insert(DataSession s, java.time.Clock clock, NewTask task, Optional<String> causeKey, List<Slot> options) {
        TaskId id = TaskId.next(clock);
        s.authorize(Action.CREATE, task.type().category(), task.patient(), "coordination.task.create", "coordination.task/" + id);
        String by = s.context().principal().userId();
        Task created = new Task(id, 1, task.type(), task.title().strip(), task.detail(), task.priority(), task.due(), task.role(),
                task.assignee(), task.patient(), task.subject(), options, causeKey, TaskStatus.OPEN, false,
                List.of(new TaskChange(s.now(), by, TaskStatus.OPEN, "created")), s.now());
        s.insert(Documents.TASK, id.asString(), created);
        return created;
    }

    /**
     * Inserts a generated task unless one for the same cause still needs work.
     *
     * @return the new task, or empty when the cause already has an active task
     */
    static Optional<Task> generate(DataSession s, java.time.Clock clock, NewTask task, String causeKey, List<Slot> options) {
        if (!s.query(Documents.TASK, Criteria.all().eq("causeKey", causeKey).limit(1)).items().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(insert(s, clock, task, Optional.of(causeKey), options));
    }

    static Versioned<Task> load(DataSession s, TaskId id, Action action, String source) {
        Optional<Versioned<Task>> found = id == null ? Optional.empty() : s.find(Documents.TASK, id.asString());
        if (found.isEmpty()) {
            throw new NotFoundException(CoordinationCodes.NOT_FOUND, "task " + id + " was not found");
        }
        Task task = found.get().value();
        s.authorize(action, task.type().category(), task.patient(), source, "coordination.task/" + id);
        return found.get();
    }

    /** @return every task that still needs work (not authorized: callers authorize what they reveal) */
    static List<Task> active(DataSession s) {
        return Pages.all(s, Documents.TASK, Criteria.all().anyOf("status", List.of(TaskStatus.OPEN.name(), TaskStatus.IN_PROGRESS.name())));
    }

    /** Writes {@code next} over {@code current}, one version on. */
    static Task save(DataSession s, Versioned<Task> current, Task next) {
        Task versioned = new Task(next.id(), current.version() + 1, next.type(), next.title(), next.detail(), next.priority(), next.due(),
                next.role(), next.assignee(), next.patient(), next.subject(), next.options(), next.causeKey(), next.status(),
                next.escalated(), next.history(), next.created());
        s.update(Documents.TASK, current.id(), current.version(), versioned);
        return versioned;
    }
}
