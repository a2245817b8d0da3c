package org.medcoord.records.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.medcoord.core.Violations;
import org.medcoord.records.Address;
import org.medcoord.records.ContactPoint;
import org.medcoord.records.Demographics;
import org.medcoord.records.ExternalIdentifier;
import org.medcoord.records.PersonName;
import org.medcoord.records.RelatedPerson;

/** Checks demographics and identifiers, collecting every problem; messages never repeat the values. */
final class DemographicsRules {

    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 200;
    static final int MAX_MRN = 32;

    private DemographicsRules() {
    }

    static void check(Violations v, String path, Demographics d, LocalDate today) {
        if (d == null) {
            v.add(path, "MC-REC-001", "demographics are required");
            return;
        }
        name(v, path + ".name", d.name(), true);
        if (d.birthDate() == null) {
            v.add(path + ".birthDate", "MC-REC-001", "the date of birth is required");
        } else if (d.birthDate().isAfter(today)) {
            v.add(path + ".birthDate", "MC-REC-002", "the date of birth is in the future; check the year");
        } else if (d.birthDate().isBefore(today.minusYears(150))) {
            v.add(path + ".birthDate", "MC-REC-002", "the date of birth is more than 150 years ago; check the year");
        }
        length(v, path + ".genderIdentity", d.genderIdentity(), MAX_NAME);
        for (int i = 0; i < d.contacts().size(); i++) {
            contact(v, path + ".contacts[" + i + "]", d.contacts().get(i));
        }
        address(v, path + ".address", d.address());
        if (d.preferredLanguage() != null) {
            language(v, path + ".preferredLanguage", d.preferredLanguage());
        }
        for (int i = 0; i < d.emergencyContacts().size(); i++) {
            related(v, path + ".emergencyContacts[" + i + "]", d.emergencyContacts().get(i));
        }
        if (d.guardian() != null) {
            related(v, path + ".guardian", d.guardian());
        }
    }

    static void identifiers(Violations v, String path, List<ExternalIdentifier> identifiers) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < identifiers.size(); i++) {
            identifier(v, path + "[" + i + "]", identifiers.get(i));
            ExternalIdentifier id = identifiers.get(i);
            if (!id.system().isEmpty() && !id.value().isEmpty() && !seen.add(MatchKeys.identifier(id.system(), id.value()))) {
                v.add(path + "[" + i + "]", "MC-REC-007", "this identifier is listed twice; list it once");
            }
        }
    }

    static void identifier(Violations v, String path, ExternalIdentifier id) {
        if (id == null) {
            v.add(path, "MC-REC-007", "an identifier is required");
            return;
        }
        v.addIf(id.system().isEmpty(), path + ".system", "MC-REC-007", "the identifier's issuing system is required");
        v.addIf(id.value().isEmpty(), path + ".value", "MC-REC-007", "the identifier's value is required");
        length(v, path + ".system", id.system(), MAX_TEXT);
        length(v, path + ".value", id.value(), MAX_NAME);
    }

    static void facility(Violations v, String path, String facility) {
        v.addIf(!Mrns.FACILITY.matcher(facility).matches(), path, "MC-REC-003",
                "a facility code is 1 to 10 letters or digits, for example NORTH");
    }

    static void importedMrn(Violations v, String path, String facility, String mrn) {
        if (mrn.isEmpty() || mrn.length() > MAX_MRN) {
            v.add(path, "MC-REC-008", "an imported MRN is 1 to " + MAX_MRN + " characters");
        } else if (Mrns.FACILITY.matcher(facility).matches() && Mrns.looksGenerated(facility, mrn)) {
            v.add(path, "MC-REC-008", "an imported MRN must not have the form this facility generates"
                    + " (facility code, a hyphen and 8 digits); prefix it with the legacy system's code");
        }
    }

    private static void name(Violations v, String path, PersonName name, boolean familyRequired) {
        if (name == null) {
            v.add(path, "MC-REC-001", "a name is required");
            return;
        }
        if (familyRequired && name.family().isEmpty()) {
            v.add(path + ".family", "MC-REC-001", "the family name is required");
        }
        if (!familyRequired && name.family().isEmpty() && name.given().isEmpty()) {
            v.add(path, "MC-REC-001", "a name is required");
        }
        length(v, path + ".family", name.family(), MAX_NAME);
        for (int i = 0; i < name.given().size(); i++) {
            length(v, path + ".given[" + i + "]", name.given().get(i), MAX_NAME);
        }
    }

    private static void contact(Violations v, String path, ContactPoint c) {
        if (c.value().isEmpty()) {
            v.add(path + ".value", "MC-REC-001", "a contact needs a value");
        } else if (c.system() == ContactPoint.Kind.PHONE) {
            phone(v, path + ".value", c.value());
        } else {
            int at = c.value().indexOf('@');
            boolean ok = at > 0 && at == c.value().lastIndexOf('@') && at < c.value().length() - 1 && !c.value().contains(" ");
            v.addIf(!ok, path + ".value", "MC-REC-005", "an e-mail address has one @ with text on both sides and no spaces");
            length(v, path + ".value", c.value(), MAX_TEXT);
        }
    }

    static void phone(Violations v, String path, String phone) {
        String digits = phone.replaceAll("\\D", "");
        v.addIf(digits.length() < 7 || digits.length() > 15, path, "MC-REC-004", "a phone number has 7 to 15 digits");
        v.addIf(phone.length() > 40, path, "MC-REC-010", "a phone number is at most 40 characters");
    }

    private static void address(Violations v, String path, Address a) {
        if (a == null) {
            return;
        }
        v.addIf(a.lines().size() > 5, path + ".lines", "MC-REC-010", "an address has at most 5 lines");
        for (int i = 0; i < a.lines().size(); i++) {
            length(v, path + ".lines[" + i + "]", a.lines().get(i), MAX_TEXT);
        }
        length(v, path + ".city", a.city(), MAX_NAME);
        length(v, path + ".state", a.state(), MAX_NAME);
        length(v, path + ".postalCode", a.postalCode(), 20);
        length(v, path + ".country", a.country(), MAX_NAME);
    }

    private static void language(Violations v, String path, String tag) {
        boolean ok;
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            ok = !locale.getLanguage().isEmpty();
        } catch (IllformedLocaleException e) {
            ok = false;
        }
        v.addIf(!ok, path, "MC-REC-006", "a preferred language is a BCP 47 tag such as en, es or zh-Hant");
    }

    private static void related(Violations v, String path, RelatedPerson p) {
        name(v, path + ".name", p.name(), false);
        length(v, path + ".relationship", p.relationship(), MAX_NAME);
        if (p.phone().isEmpty()) {
            v.add(path + ".phone", "MC-REC-001", "a related person needs a phone number to be reached");
        } else {
            phone(v, path + ".phone", p.phone());
        }
    }

    static void length(Violations v, String path, String value, int max) {
        v.addIf(value != null && value.length() > max, path, "MC-REC-010", "at most " + max + " characters");
    }
}
