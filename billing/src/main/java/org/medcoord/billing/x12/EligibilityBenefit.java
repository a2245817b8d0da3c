package org.medcoord.billing.x12;

import java.math.BigDecimal;
import java.util.List;

/**
 * One EB segment of a 271.
 *
 * @param informationCode   EB01: {@code 1} active coverage, {@code 6} inactive, {@code B} co-payment,
 *                          {@code C} deductible, {@code G} out-of-pocket (stop loss), {@code A} co-insurance
 * @param coverageLevel     EB02, for example {@code IND} or {@code FAM}, or {@code null}
 * @param serviceTypeCodes  EB03 repetitions
 * @param insuranceType     EB04, or {@code null}
 * @param planDescription   EB05, or {@code null}
 * @param timePeriod        EB06: {@code 29} remaining, {@code 23} calendar year, ..., or {@code null}
 * @param amount            EB07, USD, or {@code null}
 * @param percent           EB08 as a fraction (0.2 = 20%), or {@code null}
 * @param inNetwork         EB12: {@code true} for Y, {@code false} for N, {@code null} when absent or W
 * @since 0.1.0
 */
public record EligibilityBenefit(
        String informationCode,
        String coverageLevel,
        List<String> serviceTypeCodes,
        String insuranceType,
        String planDescription,
        String timePeriod,
        BigDecimal amount,
        BigDecimal percent,
        Boolean inNetwork) {

    /**
     * Copies the list; {@code null} becomes empty.
     *
     * @param informationCode the {@code informationCode} component
     * @param coverageLevel the {@code coverageLevel} component
     * @param serviceTypeCodes the {@code serviceTypeCodes} component
     * @param insuranceType the {@code insuranceType} component
     * @param planDescription the {@code planDescription} component
     * @param timePeriod the {@code timePeriod} component
     * @param amount the {@code amount} component
     * @param percent the {@code percent} component
     * @param inNetwork the {@code inNetwork} component
     */
    public EligibilityBenefit {
        serviceTypeCodes = serviceTypeCodes == null ? List.of() : List.copyOf(serviceTypeCodes);
    }
}
