package org.medcoord.scheduling;

import java.util.List;
import org.medcoord.core.access.AccessContext;

/**
 * Finds free start times. Thread-safe; reads only (a slot is booked with {@link AppointmentService}).
 *
 * <p>A slot honours, for every required role: opening hours, blocks, setup and turnover buffers,
 * capacity and existing bookings (unexpired holds count); for the service type: lead time and
 * horizon; and, when the query names a patient, the patient's own other appointments. Bookings are
 * read per resource and day through an index, so the cost grows with the resources and days searched,
 * not with the size of the calendar.
 *
 * @since 0.1.0
 */
public interface SlotSearch {

    /**
     * @return up to {@code query.maxResults()} slots, by start, then by resource ids
     * @throws org.medcoord.core.ValidationException for an unknown service type, an empty window, a
     *         window of more than 62 days, a window past the horizon, or a bad result count
     */
    List<Slot> find(AccessContext context, SlotQuery query);
}
