package org.medcoord.billing;

import java.util.Objects;
import java.util.Optional;

/**
 * A US postal address as claims carry it (X12 N3/N4). May be PHI: {@link #toString()} prints nothing.
 *
 * @param line1      the street address
 * @param line2      a second line, if any
 * @param city       the city
 * @param state      the two-letter state code
 * @param postalCode the ZIP code, 5 or 9 digits
 * @since 0.1.0
 */
public record PostalAddress(String line1, Optional<String> line2, String city, String state, String postalCode) {
    /** Checks the components are present. */
    public PostalAddress {
        Objects.requireNonNull(line1, "line1");
        Objects.requireNonNull(line2, "line2");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(postalCode, "postalCode");
    }

    /**
     * @param line1      the street address
     * @param city       the city
     * @param state      the state code
     * @param postalCode the ZIP code
     * @return a one-line address
     */
    public static PostalAddress of(String line1, String city, String state, String postalCode) {
        return new PostalAddress(line1, Optional.empty(), city, state, postalCode);
    }

    /** @return true when every part is present and well formed */
    public boolean wellFormed() {
        return !line1.isBlank() && !city.isBlank() && state.matches("[A-Z]{2}") && postalCode.matches("[0-9]{5}([0-9]{4})?");
    }

    /** Prints nothing: an address may be PHI. */
    @Override
    public String toString() {
        return "PostalAddress[***]";
    }
}
