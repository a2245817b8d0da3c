package org.medcoord.records;

import java.util.List;
import java.util.Objects;

/**
 * A person's name: family name and given names in order (first, then middle names).
 *
 * @param family the family name (surname)
 * @param given  the given names, first name first; may be empty
 * @since 0.1.0
 */
public record PersonName(String family, List<String> given) {
    public PersonName {
        family = family == null ? "" : family.strip();
        given = given == null ? List.of() : given.stream().filter(Objects::nonNull).map(String::strip).filter(g -> !g.isEmpty()).toList();
    }

    /** @return a name with one given name */
    public static PersonName of(String given, String family) {
        return new PersonName(family, given == null ? List.of() : List.of(given));
    }

    /** @return the first given name, or the empty string */
    public String first() {
        return given.isEmpty() ? "" : given.get(0);
    }

    /** A name is PHI: never printed. */
    @Override
    public String toString() {
        return "PersonName[redacted]";
    }
}
