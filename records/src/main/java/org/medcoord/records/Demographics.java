package org.medcoord.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who the patient is. Immutable; start with {@link #of} and add details with the {@code withX} copies.
 *
 * @param name              the legal name
 * @param birthDate         the date of birth
 * @param sex               administrative sex
 * @param genderIdentity    gender identity as the patient states it, or {@code null}
 * @param contacts          phone numbers and e-mail addresses
 * @param address           the home address, or {@code null}
 * @param preferredLanguage a BCP 47 language tag such as {@code "es"} or {@code "zh-Hant"}, or {@code null}
 * @param emergencyContacts whom to call in an emergency
 * @param guardian          the legal guardian (of a minor or a dependent adult), or {@code null}
 * @since 0.1.0
 */
public record Demographics(PersonName name, LocalDate birthDate, AdministrativeSex sex, String genderIdentity,
                           List<ContactPoint> contacts, Address address, String preferredLanguage,
                           List<RelatedPerson> emergencyContacts, RelatedPerson guardian) {

    public Demographics {
        sex = sex == null ? AdministrativeSex.UNKNOWN : sex;
        genderIdentity = genderIdentity == null || genderIdentity.isBlank() ? null : genderIdentity.strip();
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        preferredLanguage = preferredLanguage == null || preferredLanguage.isBlank() ? null : preferredLanguage.strip();
        emergencyContacts = emergencyContacts == null ? List.of() : List.copyOf(emergencyContacts);
    }

    /** @return demographics with a name, a birth date and a sex, and nothing else yet */
    public static Demographics of(PersonName name, LocalDate birthDate, AdministrativeSex sex) {
        return new Demographics(name, birthDate, sex, null, List.of(), null, null, List.of(), null);
    }

    public Demographics withName(PersonName value) {
        return new Demographics(value, birthDate, sex, genderIdentity, contacts, address, preferredLanguage, emergencyContacts, guardian);
    }

    public Demographics withBirthDate(LocalDate value) {
        return new Demographics(name, value, sex, genderIdentity, contacts, address, preferredLanguage, emergencyContacts, guardian);
    }

    public Demographics withGenderIdentity(String value) {
        return new Demographics(name, birthDate, sex, value, contacts, address, preferredLanguage, emergencyContacts, guardian);
    }

    public Demographics withContacts(List<ContactPoint> value) {
        return new Demographics(name, birthDate, sex, genderIdentity, value, address, preferredLanguage, emergencyContacts, guardian);
    }

    public Demographics withAddress(Address value) {
        return new Demographics(name, birthDate, sex, genderIdentity, contacts, value, preferredLanguage, emergencyContacts, guardian);
    }

    public Demographics withPreferredLanguage(String value) {
        return new Demographics(name, birthDate, sex, genderIdentity, contacts, address, value, emergencyContacts, guardian);
    }

    public Demographics withEmergencyContacts(List<RelatedPerson> value) {
        return new Demographics(name, birthDate, sex, genderIdentity, contacts, address, preferredLanguage, value, guardian);
    }

    public Demographics withGuardian(RelatedPerson value) {
        return new Demographics(name, birthDate, sex, genderIdentity, contacts, address, preferredLanguage, emergencyContacts, value);
    }

    /** @return the phone numbers among the contacts, as given */
    public List<String> phones() {
        return contacts.stream().filter(c -> c.system() == ContactPoint.Kind.PHONE).map(ContactPoint::value).toList();
    }

    /** @return the guardian, when one is recorded */
    public Optional<RelatedPerson> guardianIfAny() {
        return Optional.ofNullable(guardian);
    }

    /** Demographics are PHI: never printed. */
    @Override
    public String toString() {
        return "Demographics[redacted]";
    }
}
