package org.medcoord.billing.internal;

import org.medcoord.billing.Claim;
import org.medcoord.billing.Coverage;
import org.medcoord.billing.Payer;
import org.medcoord.core.data.DataSession;

/** Turns a claim into the X12 837P interchange a payer adapter sends. */
interface ClaimEncoder {

    /**
     * @param session  the submission's session, to read the providers the claim names
     * @param claim    the claim, scrubbed
     * @param coverage its coverage
     * @param payer    its payer
     * @return the interchange bytes
     */
    byte[] encode(DataSession session, Claim claim, Coverage coverage, Payer payer);
}
