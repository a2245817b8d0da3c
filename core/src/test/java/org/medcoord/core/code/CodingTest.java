package org.medcoord.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class CodingTest {

    @Test
    void blankDisplayBecomesNoDisplay() {
        assertThat(new Coding(CodeSystems.LOINC, "8867-4", "  ").display()).isNull();
        assertThat(new Coding(CodeSystems.LOINC, "8867-4", "  ").displayText()).isEmpty();
        assertThat(Coding.of(CodeSystems.LOINC, "8867-4")).isEqualTo(new Coding(CodeSystems.LOINC, "8867-4", ""));
    }

    @Test
    void surroundingSpaceIsStripped() {
        Coding coding = new Coding(" " + CodeSystems.SNOMED_CT + " ", " 44054006 ", " Diabetes mellitus type 2 ");
        assertThat(coding).isEqualTo(new Coding(CodeSystems.SNOMED_CT, "44054006", "Diabetes mellitus type 2"));
        assertThat(coding.displayText()).contains("Diabetes mellitus type 2");
    }

    @Test
    void withDisplayCopies() {
        Coding heartRate = Coding.of(CodeSystems.LOINC, "8867-4");
        assertThat(heartRate.withDisplay("Heart rate")).isEqualTo(new Coding(CodeSystems.LOINC, "8867-4", "Heart rate"));
        assertThat(heartRate.display()).isNull();
    }

    @Test
    void systemAndCodeAreRequired() {
        assertThatNullPointerException().isThrownBy(() -> Coding.of(null, "I10")).withMessage("system");
        assertThatNullPointerException().isThrownBy(() -> Coding.of(CodeSystems.ICD_10_CM, null)).withMessage("code");
    }
}
