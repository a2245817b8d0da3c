package org.medcoord.billing.x12;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One PLB adjustment (provider level, not tied to a claim), for example an interest payment or a
 * recoupment. A positive amount reduces the payment, a negative one increases it.
 *
 * @param providerId      PLB01
 * @param fiscalPeriodEnd PLB02
 * @param reasonCode      PLB03-1, for example {@code WO} (overpayment recovery) or {@code L6} (interest)
 * @param referenceId     PLB03-2, or {@code null}
 * @param amount          PLB04 (and PLB06, ...), USD
 * @since 0.1.0
 */
public record ProviderAdjustment(
        String providerId, LocalDate fiscalPeriodEnd, String reasonCode, String referenceId, BigDecimal amount) {
}
