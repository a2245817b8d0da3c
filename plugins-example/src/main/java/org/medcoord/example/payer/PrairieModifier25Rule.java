package org.medcoord.example.payer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.medcoord.billing.Claim;
import org.medcoord.billing.ClaimEdit;
import org.medcoord.billing.ClaimLine;
import org.medcoord.billing.Payer;
import org.medcoord.billing.spi.ClaimRule;

/**
 * Prairie Mutual's edit: an office visit (CPT 99202 to 99215) billed with a procedure on the same date
 * must carry modifier 25 (a significant, separately identifiable visit), or Prairie bundles it into the
 * procedure and pays nothing for it. Raised as an error, {@value #CODE}, so the claim is fixed before it
 * is sent. Applies to claims to Prairie Mutual only.
 *
 * @since 0.1.0
 */
public final class PrairieModifier25Rule implements ClaimRule {

    /** The edit's stable code. */
    public static final String CODE = "MC-PRAIRIE-101";
    /** The rule id. */
    public static final String ID = "prairie-modifier-25";

    private static final Set<String> PROCEDURES = Set.of("45378", "45380", "43239", "11102", "20610");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean appliesTo(Payer payer) {
        return PrairieMutualPayer.PAYER_ID.equals(payer.x12PayerId());
    }

    @Override
    public List<ClaimEdit> check(Claim claim, Payer payer) {
        List<ClaimEdit> edits = new ArrayList<>();
        for (int i = 0; i < claim.lines().size(); i++) {
            ClaimLine visit = claim.lines().get(i);
            if (!visit.procedure().matches("992(0[2-5]|1[1-5])") || visit.modifiers().contains("25")) {
                continue;
            }
            boolean procedureSameDay = claim.lines().stream()
                    .anyMatch(l -> PROCEDURES.contains(l.procedure()) && l.serviceDate().equals(visit.serviceDate()));
            if (procedureSameDay) {
                edits.add(ClaimEdit.error(CODE, "lines[" + i + "].modifiers", "an office visit billed with a procedure on the same "
                        + "date needs modifier 25 for Prairie Mutual; add it if the visit was separately identifiable, else void the visit's charge",
                        ID));
            }
        }
        return edits;
    }
}
