package org.medcoord.coordination;

import java.util.List;
import org.medcoord.core.access.AccessContext;

/**
 * The coordinator's worklist: tasks people create and tasks the workflows generate. Generated tasks carry
 * the key of their cause; while one task for a cause is open or in progress, the same cause does not create
 * another (the engine enforces it with a unique key). Each task is checked against its
 * {@link TaskType#category()} and audited with its patient. Thread-safe.
 *
 * @since 0.1.0
 */
public interface Worklist {

    /**
     * A comma-separated list of role names the clinic uses besides those of {@link org.medcoord.core.access.Roles};
     * a task may name any of them.
     */
    String EXTRA_ROLES_SETTING = "medcoord.coordination.extra-roles";

    /**
     * Puts a task on the worklist.
     *
     * @throws org.medcoord.core.ValidationException listing every problem ({@code MC-COORD-001} for a role the clinic
     *         does not know, {@code MC-COORD-002..006}); nothing is stored
     */
    Task create(AccessContext context, NewTask task);

    /** @throws org.medcoord.core.NotFoundException {@code MC-COORD-404} when there is no such task */
    Task get(AccessContext context, TaskId task);

    /**
     * Starts work on a task; an unassigned task is assigned to the caller.
     *
     * @throws org.medcoord.core.ConflictException {@code MC-COORD-101} when the task is done, cancelled or already started
     */
    Task start(AccessContext context, TaskId task);

    /** Assigns a task that still needs work to {@code userId}. */
    Task assign(AccessContext context, TaskId task, String userId);

    /** Marks a task done; {@code note} (may be empty) goes to its history. */
    Task complete(AccessContext context, TaskId task, String note);

    /** Cancels a task that is no longer needed; {@code reason} is required. */
    Task cancel(AccessContext context, TaskId task, String reason);

    /**
     * "My worklist": the tasks still needing work that are assigned to the caller, or to one of the caller's roles
     * and to nobody else; most urgent first, then earliest due.
     */
    List<Task> mine(AccessContext context);

    /**
     * Escalates every overdue task that was not escalated before: its priority is raised one step and the
     * change is recorded in its history. Call it periodically.
     *
     * @return the escalated tasks
     */
    List<Task> escalateOverdue(AccessContext context);
}
