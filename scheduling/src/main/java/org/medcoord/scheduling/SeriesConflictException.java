package org.medcoord.scheduling;

import java.util.List;
import java.util.stream.Collectors;
import org.medcoord.core.ConflictException;

/**
 * A recurring series was not booked because some of its occurrences collide; none was booked. Lists
 * every colliding occurrence so the caller can move those and try again.
 *
 * @since 0.1.0
 */
public class SeriesConflictException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final transient List<OccurrenceConflict> conflicts;

    /** @param conflicts at least one */
    public SeriesConflictException(List<OccurrenceConflict> conflicts) {
        super(SchedulingCodes.SERIES_CONFLICT, conflicts.size() + " occurrence(s) of the series collide, so none was booked; move them and"
                + " book again: " + conflicts.stream().map(c -> "#" + c.index() + " " + c.code()).collect(Collectors.joining(", ")));
        this.conflicts = List.copyOf(conflicts);
    }

    /** @return every colliding occurrence, in order */
    public List<OccurrenceConflict> conflicts() {
        return conflicts;
    }
}
