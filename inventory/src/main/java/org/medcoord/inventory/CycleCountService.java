package org.medcoord.inventory;

import java.util.List;
import org.medcoord.core.access.AccessContext;

/**
 * Cycle counts: a sheet lists what the books hold at a location per item and lot; counters record what
 * they find; submitting posts each variance as an {@link MovementType#ADJUST} ledger entry, unless a
 * variance exceeds the sheet's threshold, which then waits for another user's approval. Movements at the
 * location between opening and counting make the books' figure stale: count before use resumes, or open a
 * new sheet. Thread-safe.
 *
 * @since 0.1.0
 */
public interface CycleCountService {

    /** One counted quantity, in base units. */
    record Count(ItemId item, LotId lot, long counted) {
        public Count {
            java.util.Objects.requireNonNull(item, "item");
            java.util.Objects.requireNonNull(lot, "lot");
        }
    }

    /** Opens a sheet for every lot on hand at the location. */
    CountSheet open(AccessContext context, LocationId location, long approvalThreshold);

    /**
     * Records counts; a lot found that is not on the sheet is added with an expected quantity of 0.
     * Counts may be recorded again until the sheet is submitted.
     */
    CountSheet record(AccessContext context, CountSheetId sheet, List<Count> counts);

    /**
     * Submits a fully counted sheet with the reason for its variances: posts them, or waits for approval.
     *
     * @throws org.medcoord.core.ValidationException {@code MC-INV-036} naming every uncounted line
     */
    CountSheet submit(AccessContext context, CountSheetId sheet, String reason);

    /**
     * Approves and posts a sheet awaiting approval.
     *
     * @throws org.medcoord.core.ConflictException {@code MC-INV-110} when the approver submitted the counts
     */
    CountSheet approve(AccessContext context, CountSheetId sheet);

    /** @throws org.medcoord.core.NotFoundException ({@code MC-INV-404}) when unknown */
    CountSheet sheet(AccessContext context, CountSheetId sheet);
}
