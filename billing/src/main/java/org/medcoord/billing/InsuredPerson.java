package org.medcoord.billing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person as the payer knows them: the subscriber (policy holder) of a coverage, or the patient when the
 * patient is a dependant. Taken from the insurance card; claims (837P loops 2010BA and 2010CA) carry it. PHI:
 * {@link #toString()} prints nothing.
 *
 * @param firstName the given name
 * @param lastName  the family name
 * @param birthDate the birth date
 * @param sex       the sex as the payer records it
 * @param address   the postal address
 * @since 0.1.0
 */
public record InsuredPerson(String firstName, String lastName, LocalDate birthDate, AdministrativeSex sex, PostalAddress address) {
    /** Checks the components are present. */
    public InsuredPerson {
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(address, "address");
    }

    /** Prints nothing: names, birth dates and addresses are PHI. */
    @Override
    public String toString() {
        return "InsuredPerson[***]";
    }
}
