package org.medcoord.billing.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Loop 2430 of an 837P line on a secondary or tertiary claim: what the payer that adjudicated first paid and
 * adjusted on this line, as its 835 said.
 *
 * @param payerId       SVD01, the prior payer's id (NM109 of loop 2330B)
 * @param paid          SVD02, the amount it paid on the line (USD)
 * @param procedureCode SVD03-2, the procedure it adjudicated
 * @param modifiers     SVD03-3..6
 * @param units         SVD05, the units it paid
 * @param adjudicated   DTP*573, the date it adjudicated the line
 * @param adjustments   CAS, its line adjustments (group, CARC, amount)
 * @since 0.1.0
 */
public record PriorPayerLine(String payerId, BigDecimal paid, String procedureCode, List<String> modifiers, BigDecimal units,
                             LocalDate adjudicated, List<Adjustment> adjustments) {

    /**
     * Copies the lists; {@code null} lists become empty.
     *
     * @param payerId       SVD01
     * @param paid          SVD02
     * @param procedureCode SVD03-2
     * @param modifiers     SVD03-3..6
     * @param units         SVD05
     * @param adjudicated   DTP*573
     * @param adjustments   CAS
     */
    public PriorPayerLine {
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    }
}
