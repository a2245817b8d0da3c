package org.medcoord.coordination;

import org.medcoord.core.access.AccessContext;

/**
 * The coordinator's daily report. Appointments, check-ins and rooming come from what {@link Workflows#run} has read
 * from the outbox, so run the workflows before reporting. Checked on SCHEDULING data. Thread-safe.
 *
 * @since 0.1.0
 */
public interface DailyReports {

    /**
     * @throws org.medcoord.core.ValidationException {@code MC-COORD-021} when the location, day or zone is missing
     */
    DailyReport daily(AccessContext context, ReportScope scope);
}
