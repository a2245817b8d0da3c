package org.medcoord.billing.spi;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An eligibility inquiry (X12 270 semantics). PHI: {@link #toString()} prints the payer only.
 *
 * @param payerId      the X12 payer id
 * @param memberId     the member id
 * @param groupNumber  the group number, when known
 * @param serviceDate  the date of service asked about
 * @param providerNpi  the NPI of the provider asking
 * @param reference    a trace number for the inquiry (TRN), no PHI
 * @since 0.1.0
 */
public record EligibilityRequest(String payerId, String memberId, Optional<String> groupNumber, LocalDate serviceDate,
                                 String providerNpi, String reference) {
    /** Checks the components are present. */
    public EligibilityRequest {
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(groupNumber, "groupNumber");
        Objects.requireNonNull(serviceDate, "serviceDate");
        Objects.requireNonNull(providerNpi, "providerNpi");
        Objects.requireNonNull(reference, "reference");
    }

    /** Prints the payer and reference only: the member id is PHI. */
    @Override
    public String toString() {
        return "EligibilityRequest[" + payerId + " " + reference + "]";
    }
}
