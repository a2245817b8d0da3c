package org.medcoord.billing.spi;

import java.util.List;
import org.medcoord.billing.Claim;
import org.medcoord.billing.ClaimEdit;
import org.medcoord.billing.Payer;

/**
 * A payer-specific claim edit, run by the scrubber after the built-in edits. Found with
 * {@link java.util.ServiceLoader} or registered on {@code MedCoord.builder().provider(ClaimRule.class, ...)}.
 *
 * <p>Implementations need a public no-arg constructor when discovered and must be thread-safe and free of
 * side effects: {@link #check} is called once per scrub of every claim to a payer the rule
 * {@link #appliesTo applies to}, on the caller's thread, possibly by several threads at once.
 *
 * @since 0.1.0
 */
public interface ClaimRule {

    /** @return the rule's stable id, named in the edits it raises */
    String id();

    /**
     * Called before {@link #check}, once per scrub.
     *
     * @param payer the payer billed
     * @return true when the rule checks claims to this payer; by default every payer
     */
    default boolean appliesTo(Payer payer) {
        return true;
    }

    /**
     * Checks a claim. Edits must have stable codes and messages without PHI.
     *
     * @param claim the claim, codes in canonical form
     * @param payer the payer billed
     * @return the edits found, empty when none
     */
    List<ClaimEdit> check(Claim claim, Payer payer);
}
