package org.medcoord.billing.x12;

import java.time.LocalDate;

/**
 * Loop 2000C/2010CA: the patient when the patient is not the subscriber. PHI: {@link #toString()} is
 * redacted.
 *
 * @param lastName                NM103
 * @param firstName               NM104, or {@code null}
 * @param birthDate               DMG02
 * @param gender                  DMG03: {@code M}, {@code F} or {@code U}
 * @param address                 N3/N4
 * @param relationshipToSubscriber PAT01, for example {@code 01} spouse, {@code 19} child, {@code G8} other
 * @since 0.1.0
 */
public record Patient(
        String lastName,
        String firstName,
        LocalDate birthDate,
        String gender,
        X12Address address,
        String relationshipToSubscriber) {

    /** @return a redacted form: patient data is PHI */
    @Override
    public String toString() {
        return "Patient[redacted, relationship=" + relationshipToSubscriber + "]";
    }
}
