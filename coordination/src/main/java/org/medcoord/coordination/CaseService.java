package org.medcoord.coordination;

import java.util.List;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;

/**
 * Inquiries and complaints: opened with a category and channel, due by the category's SLA, worked, resolved
 * with a resolution and closed. Every read and change is checked on SCHEDULING data and audited with the
 * case's patient. Complaints still open after their due time are escalated: see {@link #escalateOverdue}.
 * Thread-safe.
 *
 * @since 0.1.0
 */
public interface CaseService {

    /**
     * Opens a case.
     *
     * @throws org.medcoord.core.ValidationException listing every problem ({@code MC-COORD-007} without a category,
     *         {@code MC-COORD-008} without a channel, {@code MC-COORD-003} for the summary); nothing is stored
     */
    Case open(AccessContext context, NewCase request);

    /** @throws org.medcoord.core.NotFoundException {@code MC-COORD-404} when unknown */
    Case get(AccessContext context, CaseId id);

    /** Assigns a case that still needs work and marks it in progress. */
    Case assign(AccessContext context, CaseId id, String userId);

    /**
     * Resolves a case that still needs work.
     *
     * @throws org.medcoord.core.ValidationException {@code MC-COORD-009} without a resolution
     * @throws org.medcoord.core.ConflictException {@code MC-COORD-101} when it is already resolved or closed
     */
    Case resolve(AccessContext context, CaseId id, String resolution);

    /** Closes a resolved case. */
    Case close(AccessContext context, CaseId id);

    /** @return the patient's cases, oldest first */
    List<Case> forPatient(AccessContext context, PatientId patient);

    /** @return every case still needing work, earliest due first */
    List<Case> open(AccessContext context);

    /**
     * Escalates every overdue complaint that was not escalated before: the case is marked escalated and an
     * urgent {@link TaskType#COMPLAINT_ESCALATION} task goes to the coordinators. Call it periodically.
     *
     * @return the escalated cases
     */
    List<Case> escalateOverdue(AccessContext context);
}
