package org.medcoord.billing.x12;

import java.io.InputStream;

/**
 * Reads 271 eligibility responses (005010X279A1) with StAEDI's streaming reader: one
 * {@link EligibilityResponse} per subscriber loop, summarising its EB segments (active or not, plan,
 * copay, deductible and out-of-pocket remaining) and keeping every EB. Malformed or truncated input
 * throws {@link X12Exception} and returns nothing. Stateless and thread-safe; the caller closes the
 * stream.
 *
 * @since 0.1.0
 */
public final class Eligibility271Reader {

    /** Creates a reader. */
    public Eligibility271Reader() {
        // stateless
    }

    /**
     * @param in a 271 interchange
     * @return the responses and warnings
     * @throws X12Exception when the input is malformed
     */
    public X12Document<EligibilityResponse> read(InputStream in) {
        return SegmentSource.read(in, new EligibilityParser.Responses());
    }
}
