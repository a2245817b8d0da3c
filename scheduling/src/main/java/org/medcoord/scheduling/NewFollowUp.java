package org.medcoord.scheduling;

import java.time.Instant;
import org.medcoord.core.PatientId;

/**
 * A request for a follow-up visit, made at discharge or after a visit; checked by
 * {@link FollowUpService#request}.
 *
 * @param patient     the patient
 * @param serviceType what should be booked
 * @param dueFrom     the earliest sensible start
 * @param dueBy       the latest sensible start; after it the request is overdue
 * @param reason      why (1 to 500 characters; kept encrypted with the request, never in events or logs)
 * @since 0.1.0
 */
public record NewFollowUp(PatientId patient, ServiceTypeId serviceType, Instant dueFrom, Instant dueBy, String reason) {

    @Override
    public String toString() {
        return "NewFollowUp[" + serviceType + "]";
    }
}
