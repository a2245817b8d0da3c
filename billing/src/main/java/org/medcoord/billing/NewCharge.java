package org.medcoord.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;

/**
 * What {@link ChargeService#capture} needs to record a service line. Build one with {@link #builder}. The
 * service checks it and reports every problem at once. PHI: {@link #toString()} prints the patient id only.
 *
 * @param patient           the patient; required
 * @param procedure         a CPT or HCPCS code; required
 * @param modifiers         up to four two-character modifiers
 * @param units             service units, 1 to 9999
 * @param amount            the line charge for all units, above zero
 * @param diagnoses         the visit's ICD-10-CM diagnoses, 1 to 12, no duplicates
 * @param diagnosisPointers 1 to 4 distinct one-based positions in {@code diagnoses}
 * @param renderingNpi      the rendering provider's NPI (Luhn checked)
 * @param billingNpi        the billing provider's NPI (Luhn checked)
 * @param serviceDate       the date of service, not in the future
 * @param placeOfService    a CMS place of service code, for example {@code 11} (office)
 * @param encounterRef      the opaque id of an encounter, if any (no dependency on the records module)
 * @param appointmentRef    the opaque id of an appointment, if any (no dependency on the scheduling module)
 * @param sourceKey         an idempotency key (for example the id of the event that raised the charge): a
 *                          second capture with the same key returns the first charge and records nothing
 * @since 0.1.0
 */
public record NewCharge(PatientId patient, String procedure, List<String> modifiers, int units, Money amount,
                        List<String> diagnoses, List<Integer> diagnosisPointers, String renderingNpi, String billingNpi,
                        LocalDate serviceDate, String placeOfService, Optional<String> encounterRef,
                        Optional<String> appointmentRef, Optional<String> sourceKey) {
    /** Copies the lists (null lists become empty, so that the service can report them). */
    public NewCharge {
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
        diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
        diagnosisPointers = diagnosisPointers == null ? List.of() : List.copyOf(diagnosisPointers);
        encounterRef = encounterRef == null ? Optional.empty() : encounterRef;
        appointmentRef = appointmentRef == null ? Optional.empty() : appointmentRef;
        sourceKey = sourceKey == null ? Optional.empty() : sourceKey;
    }

    /**
     * @param patient the patient
     * @return a builder with one unit, place of service 11 and no modifiers
     */
    public static Builder builder(PatientId patient) {
        return new Builder(patient);
    }

    /** Prints the patient id only: procedures and diagnoses of a patient are PHI. */
    @Override
    public String toString() {
        return "NewCharge[patient " + patient + "]";
    }

    /** Collects a {@link NewCharge}. Not thread-safe. */
    public static final class Builder {
        private final PatientId patient;
        private String procedure;
        private final List<String> modifiers = new ArrayList<>();
        private int units = 1;
        private Money amount;
        private final List<String> diagnoses = new ArrayList<>();
        private final List<Integer> pointers = new ArrayList<>();
        private String renderingNpi;
        private String billingNpi;
        private LocalDate serviceDate;
        private String placeOfService = "11";
        private String encounterRef;
        private String appointmentRef;
        private String sourceKey;

        private Builder(PatientId patient) {
            this.patient = Objects.requireNonNull(patient, "patient");
        }

        /**
         * @param code a CPT or HCPCS code
         * @param lineAmount the line charge for all units
         * @return this
         */
        public Builder procedure(String code, Money lineAmount) {
            this.procedure = code;
            this.amount = lineAmount;
            return this;
        }

        /**
         * @param codes modifiers, appended in order
         * @return this
         */
        public Builder modifiers(String... codes) {
            modifiers.addAll(List.of(codes));
            return this;
        }

        /**
         * @param count service units
         * @return this
         */
        public Builder units(int count) {
            this.units = count;
            return this;
        }

        /**
         * @param codes the visit's ICD-10-CM diagnoses, in order
         * @return this
         */
        public Builder diagnoses(String... codes) {
            diagnoses.addAll(List.of(codes));
            return this;
        }

        /**
         * @param positions one-based positions in the diagnoses
         * @return this
         */
        public Builder pointers(Integer... positions) {
            pointers.addAll(List.of(positions));
            return this;
        }

        /**
         * @param rendering the rendering NPI
         * @param billing the billing NPI
         * @return this
         */
        public Builder providers(String rendering, String billing) {
            this.renderingNpi = rendering;
            this.billingNpi = billing;
            return this;
        }

        /**
         * @param day the date of service
         * @return this
         */
        public Builder serviceDate(LocalDate day) {
            this.serviceDate = day;
            return this;
        }

        /**
         * @param code a CMS place of service code
         * @return this
         */
        public Builder placeOfService(String code) {
            this.placeOfService = code;
            return this;
        }

        /**
         * @param id the opaque encounter id
         * @return this
         */
        public Builder encounter(String id) {
            this.encounterRef = id;
            return this;
        }

        /**
         * @param id the opaque appointment id
         * @return this
         */
        public Builder appointment(String id) {
            this.appointmentRef = id;
            return this;
        }

        /**
         * @param key the idempotency key
         * @return this
         */
        public Builder sourceKey(String key) {
            this.sourceKey = key;
            return this;
        }

        /** @return the command; the service checks it */
        public NewCharge build() {
            List<Integer> chosen = pointers.isEmpty() && !diagnoses.isEmpty() ? List.of(1) : pointers;
            return new NewCharge(patient, procedure, modifiers, units, amount, diagnoses, chosen, renderingNpi, billingNpi,
                    serviceDate, placeOfService, Optional.ofNullable(encounterRef), Optional.ofNullable(appointmentRef),
                    Optional.ofNullable(sourceKey));
        }
    }
}
