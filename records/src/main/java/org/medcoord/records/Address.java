package org.medcoord.records;

import java.util.List;
import java.util.Objects;

/**
 * A postal address.
 *
 * @param lines      street lines
 * @param city       city
 * @param state      state or province
 * @param postalCode postal code
 * @param country    ISO 3166 country code or name
 * @since 0.1.0
 */
public record Address(List<String> lines, String city, String state, String postalCode, String country) {
    public Address {
        lines = lines == null ? List.of() : lines.stream().filter(Objects::nonNull).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** An address is PHI: never printed. */
    @Override
    public String toString() {
        return "Address[redacted]";
    }
}
