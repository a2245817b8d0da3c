package org.medcoord.scheduling;

import java.time.Instant;
import java.util.List;
import org.medcoord.core.access.AccessContext;

/**
 * Registers resources and places or lifts blocks on them. Other modules (inventory's equipment
 * maintenance, admissions' bed cleaning) use {@link #placeBlock} and {@link #liftBlock} to stop and
 * resume bookings. Thread-safe.
 *
 * <p>Every method checks the caller's access to SCHEDULING data and audits the operation.
 *
 * @since 0.1.0
 */
public interface ResourceService {

    /**
     * @return the registered resource
     * @throws org.medcoord.core.ValidationException listing every problem with {@code request}
     */
    Resource register(AccessContext context, NewResource request);

    /** @throws org.medcoord.core.NotFoundException when no such resource exists in the caller's tenant */
    Resource get(AccessContext context, ResourceId id);

    /**
     * Makes {@code [start, end)} unbookable on {@code resource}. Existing appointments in the period are
     * left as they are (the caller decides whether to move them: see
     * {@link AppointmentService#onResource}).
     *
     * @param note free text for staff; never patient data
     * @throws org.medcoord.core.ValidationException for an unknown resource, an end not after the start,
     *         or a missing reason
     */
    Block placeBlock(AccessContext context, ResourceId resource, Instant start, Instant end, BlockReason reason, String note);

    /**
     * Lifts a block: its period becomes bookable again.
     *
     * @param why a reason of 1 to 500 characters
     * @throws org.medcoord.core.ConflictException {@code MC-SCHED-108} when it was already lifted
     */
    Block liftBlock(AccessContext context, BlockId block, String why);

    /** @return the blocks in force on {@code resource} overlapping {@code [from, to)}, by start */
    List<Block> activeBlocks(AccessContext context, ResourceId resource, Instant from, Instant to);
}
