package org.medcoord.core.internal.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medcoord.core.ConfigurationException;
import org.medcoord.core.Violation;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.code.Coding;
import org.medcoord.core.spi.CodeSystem;

class RegistryCodeValidatorTest {

    /** A tiny licensed CPT table, as a vendor would plug in. */
    public static final class SmallCptTable implements CodeSystem {
        private final Map<String, String> codes = Map.of("99213", "Office visit, established patient, low complexity",
                "0001F", "Heart failure assessed");

        @Override
        public String uri() {
            return CodeSystems.CPT;
        }

        @Override
        public boolean contains(String code) {
            return codes.containsKey(code);
        }

        @Override
        public Optional<String> display(String code) {
            return Optional.ofNullable(codes.get(code));
        }
    }

    /** A second vendor's CPT table. */
    public static final class OtherCptTable implements CodeSystem {
        @Override
        public String uri() {
            return CodeSystems.CPT;
        }

        @Override
        public boolean contains(String code) {
            return false;
        }

        @Override
        public Optional<String> display(String code) {
            return Optional.empty();
        }
    }

    /** An ICD-10-CM table that stores codes in their canonical, dotted form. */
    public static final class DottedIcdTable implements CodeSystem {
        @Override
        public String uri() {
            return CodeSystems.ICD_10_CM;
        }

        @Override
        public boolean contains(String code) {
            return code.equals("E11.9") || code.equals("I10");
        }

        @Override
        public Optional<String> display(String code) {
            return Optional.empty();
        }
    }

    private final RegistryCodeValidator validator = new RegistryCodeValidator(List.of(new SmallCptTable(), new DottedIcdTable()));

    @Test
    void aWellFormedCodeInTheVendorsTableIsAccepted() {
        assertThat(validator.validate("lines[0].procedure", Coding.of(CodeSystems.CPT, "99213"))).isEmpty();
    }

    @Test
    void aWellFormedCodeMissingFromTheVendorsTableIsReported() {
        assertThat(validator.validate("lines[0].procedure", Coding.of(CodeSystems.CPT, "99215")))
                .containsExactly(new Violation("lines[0].procedure.code", "MC-CODE-012",
                        "the code is not an active code of http://www.ama-assn.org/go/cpt; check it against the current code set"));
    }

    @Test
    void theTableIsAskedAboutTheCanonicalForm() {
        assertThat(validator.validate("diagnoses[0]", Coding.of(CodeSystems.ICD_10_CM, "e119"))).isEmpty();
        assertThat(validator.validate("diagnoses[0]", Coding.of(CodeSystems.ICD_10_CM, "E10.9")))
                .extracting(Violation::code).containsExactly("MC-CODE-012");
    }

    @Test
    void aMalformedCodeIsReportedByFormatAndNotLookedUp() {
        assertThat(validator.validate("lines[0].procedure", Coding.of(CodeSystems.CPT, "9921")))
                .containsExactly(new Violation("lines[0].procedure.code", "MC-CODE-003",
                        "a CPT code is five digits, or four digits followed by F or T"));
    }

    @Test
    void formatsAreCheckedEvenWithoutATable() {
        assertThat(validator.validate("renderingProvider", Coding.of(CodeSystems.NPI, "1234567893"))).isEmpty();
        assertThat(validator.validate("renderingProvider", Coding.of(CodeSystems.NPI, "1234567890")))
                .extracting(Violation::field, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("renderingProvider.code", "MC-CODE-009"));
        assertThat(validator.validate("pos", Coding.of(CodeSystems.PLACE_OF_SERVICE, "59")))
                .extracting(Violation::code).containsExactly("MC-CODE-011");
    }

    @Test
    void unknownSystemsAcceptAnyNonBlankCode() {
        assertThat(validator.validate("vitals[0]", Coding.of(CodeSystems.LOINC, "8867-4"))).isEmpty();
        assertThat(validator.validate("local", Coding.of("urn:oid:1.2.3.4", "anything at all"))).isEmpty();
    }

    @Test
    void blankSystemAndBlankCodeAreBothReported() {
        assertThat(validator.validate("diagnoses[2]", Coding.of(" ", " ")))
                .containsExactly(
                        new Violation("diagnoses[2].system", "MC-CODE-013",
                                "a code system URI is required, for example http://hl7.org/fhir/sid/icd-10-cm"),
                        new Violation("diagnoses[2].code", "MC-CODE-001", "a code is required"));
    }

    /** A table whose author forgot its URI. */
    public static final class NamelessTable implements CodeSystem {
        @Override
        public String uri() {
            return " ";
        }

        @Override
        public boolean contains(String code) {
            return true;
        }

        @Override
        public Optional<String> display(String code) {
            return Optional.empty();
        }
    }

    @Test
    void everyRegistrationProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> new RegistryCodeValidator(List.of(new NamelessTable(), new SmallCptTable(), new OtherCptTable())))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems()).containsExactly(
                        NamelessTable.class.getName() + " has no URI; its uri() must return the code system's canonical URI,"
                                + " for example http://www.ama-assn.org/go/cpt",
                        "two code systems are registered for http://www.ama-assn.org/go/cpt: " + SmallCptTable.class.getName()
                                + " and " + OtherCptTable.class.getName() + "; remove one of them"))
                .hasMessageStartingWith("MC-CONFIG-017: 2 problems: ");
    }

    @Test
    void twoCodeSystemsForOneUriFailNamingBothClasses() {
        assertThatThrownBy(() -> new RegistryCodeValidator(List.of(new SmallCptTable(), new DottedIcdTable(), new OtherCptTable())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("MC-CONFIG-017: two code systems are registered for http://www.ama-assn.org/go/cpt: "
                        + SmallCptTable.class.getName() + " and " + OtherCptTable.class.getName() + "; remove one of them");
    }
}
