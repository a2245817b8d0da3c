package org.medcoord.records;

/**
 * Kinds of information that law or policy protect beyond the rest of the chart: seeing an entry of one of
 * these needs the patient's explicit permission for the user ({@link Consents#grantSensitiveAccess}), or
 * having recorded it, or break-glass.
 *
 * <p>Problems coded in ICD-10-CM are classified automatically (see {@link #ofIcd10Cm}); any entry can be
 * marked explicitly when it is recorded.
 *
 * @since 0.1.0
 */
public enum SensitiveCategory {
    /** Mental and behavioural disorders (ICD-10-CM F01-F09, F20-F99). */
    MENTAL_HEALTH,
    /** Substance use disorders, protected by 42 CFR Part 2 (ICD-10-CM F10-F19). */
    SUBSTANCE_USE,
    /** HIV disease and infection status (ICD-10-CM B20, Z21). */
    HIV,
    /** Pregnancy, contraception and reproductive care (ICD-10-CM O00-O9A, Z30-Z39). */
    REPRODUCTIVE_HEALTH;

    /** @return the category an ICD-10-CM code falls in, if any; {@code code} as written, with or without its dot */
    public static java.util.Optional<SensitiveCategory> ofIcd10Cm(String code) {
        if (code == null || code.length() < 3) {
            return java.util.Optional.empty();
        }
        String c = code.strip().toUpperCase(java.util.Locale.ROOT);
        char letter = c.charAt(0);
        String head = c.substring(1, 3);
        if (letter == 'F' && head.compareTo("10") >= 0 && head.compareTo("19") <= 0) {
            return java.util.Optional.of(SUBSTANCE_USE);
        }
        if (letter == 'F') {
            return java.util.Optional.of(MENTAL_HEALTH);
        }
        if (c.startsWith("B20") || c.startsWith("Z21")) {
            return java.util.Optional.of(HIV);
        }
        if (letter == 'O' || (letter == 'Z' && head.compareTo("30") >= 0 && head.compareTo("39") <= 0)) {
            return java.util.Optional.of(REPRODUCTIVE_HEALTH);
        }
        return java.util.Optional.empty();
    }
}
