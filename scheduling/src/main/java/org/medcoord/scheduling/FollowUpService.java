package org.medcoord.scheduling;

import java.util.List;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;

/**
 * Follow-up requests and the overdue list. A request is marked booked automatically when an
 * appointment of its service type is booked (or confirmed) for the patient with a start in its due
 * window. Thread-safe.
 *
 * @since 0.1.0
 */
public interface FollowUpService {

    /**
     * @throws org.medcoord.core.ValidationException for a missing patient or reason, an unknown service
     *         type, or a due window that ends before it starts
     */
    FollowUp request(AccessContext context, NewFollowUp request);

    /** @throws org.medcoord.core.NotFoundException when no such request exists */
    FollowUp get(AccessContext context, FollowUpId id);

    /** Cancels an open request that is no longer needed. */
    FollowUp cancel(AccessContext context, FollowUpId id);

    /** @return the patient's open requests, earliest due first */
    List<FollowUp> open(AccessContext context, PatientId patient);

    /** @return every open request whose due window has passed, most overdue first */
    List<FollowUp> overdue(AccessContext context);
}
