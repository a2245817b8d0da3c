package org.medcoord.billing.x12;

import java.io.InputStream;

/**
 * Reads 837P professional claim interchanges (005010X222A1/A2) with StAEDI's streaming reader: the
 * read view of what {@link Claim837PWriter} writes, used to check outgoing files and to read claims a
 * payer plugin receives.
 *
 * <p>Returns one {@link ProfessionalClaimBatch} per ST/SE transaction set, with its envelope, submitter,
 * receiver and claims; warnings name tolerated defects (a claim without HI, a line without SV107, a
 * version mismatch). A malformed input throws {@link X12Exception} naming segment and position, and
 * nothing is returned. Stateless and thread-safe; the caller closes the stream.
 *
 * @since 0.1.0
 */
public final class Claim837PReader {

    /** Creates a reader. */
    public Claim837PReader() {
        // stateless
    }

    /**
     * @param in an 837P interchange
     * @return the claim batches and warnings
     * @throws X12Exception when the input is malformed
     */
    public X12Document<ProfessionalClaimBatch> read(InputStream in) {
        return SegmentSource.read(in, new Claim837PParser());
    }
}
