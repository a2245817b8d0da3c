package org.medcoord.scheduling;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A period in which a resource cannot be booked. A block is never deleted: lifting it records when,
 * by whom and why, so the history of a device's outages stays visible.
 *
 * @param id         its id
 * @param resource   the resource it blocks
 * @param start      first blocked instant
 * @param end        first instant after the block
 * @param reason     why
 * @param note       free text for staff (no patient data)
 * @param placedBy   the user id that placed it
 * @param lifted     when it was lifted, if it was
 * @param liftedBy   the user id that lifted it, if it was
 * @param liftReason why it was lifted, if it was
 * @since 0.1.0
 */
public record Block(BlockId id, ResourceId resource, Instant start, Instant end, BlockReason reason, String note,
        String placedBy, Optional<Instant> lifted, Optional<String> liftedBy, Optional<String> liftReason) {
    public Block {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(reason, "reason");
        note = note == null ? "" : note;
        Objects.requireNonNull(placedBy, "placedBy");
        lifted = lifted == null ? Optional.empty() : lifted;
        liftedBy = liftedBy == null ? Optional.empty() : liftedBy;
        liftReason = liftReason == null ? Optional.empty() : liftReason;
    }

    /** @return true while the block is in force (not lifted) */
    public boolean active() {
        return lifted.isEmpty();
    }

    /** @return true when this block is in force and overlaps {@code [from, to)} */
    public boolean blocks(Instant from, Instant to) {
        return active() && start.isBefore(to) && from.isBefore(end);
    }

    /** @return a lifted copy */
    public Block lift(Instant at, String by, String why) {
        return new Block(id, resource, start, end, reason, note, placedBy, Optional.of(at), Optional.of(by), Optional.of(why));
    }
}
