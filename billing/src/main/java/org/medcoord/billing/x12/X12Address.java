package org.medcoord.billing.x12;

/**
 * An N3/N4 postal address. May be a patient's address, so {@link #toString()} is redacted.
 *
 * @param line1      N301
 * @param line2      N302, or {@code null}
 * @param city       N401
 * @param state      N402, two letters
 * @param postalCode N403, 5 or 9 digits
 * @since 0.1.0
 */
public record X12Address(String line1, String line2, String city, String state, String postalCode) {

    /** @return a redacted form: addresses may be PHI */
    @Override
    public String toString() {
        return "X12Address[redacted]";
    }
}
