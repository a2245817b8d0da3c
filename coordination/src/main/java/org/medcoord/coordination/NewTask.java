package org.medcoord.coordination;

import java.time.Instant;
import java.util.Optional;
import org.medcoord.core.PatientId;

/**
 * A task to put on the worklist. Give a role, an assignee or both.
 *
 * @param type     what it is about
 * @param title    a short line, 1 to 200 characters, without patient names
 * @param detail   more text (up to 4,000 characters), or empty
 * @param priority how urgent
 * @param due      when it should be done
 * @param role     the role whose members may take it (one the clinic knows), if any
 * @param assignee the user id it is assigned to, if any
 * @param patient  the patient it concerns, if any
 * @param subject  what it concerns, as {@code type/id}, if anything
 * @since 0.1.0
 */
public record NewTask(TaskType type, String title, String detail, TaskPriority priority, Instant due, Optional<String> role,
                      Optional<String> assignee, Optional<PatientId> patient, Optional<String> subject) {
    public NewTask {
        detail = detail == null ? "" : detail;
        role = role == null ? Optional.empty() : role;
        assignee = assignee == null ? Optional.empty() : assignee;
        patient = patient == null ? Optional.empty() : patient;
        subject = subject == null ? Optional.empty() : subject;
    }

    /** @return a task for {@code role}, about no patient */
    public static NewTask forRole(TaskType type, String title, TaskPriority priority, Instant due, String role) {
        return new NewTask(type, title, "", priority, due, Optional.ofNullable(role), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** @return a copy concerning {@code value} */
    public NewTask about(PatientId value) {
        return new NewTask(type, title, detail, priority, due, role, assignee, Optional.ofNullable(value), subject);
    }

    /** @return a copy assigned to {@code userId} */
    public NewTask assignedTo(String userId) {
        return new NewTask(type, title, detail, priority, due, role, Optional.ofNullable(userId), patient, subject);
    }

    /** @return a copy with {@code text} as its detail */
    public NewTask withDetail(String text) {
        return new NewTask(type, title, text, priority, due, role, assignee, patient, subject);
    }

    /** @return a copy concerning {@code typeAndId}, for example {@code "scheduling.appointment/0190..."} */
    public NewTask concerning(String typeAndId) {
        return new NewTask(type, title, detail, priority, due, role, assignee, patient, Optional.ofNullable(typeAndId));
    }

    @Override
    public String toString() {
        return "NewTask[" + type + " " + priority + "]";
    }
}
