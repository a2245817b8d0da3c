package org.medcoord.records;

import java.util.Objects;

/**
 * A phone number or e-mail address.
 *
 * @param system what kind of contact
 * @param value  the number or address as given
 * @param use    home, work or mobile
 * @since 0.1.0
 */
public record ContactPoint(Kind system, String value, Use use) {

    /** What kind of contact. */
    public enum Kind { PHONE, EMAIL }

    /** What the contact is for. */
    public enum Use { HOME, WORK, MOBILE }

    public ContactPoint {
        Objects.requireNonNull(system, "system");
        value = value == null ? "" : value.strip();
        use = use == null ? Use.HOME : use;
    }

    /** @return a phone number */
    public static ContactPoint phone(String number, Use use) {
        return new ContactPoint(Kind.PHONE, number, use);
    }

    /** @return an e-mail address */
    public static ContactPoint email(String address) {
        return new ContactPoint(Kind.EMAIL, address, Use.HOME);
    }

    /** A contact is PHI: never printed. */
    @Override
    public String toString() {
        return "ContactPoint[" + system + ", " + use + "]";
    }
}
