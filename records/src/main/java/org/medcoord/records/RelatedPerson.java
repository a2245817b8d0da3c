package org.medcoord.records;

import java.util.Objects;

/**
 * An emergency contact or a guardian.
 *
 * @param name         their name
 * @param relationship how they relate to the patient, for example {@code "mother"}
 * @param phone        a phone number to reach them
 * @since 0.1.0
 */
public record RelatedPerson(PersonName name, String relationship, String phone) {
    public RelatedPerson {
        Objects.requireNonNull(name, "name");
        relationship = relationship == null ? "" : relationship.strip();
        phone = phone == null ? "" : phone.strip();
    }

    /** Names and numbers are PHI: never printed. */
    @Override
    public String toString() {
        return "RelatedPerson[redacted]";
    }
}
