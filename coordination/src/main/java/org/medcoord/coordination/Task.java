package org.medcoord.coordination;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.PatientId;
import org.medcoord.scheduling.Slot;

/**
 * A piece of work on the coordinator's worklist.
 *
 * @param id        its id
 * @param version   its version (changes bump it)
 * @param type      what it is about
 * @param title     a short line for the list (never patient names: link the patient instead)
 * @param detail    more text, possibly empty
 * @param priority  how urgent
 * @param due       when it should be done
 * @param role      the role whose members may take it, if any
 * @param assignee  the user id it is assigned to, if any
 * @param patient   the patient it concerns, if any
 * @param subject   what it concerns, as {@code type/id} (for example {@code scheduling.appointment/0190...}), if anything
 * @param options   for {@link TaskType#RESCHEDULE}: the patient's next free times, best first; otherwise empty
 * @param causeKey  for generated tasks: what caused it; one active task per cause
 * @param status    where it is in its life
 * @param escalated whether it was escalated for being overdue
 * @param history   every change, oldest first
 * @param created   when it was created
 * @since 0.1.0
 */
public record Task(TaskId id, long version, TaskType type, String title, String detail, TaskPriority priority, Instant due,
                   Optional<String> role, Optional<String> assignee, Optional<PatientId> patient, Optional<String> subject,
                   List<Slot> options, Optional<String> causeKey, TaskStatus status, boolean escalated, List<TaskChange> history,
                   Instant created) {
    public Task {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(due, "due");
        role = role == null ? Optional.empty() : role;
        assignee = assignee == null ? Optional.empty() : assignee;
        patient = patient == null ? Optional.empty() : patient;
        subject = subject == null ? Optional.empty() : subject;
        options = options == null ? List.of() : List.copyOf(options);
        causeKey = causeKey == null ? Optional.empty() : causeKey;
        Objects.requireNonNull(status, "status");
        history = List.copyOf(history);
        Objects.requireNonNull(created, "created");
    }

    /** @return true when it still needs work and its due time has passed at {@code now} */
    public boolean overdueAt(Instant now) {
        return status.active() && now.isAfter(due);
    }

    /** @return a copy with {@code change} appended, in the change's status */
    public Task with(TaskChange change, TaskPriority newPriority, Optional<String> newAssignee, boolean newEscalated) {
        List<TaskChange> next = new ArrayList<>(history);
        next.add(change);
        return new Task(id, version, type, title, detail, newPriority, due, role, newAssignee, patient, subject, options, causeKey,
                change.status(), newEscalated, next, created);
    }

    /** Ids, type and status only: the title may be sensitive in context. */
    @Override
    public String toString() {
        return "Task[" + id + " " + type + " " + status + "]";
    }
}
