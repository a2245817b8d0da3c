package org.medcoord.billing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A claim or service payment of an 835 that matched no claim or line (it waits in the work queue).
 *
 * @param controlNumber     the claim control number the payer sent
 * @param lineControlNumber the line item control number, for a service payment
 * @param procedure         the procedure code, for a service payment
 * @param paid              what the payer paid for it
 * @param reason            a stable code: {@code MC-BILL-410} no such claim, {@code MC-BILL-411} no such line,
 *                          {@code MC-BILL-412} the claim's status does not take a payment, {@code MC-BILL-413}
 *                          the payer says it is not its claim (status 23)
 * @since 0.1.0
 */
public record UnmatchedPayment(String controlNumber, Optional<String> lineControlNumber, Optional<String> procedure, BigDecimal paid,
                               String reason) {
    /** Checks the components are present. */
    public UnmatchedPayment {
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(lineControlNumber, "lineControlNumber");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(reason, "reason");
    }
}
