package org.medcoord.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.medcoord.core.Violation;

class CodeFormatsTest {

    private static String violationCode(CodeFormat format, String code) {
        List<Violation> violations = format.check("field", code);
        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).field()).isEqualTo("field");
        return violations.get(0).code();
    }

    @Test
    void everyFormatReportsAMissingCodeAsBlank() {
        for (CodeFormat format : List.of(CodeFormats.ICD_10_CM, CodeFormats.CPT, CodeFormats.HCPCS, CodeFormats.MODIFIER,
                CodeFormats.NDC, CodeFormats.NPI, CodeFormats.PLACE_OF_SERVICE)) {
            assertThat(format.check("lines[0].code", null))
                    .containsExactly(new Violation("lines[0].code", "MC-CODE-001", "a " + format.name() + " code is required"));
            assertThat(violationCode(format, "  ")).isEqualTo("MC-CODE-001");
            assertThat(format.isValid(null)).isFalse();
            assertThat(format.normalize(" ")).isEmpty();
        }
    }

    @Test
    void violationMessagesNeverRepeatTheValue() {
        assertThat(CodeFormats.NPI.check("npi", "1234567890").get(0).message()).doesNotContain("1234567890");
        assertThat(CodeFormats.ICD_10_CM.check("dx", "Z99999999").get(0).message()).doesNotContain("Z99999999");
    }

    @Nested
    class Icd10Cm {
        @ParameterizedTest
        @CsvSource({"E11.9,E11.9", "e119,E11.9", "E119,E11.9", "I10,I10", "U07.1,U07.1", "S72.001A,S72.001A",
                "S72001A,S72.001A", "T36.0X1A,T36.0X1A", " z79.4 ,Z79.4", "O09.891,O09.891", "C4A.9,C4A.9"})
        void acceptsRealCodesWithOrWithoutTheDotAndNormalisesThem(String entered, String canonical) {
            assertThat(CodeFormats.ICD_10_CM.check("dx", entered)).isEmpty();
            assertThat(CodeFormats.normalizeIcd10Cm(entered)).contains(canonical);
        }

        @ParameterizedTest
        @ValueSource(strings = {"E1", "1E1.9", "EE1.9", "E11.", "E11.12345", "E11..9", "E11-9", "E11.9 A", "E1.19"})
        void refusesMalformedCodes(String entered) {
            assertThat(violationCode(CodeFormats.ICD_10_CM, entered)).isEqualTo("MC-CODE-002");
            assertThat(CodeFormats.ICD_10_CM.isValid(entered)).isFalse();
            assertThat(CodeFormats.normalizeIcd10Cm(entered)).isEmpty();
        }
    }

    @Nested
    class Cpt {
        @ParameterizedTest
        @ValueSource(strings = {"99213", "00100", "0001F", "3008F", "0042T", "0596t"})
        void acceptsFiveDigitsAndCategoryTwoAndThree(String code) {
            assertThat(CodeFormats.CPT.isValid(code)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"9921", "992134", "0001X", "F0001", "J1100", "9921A"})
        void refusesEverythingElse(String code) {
            assertThat(violationCode(CodeFormats.CPT, code)).isEqualTo("MC-CODE-003");
        }

        @Test
        void normalisesCategoryLettersToUpperCase() {
            assertThat(CodeFormats.CPT.normalize("0596t")).contains("0596T");
        }
    }

    @Nested
    class Hcpcs {
        @ParameterizedTest
        @ValueSource(strings = {"J1100", "G0439", "A0427", "E0601", "L3000", "V2020", "q4101"})
        void acceptsALetterFromAToVAndFourDigits(String code) {
            assertThat(CodeFormats.HCPCS.isValid(code)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"W1234", "Z1234", "J110", "J11000", "99213", "JJ100"})
        void refusesEverythingElse(String code) {
            assertThat(violationCode(CodeFormats.HCPCS, code)).isEqualTo("MC-CODE-004");
        }
    }

    @Nested
    class Modifier {
        @ParameterizedTest
        @ValueSource(strings = {"25", "59", "LT", "RT", "GT", "XS", "q6", "95"})
        void acceptsTwoLettersOrDigits(String code) {
            assertThat(CodeFormats.MODIFIER.isValid(code)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"2", "259", "L-", "L T"})
        void refusesEverythingElse(String code) {
            assertThat(violationCode(CodeFormats.MODIFIER, code)).isEqualTo("MC-CODE-005");
        }

        @Test
        void belongsToNoCodeSystemOfItsOwn() {
            assertThat(CodeFormats.MODIFIER.system()).isEmpty();
        }
    }

    @Nested
    class Ndc {
        @ParameterizedTest
        @CsvSource({
                "0071-0155-23,00071015523",   // 4-4-2: the labeler gets the leading zero
                "50242-040-62,50242004062",   // 5-3-2: the product gets it
                "60574-4114-1,60574411401",   // 5-4-1: the package gets it
                "00002-7510-01,00002751001",  // 11 digits, hyphenated 5-4-2
                "00002751001,00002751001"})   // 11 digits, plain
        void normalisesEveryLayoutToElevenDigits(String entered, String elevenDigits) {
            assertThat(CodeFormats.NDC.check("ndc", entered)).isEmpty();
            assertThat(CodeFormats.normalizeNdc(entered)).contains(elevenDigits);
        }

        @Test
        void tenDigitsWithoutHyphensAreAmbiguous() {
            List<Violation> violations = CodeFormats.NDC.check("lines[3].ndc", "0071015523");
            assertThat(violations).containsExactly(new Violation("lines[3].ndc", "MC-CODE-007",
                    "a 10-digit NDC without hyphens is ambiguous (4-4-2, 5-3-2 or 5-4-1); write it with its hyphens"
                            + " as printed on the package, or as 11 digits (5-4-2)"));
            assertThat(CodeFormats.normalizeNdc("0071015523")).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"0071-155-23", "00071-0155-234", "123-4567-89", "0071-0155", "000710155231",
                "0071 0155 23", "00071-0155-2A", "0071--0155-23"})
        void refusesOtherLayouts(String entered) {
            assertThat(violationCode(CodeFormats.NDC, entered)).isEqualTo("MC-CODE-006");
        }
    }

    @Nested
    class Npi {
        @ParameterizedTest
        @ValueSource(strings = {"1234567893", "1245319599", "1003000126", "1679576722", "1982731113"})
        void acceptsNumbersWithTheRightCheckDigit(String npi) {
            assertThat(CodeFormats.NPI.check("npi", npi)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"1234567890", "1234567894", "1245319590", "2234567893", "1243567893"})
        void refusesAWrongCheckDigitOrASwappedDigit(String npi) {
            assertThat(violationCode(CodeFormats.NPI, npi)).isEqualTo("MC-CODE-009");
        }

        @ParameterizedTest
        @ValueSource(strings = {"123456789", "12345678930", "123456789A", "1234-56789"})
        void refusesAnythingButTenDigits(String npi) {
            assertThat(violationCode(CodeFormats.NPI, npi)).isEqualTo("MC-CODE-008");
        }

        @Test
        void checkDigitIsTheLuhnDigitOverThe80840Prefix() {
            // The worked example of the CMS NPI check digit document: 123456789 -> 3.
            assertThat(CodeFormats.npiCheckDigit("123456789")).isEqualTo(3);
            // Exactly one of the ten possible last digits is valid for every nine-digit stem.
            assertThat(IntStream.range(0, 10).filter(d -> CodeFormats.NPI.isValid("124531959" + d))).containsExactly(9);
        }
    }

    @Nested
    class PlaceOfService {
        private final List<String> assigned = List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11",
                "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "31", "32",
                "33", "34", "41", "42", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "65",
                "66", "71", "72", "81", "99");

        @Test
        void acceptsExactlyTheCodesCmsAssigned() {
            List<String> accepted = IntStream.range(0, 100).mapToObj(i -> String.format("%02d", i))
                    .filter(CodeFormats.PLACE_OF_SERVICE::isValid).collect(Collectors.toList());
            assertThat(accepted).isEqualTo(assigned);
        }

        @ParameterizedTest
        @ValueSource(strings = {"00", "28", "30", "35", "40", "43", "48", "59", "63", "64", "67", "70", "73", "80", "82", "98"})
        void refusesUnassignedCodes(String code) {
            assertThat(violationCode(CodeFormats.PLACE_OF_SERVICE, code)).isEqualTo("MC-CODE-011");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1", "011", "1A", "O1"})
        void refusesAnythingButTwoDigits(String code) {
            assertThat(violationCode(CodeFormats.PLACE_OF_SERVICE, code)).isEqualTo("MC-CODE-010");
        }

        @Test
        void namesAssignedCodes() {
            assertThat(CodeFormats.placeOfServiceName("11")).contains("Office");
            assertThat(CodeFormats.placeOfServiceName("02")).contains("Telehealth Provided Other than in Patient's Home");
            assertThat(CodeFormats.placeOfServiceName("59")).isEmpty();
        }
    }

    @Test
    void findsTheFormatOfEachCodeSystemItChecks() {
        assertThat(CodeFormats.forSystem(CodeSystems.ICD_10_CM)).contains(CodeFormats.ICD_10_CM);
        assertThat(CodeFormats.forSystem(CodeSystems.CPT)).contains(CodeFormats.CPT);
        assertThat(CodeFormats.forSystem(CodeSystems.HCPCS)).contains(CodeFormats.HCPCS);
        assertThat(CodeFormats.forSystem(CodeSystems.NDC)).contains(CodeFormats.NDC);
        assertThat(CodeFormats.forSystem(CodeSystems.NPI)).contains(CodeFormats.NPI);
        assertThat(CodeFormats.forSystem(CodeSystems.PLACE_OF_SERVICE)).contains(CodeFormats.PLACE_OF_SERVICE);
        assertThat(CodeFormats.forSystem(CodeSystems.LOINC)).isEmpty();
        assertThat(CodeFormats.forSystem(null)).isEmpty();
    }
}
