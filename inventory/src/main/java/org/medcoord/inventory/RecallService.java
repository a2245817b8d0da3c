package org.medcoord.inventory;

import java.util.List;
import org.medcoord.core.access.AccessContext;

/**
 * Recalls of lots. Thread-safe.
 *
 * @since 0.1.0
 */
public interface RecallService {

    /**
     * Recalls a lot: marks it {@link LotStatus#RECALLED} (so none of its stock anywhere can be consumed),
     * records the stock on hand at each location and publishes {@link RecallOpened}.
     *
     * @throws org.medcoord.core.NotFoundException {@code MC-INV-404} when the item has no such lot
     * @throws org.medcoord.core.ConflictException {@code MC-INV-105} when the lot is already recalled
     */
    Recall openRecall(AccessContext context, OpenRecall recall);

    /** @throws org.medcoord.core.NotFoundException ({@code MC-INV-404}) when unknown */
    Recall recall(AccessContext context, RecallId id);

    /**
     * Lists the patients who received stock of the recalled lot (consumptions and kits linked to a patient),
     * oldest first. Each patient disclosed is audited.
     */
    List<RecallExposure> exposures(AccessContext context, RecallId id);
}
