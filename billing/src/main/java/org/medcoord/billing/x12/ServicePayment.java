package org.medcoord.billing.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Loop 2110 of an 835: what the payer did with one service line (SVC, DTM*472/150, REF*6R, CAS).
 *
 * @param procedureQualifier    SVC01-1, usually {@code HC}
 * @param procedureCode         SVC01-2
 * @param modifiers             SVC01-3..6
 * @param charge                SVC02, USD
 * @param paid                  SVC03, USD
 * @param units                 SVC05 (1 when absent, per the TR3)
 * @param serviceDate           DTM*472 or DTM*150, or {@code null} (then the claim's dates apply)
 * @param lineItemControlNumber REF*6R, or {@code null}
 * @param adjustments           line-level CAS
 * @since 0.1.0
 */
public record ServicePayment(
        String procedureQualifier,
        String procedureCode,
        List<String> modifiers,
        BigDecimal charge,
        BigDecimal paid,
        BigDecimal units,
        LocalDate serviceDate,
        String lineItemControlNumber,
        List<Adjustment> adjustments) {

    /**
     * Copies the lists; {@code null} lists become empty.
     *
     * @param procedureQualifier the {@code procedureQualifier} component
     * @param procedureCode the {@code procedureCode} component
     * @param modifiers the {@code modifiers} component
     * @param charge the {@code charge} component
     * @param paid the {@code paid} component
     * @param units the {@code units} component
     * @param serviceDate the {@code serviceDate} component
     * @param lineItemControlNumber the {@code lineItemControlNumber} component
     * @param adjustments the {@code adjustments} component
     */
    public ServicePayment {
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    }
}
