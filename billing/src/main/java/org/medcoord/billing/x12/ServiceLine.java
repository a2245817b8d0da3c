package org.medcoord.billing.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Loop 2400: one professional service line (LX, SV1, DTP*472, REF*6R).
 *
 * @param lineItemControlNumber REF*6R, the clinic's id of the line that the 835 echoes back; may be
 *                              {@code null} in read files
 * @param procedureCode         SV101-2, CPT or HCPCS (qualifier HC)
 * @param modifiers             SV101-3..6, at most 4
 * @param charge                SV102, USD
 * @param units                 SV104 (unit basis UN)
 * @param diagnosisPointers     SV107, 1-based indexes into the claim's diagnoses, at most 4
 * @param serviceDate           DTP*472 (the first date of a range)
 * @since 0.1.0
 */
public record ServiceLine(
        String lineItemControlNumber,
        String procedureCode,
        List<String> modifiers,
        BigDecimal charge,
        BigDecimal units,
        List<Integer> diagnosisPointers,
        LocalDate serviceDate) {

    /**
     * Copies the lists; {@code null} lists become empty.
     *
     * @param lineItemControlNumber the {@code lineItemControlNumber} component
     * @param procedureCode the {@code procedureCode} component
     * @param modifiers the {@code modifiers} component
     * @param charge the {@code charge} component
     * @param units the {@code units} component
     * @param diagnosisPointers the {@code diagnosisPointers} component
     * @param serviceDate the {@code serviceDate} component
     */
    public ServiceLine {
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
        diagnosisPointers = diagnosisPointers == null ? List.of() : List.copyOf(diagnosisPointers);
    }
}
