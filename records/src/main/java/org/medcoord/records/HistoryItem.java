package org.medcoord.records;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import org.medcoord.core.code.Coding;

/**
 * What a history entry says: an allergy, a problem, a medication the patient takes, a past surgery,
 * a family or social history item, or an immunization. Values are plain records; the service checks
 * them (codes through core's {@link org.medcoord.core.code.CodeValidator}) and reports every problem at
 * once. Their {@code toString()} names the kind only: the content is PHI.
 *
 * @since 0.1.0
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = HistoryItem.Allergy.class, name = "allergy"),
        @JsonSubTypes.Type(value = HistoryItem.Problem.class, name = "problem"),
        @JsonSubTypes.Type(value = HistoryItem.Medication.class, name = "medication"),
        @JsonSubTypes.Type(value = HistoryItem.Surgery.class, name = "surgery"),
        @JsonSubTypes.Type(value = HistoryItem.FamilyHistory.class, name = "family-history"),
        @JsonSubTypes.Type(value = HistoryItem.SocialHistory.class, name = "social-history"),
        @JsonSubTypes.Type(value = HistoryItem.Immunization.class, name = "immunization")})
public sealed interface HistoryItem {

    /** @return which kind of entry this is */
    HistoryKind kind();

    /** How severe an allergic reaction is. */
    enum Severity { MILD, MODERATE, SEVERE }

    /** Topics of social history. */
    enum SocialTopic { TOBACCO, ALCOHOL, SUBSTANCE_USE, OCCUPATION, LIVING_SITUATION, EXERCISE, DIET, SEXUAL_HEALTH, OTHER }

    /**
     * An allergy or intolerance.
     *
     * @param substance what the patient reacts to (RxNorm, SNOMED CT, ...)
     * @param reaction  how they react, for example {@code "hives"}; may be empty
     * @param severity  how severe the reaction is
     */
    record Allergy(Coding substance, String reaction, Severity severity) implements HistoryItem {
        public Allergy {
            reaction = reaction == null ? "" : reaction.strip();
        }

        @Override
        public HistoryKind kind() {
            return HistoryKind.ALLERGY;
        }

        @Override
        public String toString() {
            return "Allergy[redacted]";
        }
    }

    /**
     * A problem or diagnosis, coded in ICD-10-CM.
     *
     * @param condition the ICD-10-CM coding
     * @param onset     when it began, or {@code null} when unknown
     */
    record Problem(Coding condition, LocalDate onset) implements HistoryItem {
        @Override
        public HistoryKind kind() {
            return HistoryKind.PROBLEM;
        }

        @Override
        public String toString() {
            return "Problem[redacted]";
        }
    }

    /**
     * A medication the patient currently takes (as reported; orders are separate).
     *
     * @param drug   the drug (RxNorm or NDC)
     * @param dosage how it is taken, for example {@code "500 mg twice daily"}; may be empty
     */
    record Medication(Coding drug, String dosage) implements HistoryItem {
        public Medication {
            dosage = dosage == null ? "" : dosage.strip();
        }

        @Override
        public HistoryKind kind() {
            return HistoryKind.MEDICATION;
        }

        @Override
        public String toString() {
            return "Medication[redacted]";
        }
    }

    /**
     * A past surgery.
     *
     * @param procedure what was done, in words
     * @param code      a procedure code, or {@code null}
     * @param performed when, or {@code null} when unknown
     */
    record Surgery(String procedure, Coding code, LocalDate performed) implements HistoryItem {
        public Surgery {
            procedure = procedure == null ? "" : procedure.strip();
        }

        @Override
        public HistoryKind kind() {
            return HistoryKind.SURGERY;
        }

        @Override
        public String toString() {
            return "Surgery[redacted]";
        }
    }

    /**
     * A condition of a blood relative.
     *
     * @param relationship who, for example {@code "mother"}
     * @param condition    the condition (ICD-10-CM)
     */
    record FamilyHistory(String relationship, Coding condition) implements HistoryItem {
        public FamilyHistory {
            relationship = relationship == null ? "" : relationship.strip();
        }

        @Override
        public HistoryKind kind() {
            return HistoryKind.FAMILY;
        }

        @Override
        public String toString() {
            return "FamilyHistory[redacted]";
        }
    }

    /**
     * A social history item.
     *
     * @param topic  what it is about
     * @param detail what the patient said, for example {@code "10 cigarettes a day since 2001"}
     */
    record SocialHistory(SocialTopic topic, String detail) implements HistoryItem {
        public SocialHistory {
            detail = detail == null ? "" : detail.strip();
        }

        @Override
        public HistoryKind kind() {
            return HistoryKind.SOCIAL;
        }

        @Override
        public String toString() {
            return "SocialHistory[" + topic + "]";
        }
    }

    /**
     * A vaccine given.
     *
     * @param vaccine      the vaccine (CVX)
     * @param administered when it was given
     * @param lotNumber    the lot, or empty
     */
    record Immunization(Coding vaccine, LocalDate administered, String lotNumber) implements HistoryItem {
        public Immunization {
            lotNumber = lotNumber == null ? "" : lotNumber.strip();
        }

        @Override
        public HistoryKind kind() {
            return HistoryKind.IMMUNIZATION;
        }

        @Override
        public String toString() {
            return "Immunization[redacted]";
        }
    }
}
