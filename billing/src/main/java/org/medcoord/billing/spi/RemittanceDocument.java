package org.medcoord.billing.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * One raw 835 remittance advice as a payer delivered it.
 *
 * @param id       the payer's or clearinghouse's id for the document, stable across fetches
 * @param content  the X12 835 interchange bytes
 * @param received when the payer made it available
 * @since 0.1.0
 */
public record RemittanceDocument(String id, byte[] content, Instant received) {
    /** Checks the components are present and copies the content. */
    public RemittanceDocument {
        Objects.requireNonNull(id, "id");
        content = content.clone();
        Objects.requireNonNull(received, "received");
    }

    /** @return a copy of the content */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Prints the id only: the content carries PHI. */
    @Override
    public String toString() {
        return "RemittanceDocument[" + id + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RemittanceDocument d && d.id.equals(id) && java.util.Arrays.equals(d.content, content)
                && d.received.equals(received);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, java.util.Arrays.hashCode(content), received);
    }
}
