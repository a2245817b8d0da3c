package org.medcoord.billing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A claim payment or service line of an 835 matched no claim or line; it waits in the work queue. Carries ids and codes, never PHI.
 *
 * @param remittance    the remittance document's id
 * @param controlNumber the claim control number the payer sent
 * @param lineControlNumber the line item control number the payer sent, if any
 * @param reason        why it did not match (a stable code)
 * @since 0.1.0
 */
public record UnmatchedRemittanceLine(String remittance, String controlNumber, Optional<String> lineControlNumber, String reason) implements DomainEvent {
    /** The event type name. */
    public static final String TYPE = "billing.unmatched-remittance-line";

    /** Checks the components are present. */
    public UnmatchedRemittanceLine {
        Objects.requireNonNull(remittance, "remittance");
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(lineControlNumber, "lineControlNumber");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
