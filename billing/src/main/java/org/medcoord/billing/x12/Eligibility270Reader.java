package org.medcoord.billing.x12;

import java.io.InputStream;

/**
 * Reads 270 eligibility inquiries (005010X279A1) with StAEDI's streaming reader: one
 * {@link EligibilityInquiry} per subscriber loop. Malformed input throws {@link X12Exception} and
 * returns nothing. Stateless and thread-safe; the caller closes the stream.
 *
 * @since 0.1.0
 */
public final class Eligibility270Reader {

    /** Creates a reader. */
    public Eligibility270Reader() {
        // stateless
    }

    /**
     * @param in a 270 interchange
     * @return the inquiries and warnings
     * @throws X12Exception when the input is malformed
     */
    public X12Document<EligibilityInquiry> read(InputStream in) {
        return SegmentSource.read(in, new EligibilityParser.Inquiries());
    }
}
