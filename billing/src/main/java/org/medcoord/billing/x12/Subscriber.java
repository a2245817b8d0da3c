package org.medcoord.billing.x12;

import java.time.LocalDate;

/**
 * Loop 2000B/2010BA: the insured person, holder of the coverage billed. PHI: {@link #toString()} is
 * redacted.
 *
 * @param memberId             NM109 (qualifier MI), the member id on the insurance card
 * @param lastName             NM103
 * @param firstName            NM104, or {@code null}
 * @param birthDate            DMG02
 * @param gender               DMG03: {@code M}, {@code F} or {@code U}
 * @param address              N3/N4
 * @param groupNumber          SBR03, or {@code null}
 * @param payerResponsibility  SBR01: {@code P} primary, {@code S} secondary, {@code T} tertiary (other
 *                             X12 codes are read as they are)
 * @param relationshipToPatient SBR02: {@code 18} when the subscriber is the patient, {@code null}
 *                             otherwise (the patient loop then carries the relationship)
 * @since 0.1.0
 */
public record Subscriber(
        String memberId,
        String lastName,
        String firstName,
        LocalDate birthDate,
        String gender,
        X12Address address,
        String groupNumber,
        String payerResponsibility,
        String relationshipToPatient) {

    /** SBR02 value meaning "the subscriber is the patient". */
    public static final String SELF = "18";

    /** @return true when SBR02 says the subscriber is the patient */
    public boolean isPatient() {
        return SELF.equals(relationshipToPatient);
    }

    /** @return a redacted form: subscriber data is PHI */
    @Override
    public String toString() {
        return "Subscriber[redacted, responsibility=" + payerResponsibility + "]";
    }
}
