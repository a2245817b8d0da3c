package org.medcoord.coordination;

import java.time.Duration;

/**
 * What an inquiry or complaint is about; each category has a default service-level time to resolve it
 * (override with the setting {@code medcoord.coordination.sla.<category in lower case>}, an ISO-8601 duration
 * such as {@code PT48H}).
 *
 * @since 0.1.0
 */
public enum CaseCategory {
    /** Booking, moving or cancelling appointments. */
    SCHEDULING(Duration.ofHours(24)),
    /** Statements, charges, insurance questions. */
    BILLING(Duration.ofDays(5)),
    /** Questions about care, results or medication. */
    CLINICAL(Duration.ofHours(24)),
    /** Requests for copies of the record. */
    RECORDS_REQUEST(Duration.ofDays(30)),
    /** A complaint; escalated when overdue. */
    COMPLAINT(Duration.ofDays(3));

    private final Duration defaultSla;

    CaseCategory(Duration defaultSla) {
        this.defaultSla = defaultSla;
    }

    /** @return the default time from opening to the due time */
    public Duration defaultSla() {
        return defaultSla;
    }

    /** @return the setting that overrides the default SLA of this category */
    public String slaSetting() {
        return "medcoord.coordination.sla." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
