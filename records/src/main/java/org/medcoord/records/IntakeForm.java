package org.medcoord.records;

import java.time.LocalDate;
import java.util.List;
import org.medcoord.core.code.Coding;

/**
 * A patient's answers to the intake questionnaire. {@link MedicalHistory#recordIntake} turns them into
 * history entries, recorded as patient-reported in one transaction: every allergy, condition, medication,
 * surgery, family condition and immunization listed becomes one entry; the tobacco and alcohol answers
 * become social history entries (an {@code UNKNOWN} answer, or none, records nothing).
 *
 * @param allergies     "Are you allergic to any medicines, foods or other substances?"
 * @param conditions    "Which conditions has a doctor told you that you have?" (ICD-10-CM)
 * @param medications   "Which medicines do you take?"
 * @param surgeries     "Which operations have you had?"
 * @param familyHistory "Which conditions run in your family?"
 * @param tobacco       "Do you smoke or use tobacco?"
 * @param alcohol       "How often do you drink alcohol?"
 * @param immunizations "Which vaccines have you had, and when?"
 * @since 0.1.0
 */
public record IntakeForm(List<AllergyAnswer> allergies, List<Coding> conditions, List<MedicationAnswer> medications,
                         List<SurgeryAnswer> surgeries, List<FamilyAnswer> familyHistory, Tobacco tobacco, Alcohol alcohol,
                         List<ImmunizationAnswer> immunizations) {

    public IntakeForm {
        allergies = allergies == null ? List.of() : List.copyOf(allergies);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        medications = medications == null ? List.of() : List.copyOf(medications);
        surgeries = surgeries == null ? List.of() : List.copyOf(surgeries);
        familyHistory = familyHistory == null ? List.of() : List.copyOf(familyHistory);
        tobacco = tobacco == null ? Tobacco.UNKNOWN : tobacco;
        alcohol = alcohol == null ? Alcohol.UNKNOWN : alcohol;
        immunizations = immunizations == null ? List.of() : List.copyOf(immunizations);
    }

    /** Tobacco use. */
    public enum Tobacco { NEVER, FORMER, CURRENT, UNKNOWN }

    /** Alcohol use. */
    public enum Alcohol { NONE, MONTHLY_OR_LESS, WEEKLY, DAILY, UNKNOWN }

    /** One allergy: what, how the patient reacts, how badly. */
    public record AllergyAnswer(Coding substance, String reaction, HistoryItem.Severity severity) {
        @Override
        public String toString() {
            return "AllergyAnswer[redacted]";
        }
    }

    /** One medicine and how it is taken. */
    public record MedicationAnswer(Coding drug, String dosage) {
        @Override
        public String toString() {
            return "MedicationAnswer[redacted]";
        }
    }

    /** One operation, and roughly when (null when the patient does not remember). */
    public record SurgeryAnswer(String procedure, LocalDate when) {
        @Override
        public String toString() {
            return "SurgeryAnswer[redacted]";
        }
    }

    /** One relative's condition. */
    public record FamilyAnswer(String relationship, Coding condition) {
        @Override
        public String toString() {
            return "FamilyAnswer[redacted]";
        }
    }

    /** One vaccine and when it was given. */
    public record ImmunizationAnswer(Coding vaccine, LocalDate given) {
        @Override
        public String toString() {
            return "ImmunizationAnswer[redacted]";
        }
    }

    /** Answers are PHI: never printed. */
    @Override
    public String toString() {
        return "IntakeForm[redacted]";
    }
}
