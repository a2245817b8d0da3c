package org.medcoord.billing.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One 835 transaction set: a payment (or a notice without payment) and the claims it pays.
 *
 * @param handlingCode        BPR01: {@code I} remittance only, {@code C} payment with remittance,
 *                            {@code H} notification only, ...
 * @param paymentAmount       BPR02, USD; equals the claim payments minus the provider adjustments
 * @param creditDebit         BPR03: {@code C} credit or {@code D} debit
 * @param paymentMethod       BPR04: {@code ACH}, {@code CHK}, {@code BOP}, {@code FWT} or {@code NON}
 * @param paymentDate         BPR16, the effective (check or EFT) date
 * @param traceNumber         TRN02, the check or EFT trace number
 * @param payer               loop 1000A
 * @param payee               loop 1000B
 * @param claims              loop 2100, in file order
 * @param providerAdjustments PLB, one per adjustment pair
 * @since 0.1.0
 */
public record RemittanceAdvice(
        String handlingCode,
        BigDecimal paymentAmount,
        String creditDebit,
        String paymentMethod,
        LocalDate paymentDate,
        String traceNumber,
        RemittanceParty payer,
        RemittanceParty payee,
        List<ClaimPayment> claims,
        List<ProviderAdjustment> providerAdjustments) {

    /**
     * Copies the lists; {@code null} lists become empty.
     *
     * @param handlingCode the {@code handlingCode} component
     * @param paymentAmount the {@code paymentAmount} component
     * @param creditDebit the {@code creditDebit} component
     * @param paymentMethod the {@code paymentMethod} component
     * @param paymentDate the {@code paymentDate} component
     * @param traceNumber the {@code traceNumber} component
     * @param payer the {@code payer} component
     * @param payee the {@code payee} component
     * @param claims the {@code claims} component
     * @param providerAdjustments the {@code providerAdjustments} component
     */
    public RemittanceAdvice {
        claims = claims == null ? List.of() : List.copyOf(claims);
        providerAdjustments = providerAdjustments == null ? List.of() : List.copyOf(providerAdjustments);
    }
}
