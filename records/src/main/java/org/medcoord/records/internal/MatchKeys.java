package org.medcoord.records.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The forms identifying values are compared in, applied identically when a patient is indexed and when
 * a search runs (core then lower-cases, collapses white space and tokenises them). Names lose accents and
 * punctuation, so {@code "José O'Brien-Díaz"} matches {@code "jose obrien diaz"}; phones keep digits only.
 */
final class MatchKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019`]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NON_DIGITS = Pattern.compile("\\D+");

    private MatchKeys() {
    }

    static String name(String value) {
        String folded = MARKS.matcher(Normalizer.normalize(value == null ? "" : value, Normalizer.Form.NFKD)).replaceAll("");
        folded = APOSTROPHES.matcher(folded).replaceAll("");
        return SEPARATORS.matcher(folded).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** Digits only; a leading 1 of an 11-digit number (the US country code) is dropped. */
    static String phone(String value) {
        String digits = NON_DIGITS.matcher(value == null ? "" : value).replaceAll("");
        return digits.length() == 11 && digits.charAt(0) == '1' ? digits.substring(1) : digits;
    }

    static String nameBirth(String family, String given, LocalDate birthDate) {
        return name(family) + "|" + name(given) + "|" + birthDate;
    }

    static String familyBirth(String family, LocalDate birthDate) {
        return name(family) + "|" + birthDate;
    }

    static String givenBirth(String given, LocalDate birthDate) {
        return name(given) + "|" + birthDate;
    }

    static String fullName(String family, String given) {
        return name(family) + "|" + name(given);
    }

    static String identifier(String system, String value) {
        return system.strip().toLowerCase(Locale.ROOT) + "|" + value.strip();
    }

    static String facilityMrn(String facility, String mrn) {
        return facility.toUpperCase(Locale.ROOT) + "|" + mrn.strip();
    }
}
