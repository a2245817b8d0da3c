package org.medcoord.coordination;

import java.util.Optional;
import org.medcoord.core.PatientId;

/**
 * A referral to send.
 *
 * @param patient      who is referred (required)
 * @param recipient    the receiving provider or service, 1 to 200 characters
 * @param recipientNpi its NPI, when known
 * @param specialty    the specialty, 1 to 100 characters
 * @param reason       why, up to 4,000 characters
 * @since 0.1.0
 */
public record NewReferral(PatientId patient, String recipient, Optional<String> recipientNpi, String specialty, String reason) {
    public NewReferral {
        recipientNpi = recipientNpi == null ? Optional.empty() : recipientNpi;
    }

    /** The reason is PHI. */
    @Override
    public String toString() {
        return "NewReferral[" + specialty + "]";
    }
}
