package org.medcoord.billing.internal;

import java.util.Optional;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.data.DataSession;

/** The module's access checks: every operation is named {@code billing.<operation>}. */
final class Access {

    private Access() {
    }

    static void billing(DataSession session, Action action, Optional<PatientId> patient, String operation, String subject) {
        session.authorize(action, DataCategory.BILLING, patient, "billing." + operation, subject);
    }

    static void insurance(DataSession session, Action action, Optional<PatientId> patient, String operation, String subject) {
        session.authorize(action, DataCategory.INSURANCE, patient, "billing." + operation, subject);
    }
}
