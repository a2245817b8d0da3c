package org.medcoord.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.Money;

/**
 * A coverage's eligibility on a date of service, as the payer answered (X12 271 semantics).
 *
 * @param coverage             the coverage
 * @param serviceDate          the date of service
 * @param active               whether the coverage is active that day
 * @param copay                the copay, when the payer gave one
 * @param deductibleRemaining  what remains of the deductible, when given
 * @param outOfPocketRemaining what remains of the out-of-pocket maximum, when given
 * @param checkedAt            when the payer answered
 * @param cached               true when this answer came from the cache rather than from the payer now
 * @since 0.1.0
 */
public record Eligibility(CoverageId coverage, LocalDate serviceDate, boolean active, Optional<Money> copay,
                          Optional<Money> deductibleRemaining, Optional<Money> outOfPocketRemaining, Instant checkedAt,
                          boolean cached) {
    /** Checks the components are present. */
    public Eligibility {
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(serviceDate, "serviceDate");
        Objects.requireNonNull(copay, "copay");
        Objects.requireNonNull(deductibleRemaining, "deductibleRemaining");
        Objects.requireNonNull(outOfPocketRemaining, "outOfPocketRemaining");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    /** Prints the coverage, date and whether it is active only: a patient's benefits are PHI. */
    @Override
    public String toString() {
        return "Eligibility[" + coverage + " " + serviceDate + (active ? " active" : " inactive") + "]";
    }
}
