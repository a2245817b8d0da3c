package org.medcoord.billing.x12;

import java.io.InputStream;

/**
 * Reads 835 remittance advice (005010X221A1) with StAEDI's streaming reader.
 *
 * <p>Returns one {@link RemittanceAdvice} per ST/SE transaction set, across every interchange in the
 * input, with the warnings for defects it tolerated (see {@link X12Codes} 2NN). A malformed input
 * (no envelope, wrong SE/GE/IEA counts or control numbers, truncation, a CLP/SVC/CAS/PLB without its
 * required elements, an unparseable amount or date) throws {@link X12Exception} naming the segment and
 * its position, and nothing is returned: a caller posts all of a file or none of it.
 *
 * <p>Stateless and thread-safe; the caller closes the stream.
 *
 * @since 0.1.0
 */
public final class Remittance835Reader {

    /** Creates a reader. */
    public Remittance835Reader() {
        // stateless
    }

    /**
     * @param in an 835 interchange (UTF-8 or ASCII; a byte order mark and indentation are tolerated)
     * @return the remittances and warnings
     * @throws X12Exception when the input is malformed
     */
    public X12Document<RemittanceAdvice> read(InputStream in) {
        return SegmentSource.read(in, new Remittance835Parser());
    }
}
