package org.medcoord.scheduling.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medcoord.scheduling.Allocation;
import org.medcoord.scheduling.BedState;
import org.medcoord.scheduling.BedStatus;
import org.medcoord.scheduling.Block;
import org.medcoord.scheduling.OpenWindow;
import org.medcoord.scheduling.Resource;
import org.medcoord.scheduling.SchedulingCodes;

/**
 * What one resource looks like over a loaded period: its opening windows (none loaded means always
 * open), the blocks in force and the intervals already held by appointments that take capacity.
 * Immutable snapshot; used under the resource's lock when booking, without it when searching.
 */
final class ResourceCalendar {

    private final Resource resource;
    private final boolean hasHours;
    private final List<OpenWindow> windows;
    private final List<Block> blocks;
    private final List<Allocation> held;
    private final Optional<BedStatus> bed;

    ResourceCalendar(Resource resource, boolean hasHours, List<OpenWindow> windows, List<Block> blocks, List<Allocation> held,
            Optional<BedStatus> bed) {
        this.resource = resource;
        this.bed = bed;
        this.hasHours = hasHours;
        // sorted by start so that a check looks at the few intervals near it, not at the whole period
        this.windows = windows.stream().sorted(java.util.Comparator.comparing(OpenWindow::start)).toList();
        this.blocks = List.copyOf(blocks);
        this.held = held.stream().sorted(java.util.Comparator.comparing(Allocation::from)).toList();
    }

    Resource resource() {
        return resource;
    }

    boolean hasHours() {
        return hasHours;
    }

    List<OpenWindow> windows() {
        return windows;
    }

    /**
     * @param allocation the interval the resource would be held (with buffers)
     * @param start      the appointment's own start, which must lie in opening hours with its end
     * @param end        the appointment's own end
     * @return why the resource cannot take it, or empty
     */
    Optional<Problem> problem(Allocation allocation, Instant start, Instant end) {
        if (hasHours && !open(start, end)) {
            return Optional.of(new Problem(SchedulingCodes.RESOURCE_CLOSED, "resource " + resource.id() + " is not open for all of ["
                    + start + ", " + end + "); choose a time inside its opening hours (SlotSearch lists them)"));
        }
        if (bed.isPresent() && bed.get().state() != BedState.FREE && allocation.to().isAfter(bed.get().since())) {
            // occupancy and cleaning are open-ended: nothing after they began can be booked until the bed is free
            return Optional.of(new Problem(SchedulingCodes.BED_UNAVAILABLE, "bed " + resource.id() + " is "
                    + bed.get().state().name().toLowerCase(java.util.Locale.ROOT) + " since " + bed.get().since()
                    + "; choose another bed, or wait until it is discharged and cleaned"));
        }
        for (Block b : blocks) {
            if (b.blocks(allocation.from(), allocation.to())) {
                return Optional.of(new Problem(SchedulingCodes.RESOURCE_BLOCKED, "resource " + resource.id() + " is blocked (" + b.reason()
                        + ", block " + b.id() + ") in [" + allocation.from() + ", " + allocation.to()
                        + "); choose another time or resource"));
            }
        }
        if (!hasRoom(allocation.from(), allocation.to())) {
            return Optional.of(new Problem(SchedulingCodes.RESOURCE_FULL, "resource " + resource.id() + " has no capacity left in ["
                    + allocation.from() + ", " + allocation.to() + ") (capacity " + resource.capacity()
                    + ", including setup and turnover); choose another time or resource"));
        }
        return Optional.empty();
    }

    /** @return true when some window contains {@code [start, end)} */
    private boolean open(Instant start, Instant end) {
        // look back from the last window starting by start, as far as a window can reach
        for (int i = lastStartingBy(windows, w -> w.start(), start); i >= 0; i--) {
            OpenWindow w = windows.get(i);
            if (w.contains(start, end)) {
                return true;
            }
            if (w.start().isBefore(start.minus(LONGEST_WINDOW))) {
                return false; // this and every earlier window ends before start
            }
        }
        return false;
    }

    /** No window is longer than a day plus a DST shift; no allocation longer than 48 hours (24 h + buffers). */
    private static final java.time.Duration LONGEST_WINDOW = java.time.Duration.ofHours(26);
    private static final java.time.Duration LONGEST_ALLOCATION = java.time.Duration.ofHours(48);

    /** @return the index of the last element whose key is at or before {@code at}, or -1 */
    private static <E> int lastStartingBy(List<E> sorted, java.util.function.Function<E, Instant> key, Instant at) {
        int low = 0;
        int high = sorted.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (key.apply(sorted.get(mid)).isAfter(at)) {
                high = mid - 1;
            } else {
                found = mid;
                low = mid + 1;
            }
        }
        return found;
    }

    /** @return true when one more holder fits at every instant of {@code [from, to)} */
    boolean hasRoom(Instant from, Instant to) {
        // sweep over the held intervals clipped to [from, to): the peak of simultaneous holders. Held
        // intervals are sorted by start; only those starting in [from - 48 h, to) can overlap.
        List<long[]> edges = new ArrayList<>();
        int first = lastStartingBy(held, Allocation::from, from.minus(LONGEST_ALLOCATION)) + 1;
        for (int i = first; i < held.size() && held.get(i).from().isBefore(to); i++) {
            Allocation a = held.get(i);
            if (a.overlaps(from, to)) {
                Instant s = a.from().isBefore(from) ? from : a.from();
                Instant e = a.to().isAfter(to) ? to : a.to();
                edges.add(new long[] {micros(s), +1});
                edges.add(new long[] {micros(e), -1});
            }
        }
        if (edges.size() / 2 < resource.capacity()) {
            return true;
        }
        // ends sort before starts at the same instant: back-to-back intervals do not overlap
        edges.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        int current = 0;
        int peak = 0;
        for (long[] edge : edges) {
            current += (int) edge[1];
            peak = Math.max(peak, current);
        }
        return peak + 1 <= resource.capacity();
    }

    private static long micros(Instant i) {
        return i.getEpochSecond() * 1_000_000L + i.getNano() / 1_000;
    }
}
