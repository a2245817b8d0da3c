package org.medcoord.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cycle count of one location.
 *
 * @param id                its id
 * @param location          the location counted
 * @param status            where the count is
 * @param lines             one line per item and lot
 * @param approvalThreshold a variance larger than this (either way, base units) on any line needs approval
 * @param openedBy          who opened it
 * @param opened            when
 * @param submittedBy       who submitted the counts, once submitted
 * @param reason            the reason given for the variances, once submitted
 * @param approvedBy        who approved the variances, when approval was needed
 * @since 0.1.0
 */
public record CountSheet(CountSheetId id, LocationId location, CountSheetStatus status, List<CountLine> lines, long approvalThreshold,
                         String openedBy, Instant opened, Optional<String> submittedBy, Optional<String> reason,
                         Optional<String> approvedBy) {
    public CountSheet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(openedBy, "openedBy");
        Objects.requireNonNull(opened, "opened");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(approvedBy, "approvedBy");
        lines = List.copyOf(lines);
    }

    /** @return whether any line's variance is beyond the approval threshold */
    public boolean needsApproval() {
        return lines.stream().anyMatch(l -> Math.abs(l.variance()) > approvalThreshold);
    }
}
