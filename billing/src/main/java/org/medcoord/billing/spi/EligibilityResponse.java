package org.medcoord.billing.spi;

import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.Money;

/**
 * A payer's answer to an eligibility inquiry (X12 271 semantics).
 *
 * @param active              whether the coverage is active on the date of service
 * @param copay               the copay for an office visit, when the payer gave one
 * @param deductibleRemaining what remains of the deductible, when given
 * @param outOfPocketRemaining what remains of the out-of-pocket maximum, when given
 * @since 0.1.0
 */
public record EligibilityResponse(boolean active, Optional<Money> copay, Optional<Money> deductibleRemaining,
                                  Optional<Money> outOfPocketRemaining) {
    /** Checks the components are present. */
    public EligibilityResponse {
        Objects.requireNonNull(copay, "copay");
        Objects.requireNonNull(deductibleRemaining, "deductibleRemaining");
        Objects.requireNonNull(outOfPocketRemaining, "outOfPocketRemaining");
    }

    /** @return an answer saying the coverage is not active */
    public static EligibilityResponse inactive() {
        return new EligibilityResponse(false, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
