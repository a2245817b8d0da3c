package org.medcoord.core.code;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The code formats MedCoord checks itself, without any licensed table. Each check returns violations (see
 * the codes in the {@linkplain org.medcoord.core.code package documentation}) and never throws on bad
 * input.
 *
 * @since 0.1.0
 */
public final class CodeFormats {

    private static final Pattern ICD_10_CM_FORM = Pattern.compile("([A-Z][0-9][A-Z0-9])(?:\\.?([A-Z0-9]{1,4}))?");
    private static final Pattern CPT_FORM = Pattern.compile("[0-9]{4}[0-9FT]");
    private static final Pattern HCPCS_FORM = Pattern.compile("[A-V][0-9]{4}");
    private static final Pattern MODIFIER_FORM = Pattern.compile("[A-Z0-9]{2}");
    private static final Pattern NDC_HYPHENATED = Pattern.compile("([0-9]+)-([0-9]+)-([0-9]+)");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /**
     * ICD-10-CM diagnoses: a letter, a digit, a letter or digit, then optionally up to four letters or digits,
     * with or without the dot after the third character ({@code E11.9}, {@code E119}, {@code S72.001A},
     * {@code U07.1}). Normalised to upper case with the dot.
     */
    public static final CodeFormat ICD_10_CM = new CodeFormat("ICD-10-CM", CodeSystems.ICD_10_CM, CodeFormats::readIcd10Cm);

    /** CPT: five digits ({@code 99213}), or four digits and {@code F} or {@code T} (Category II and III: {@code 0001F}, {@code 0042T}). */
    public static final CodeFormat CPT = new CodeFormat("CPT", CodeSystems.CPT,
            code -> matches(CPT_FORM, code, "MC-CODE-003",
                    "a CPT code is five digits, or four digits followed by F or T"));

    /** HCPCS Level II: a letter from A to V and four digits ({@code J1100}, {@code G0439}). */
    public static final CodeFormat HCPCS = new CodeFormat("HCPCS", CodeSystems.HCPCS,
            code -> matches(HCPCS_FORM, code, "MC-CODE-004",
                    "a HCPCS Level II code is a letter from A to V followed by four digits"));

    /** Procedure modifiers of CPT and HCPCS: two letters or digits ({@code 25}, {@code LT}, {@code GT}). */
    public static final CodeFormat MODIFIER = new CodeFormat("modifier", null,
            code -> matches(MODIFIER_FORM, code, "MC-CODE-005", "a modifier is two letters or digits"));

    /**
     * National Drug Codes: the 10-digit forms written with hyphens as labeler-product-package in 4-4-2,
     * 5-3-2 or 5-4-1 digits, and the 11-digit 5-4-2 form with or without hyphens. Normalised to the 11
     * digits billing uses (HIPAA 5-4-2, no hyphens) by a leading zero on the short segment. Ten digits
     * without hyphens are refused: they fit three layouts, which give three different drugs.
     */
    public static final CodeFormat NDC = new CodeFormat("NDC", CodeSystems.NDC, CodeFormats::readNdc);

    /**
     * National Provider Identifiers: ten digits whose last is the Luhn check digit computed over the other
     * nine prefixed with {@code 80840} (ISO 7812 card issuer prefix for US health).
     */
    public static final CodeFormat NPI = new CodeFormat("NPI", CodeSystems.NPI, CodeFormats::readNpi);

    /** CMS place of service: two digits that CMS has assigned (see {@link #placeOfServiceName(String)}). */
    public static final CodeFormat PLACE_OF_SERVICE = new CodeFormat("place of service", CodeSystems.PLACE_OF_SERVICE,
            CodeFormats::readPlaceOfService);

    private static final Map<String, CodeFormat> BY_SYSTEM = Stream.of(ICD_10_CM, CPT, HCPCS, NDC, NPI, PLACE_OF_SERVICE)
            .collect(Collectors.toUnmodifiableMap(format -> format.system().orElseThrow(), format -> format));

    private CodeFormats() {
    }

    /** @return the format MedCoord checks for the code system {@code systemUri}, if it knows one */
    public static Optional<CodeFormat> forSystem(String systemUri) {
        return systemUri == null ? Optional.empty() : Optional.ofNullable(BY_SYSTEM.get(systemUri.strip()));
    }

    /** @return the 11-digit form of an NDC ({@code 0071-0155-23} gives {@code 00071015523}), or empty when malformed */
    public static Optional<String> normalizeNdc(String ndc) {
        return NDC.normalize(ndc);
    }

    /** @return an ICD-10-CM code in upper case with its dot ({@code e119} gives {@code E11.9}), or empty when malformed */
    public static Optional<String> normalizeIcd10Cm(String code) {
        return ICD_10_CM.normalize(code);
    }

    /** @return the CMS name of an assigned place of service code, for example {@code "Office"} for {@code 11} */
    public static Optional<String> placeOfServiceName(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(PlaceOfServiceCodes.ASSIGNED.get(code.strip()));
    }

    private static CodeFormat.Reading matches(Pattern pattern, String code, String violation, String message) {
        return pattern.matcher(code).matches() ? CodeFormat.Reading.valid(code) : CodeFormat.Reading.invalid(violation, message);
    }

    private static CodeFormat.Reading readIcd10Cm(String code) {
        Matcher m = ICD_10_CM_FORM.matcher(code);
        if (!m.matches()) {
            return CodeFormat.Reading.invalid("MC-CODE-002", "an ICD-10-CM code is a letter, a digit and a letter or digit,"
                    + " optionally followed by a dot and up to four letters or digits, for example E11.9");
        }
        return CodeFormat.Reading.valid(m.group(2) == null ? m.group(1) : m.group(1) + "." + m.group(2));
    }

    private static CodeFormat.Reading readNdc(String code) {
        if (DIGITS.matcher(code).matches()) {
            if (code.length() == 11) {
                return CodeFormat.Reading.valid(code);
            }
            if (code.length() == 10) {
                return CodeFormat.Reading.invalid("MC-CODE-007", "a 10-digit NDC without hyphens is ambiguous (4-4-2, 5-3-2"
                        + " or 5-4-1); write it with its hyphens as printed on the package, or as 11 digits (5-4-2)");
            }
        }
        Matcher m = NDC_HYPHENATED.matcher(code);
        if (m.matches()) {
            String labeler = m.group(1);
            String product = m.group(2);
            String pack = m.group(3);
            String layout = labeler.length() + "-" + product.length() + "-" + pack.length();
            switch (layout) {
                case "5-4-2":
                    return CodeFormat.Reading.valid(labeler + product + pack);
                case "4-4-2":
                    return CodeFormat.Reading.valid("0" + labeler + product + pack);
                case "5-3-2":
                    return CodeFormat.Reading.valid(labeler + "0" + product + pack);
                case "5-4-1":
                    return CodeFormat.Reading.valid(labeler + product + "0" + pack);
                default:
                    break;
            }
        }
        return CodeFormat.Reading.invalid("MC-CODE-006", "an NDC is 10 digits with hyphens as 4-4-2, 5-3-2 or 5-4-1,"
                + " or 11 digits as 5-4-2 with or without hyphens");
    }

    private static CodeFormat.Reading readNpi(String code) {
        if (code.length() != 10 || !DIGITS.matcher(code).matches()) {
            return CodeFormat.Reading.invalid("MC-CODE-008", "an NPI is exactly 10 digits");
        }
        if (npiCheckDigit(code.substring(0, 9)) != code.charAt(9) - '0') {
            return CodeFormat.Reading.invalid("MC-CODE-009", "the NPI's check digit is wrong; check the number for a typo");
        }
        return CodeFormat.Reading.valid(code);
    }

    /** The Luhn check digit of {@code 80840} followed by the first nine digits of an NPI. */
    static int npiCheckDigit(String firstNineDigits) {
        String digits = "80840" + firstNineDigits;
        int sum = 0;
        // Walking from the right, the digit next to the (missing) check digit is doubled, then every other one.
        for (int i = digits.length() - 1, position = 0; i >= 0; i--, position++) {
            int digit = digits.charAt(i) - '0';
            if (position % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    private static CodeFormat.Reading readPlaceOfService(String code) {
        if (code.length() != 2 || !DIGITS.matcher(code).matches()) {
            return CodeFormat.Reading.invalid("MC-CODE-010", "a place of service is two digits, for example 11 (office)");
        }
        if (!PlaceOfServiceCodes.ASSIGNED.containsKey(code)) {
            return CodeFormat.Reading.invalid("MC-CODE-011", "this place of service code is not assigned by CMS;"
                    + " use one from the CMS Place of Service Code Set");
        }
        return CodeFormat.Reading.valid(code);
    }
}
