package org.medcoord.billing.x12;

import java.math.BigDecimal;

/**
 * One CAS triplet: a claim or line adjustment. A CAS segment with several triplets gives several
 * adjustments. A negative amount increases the payment.
 *
 * @param group      CAS01
 * @param reasonCode the CARC, for example {@code 45} (exceeds fee schedule) or {@code 1} (deductible)
 * @param amount     USD
 * @param quantity   the adjusted units, or {@code null}
 * @since 0.1.0
 */
public record Adjustment(AdjustmentGroup group, String reasonCode, BigDecimal amount, BigDecimal quantity) {
}
