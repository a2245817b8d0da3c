package org.medcoord.billing.x12;

import java.time.LocalDate;
import java.util.List;

/**
 * One 270 eligibility inquiry for a subscriber. PHI: {@link #toString()} is redacted.
 *
 * @param traceNumber         TRN02 (2000C), echoed back in the 271
 * @param payer               loop 2100A, the information source
 * @param providerName        loop 2100B NM103, the information receiver
 * @param providerNpi         loop 2100B NM109 (qualifier XX)
 * @param memberId            loop 2100C NM109 (qualifier MI)
 * @param lastName            loop 2100C NM103
 * @param firstName           loop 2100C NM104, or {@code null}
 * @param birthDate           DMG02, or {@code null}
 * @param serviceDate         DTP*291, the date asked about
 * @param serviceTypeCodes    EQ01, for example {@code 30} (health benefit plan coverage)
 * @since 0.1.0
 */
public record EligibilityInquiry(
        String traceNumber,
        ClaimPayer payer,
        String providerName,
        String providerNpi,
        String memberId,
        String lastName,
        String firstName,
        LocalDate birthDate,
        LocalDate serviceDate,
        List<String> serviceTypeCodes) {

    /**
     * Copies the list; {@code null} becomes empty.
     *
     * @param traceNumber the {@code traceNumber} component
     * @param payer the {@code payer} component
     * @param providerName the {@code providerName} component
     * @param providerNpi the {@code providerNpi} component
     * @param memberId the {@code memberId} component
     * @param lastName the {@code lastName} component
     * @param firstName the {@code firstName} component
     * @param birthDate the {@code birthDate} component
     * @param serviceDate the {@code serviceDate} component
     * @param serviceTypeCodes the {@code serviceTypeCodes} component
     */
    public EligibilityInquiry {
        serviceTypeCodes = serviceTypeCodes == null ? List.of() : List.copyOf(serviceTypeCodes);
    }

    /** @return a form without PHI */
    @Override
    public String toString() {
        return "EligibilityInquiry[" + traceNumber + "]";
    }
}
