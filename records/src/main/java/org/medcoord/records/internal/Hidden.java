package org.medcoord.records.internal;

import java.util.Optional;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.data.DataSession;

/**
 * Records reads that a consent restriction or sensitivity hides. The caller is told "not found", exactly as
 * for a missing record, so the denial goes to the audit trail through {@link DataSession#auditDenied}, which
 * writes it after the transaction ends (the NotFound rolls the transaction back).
 */
final class Hidden {

    static final String SOURCE = "records.hidden";

    private Hidden() {
    }

    /**
     * @return {@code allowed}; when false, a DENIED read is audited for the patient and the subject
     */
    static boolean unlessAllowed(DataSession s, boolean allowed, DataCategory category, PatientId patient, String subject,
                                 String reason) {
        if (!allowed) {
            s.auditDenied(Action.READ, category, Optional.of(patient), SOURCE, subject, reason);
        }
        return allowed;
    }
}
