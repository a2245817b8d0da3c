package org.medcoord.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;

/**
 * One captured service line. Codes are stored in canonical form. {@link #toString()} prints ids and status
 * only: diagnoses of a patient are PHI.
 *
 * @param id                the charge's id
 * @param patient           the patient
 * @param procedure         the CPT or HCPCS code
 * @param modifiers         up to four modifiers
 * @param units             service units, at least 1
 * @param amount            the line charge (all units)
 * @param diagnoses         the ICD-10-CM diagnoses of the visit, at most 12
 * @param diagnosisPointers 1 to 4 one-based positions in {@code diagnoses}, most important first
 * @param renderingNpi      the NPI of the provider who rendered the service
 * @param billingNpi        the NPI of the billing provider
 * @param serviceDate       the date of service
 * @param placeOfService    the CMS place of service code
 * @param encounterRef      the opaque id of the encounter it belongs to, if any
 * @param appointmentRef    the opaque id of the appointment it belongs to, if any
 * @param sourceKey         the caller's idempotency key, if one was given
 * @param status            open, billed or void
 * @param claim             the claim it is billed on, once billed
 * @param captured          when it was captured
 * @since 0.1.0
 */
public record Charge(ChargeId id, PatientId patient, String procedure, List<String> modifiers, int units, Money amount,
                     List<String> diagnoses, List<Integer> diagnosisPointers, String renderingNpi, String billingNpi,
                     LocalDate serviceDate, String placeOfService, Optional<String> encounterRef, Optional<String> appointmentRef,
                     Optional<String> sourceKey, ChargeStatus status, Optional<ClaimId> claim, Instant captured) {
    /** Checks the components are present and copies the lists. */
    public Charge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(procedure, "procedure");
        modifiers = List.copyOf(modifiers);
        Objects.requireNonNull(amount, "amount");
        diagnoses = List.copyOf(diagnoses);
        diagnosisPointers = List.copyOf(diagnosisPointers);
        Objects.requireNonNull(renderingNpi, "renderingNpi");
        Objects.requireNonNull(billingNpi, "billingNpi");
        Objects.requireNonNull(serviceDate, "serviceDate");
        Objects.requireNonNull(placeOfService, "placeOfService");
        Objects.requireNonNull(encounterRef, "encounterRef");
        Objects.requireNonNull(appointmentRef, "appointmentRef");
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(captured, "captured");
    }

    /**
     * @param next  the new status
     * @param onto  the claim, when billed
     * @return a copy with the new status
     */
    public Charge withStatus(ChargeStatus next, Optional<ClaimId> onto) {
        return new Charge(id, patient, procedure, modifiers, units, amount, diagnoses, diagnosisPointers, renderingNpi, billingNpi,
                serviceDate, placeOfService, encounterRef, appointmentRef, sourceKey, next, onto, captured);
    }

    /** Prints ids and status only: a patient's diagnoses and procedures are PHI. */
    @Override
    public String toString() {
        return "Charge[" + id + " patient " + patient + " " + status + "]";
    }
}
