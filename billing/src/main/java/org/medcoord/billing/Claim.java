package org.medcoord.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;

/**
 * A professional claim (an 837P claim, loop 2300) to one payer for one patient. Immutable; the
 * {@link ClaimService} stores its changes. {@link #toString()} prints ids and status only.
 *
 * @param id             the claim's id
 * @param controlNumber  the claim control number (CLM01, the patient control number echoed by the 835)
 * @param patient        the patient
 * @param coverage       the coverage billed
 * @param payer          the payer billed
 * @param order          whether the payer is billed as primary, secondary or tertiary
 * @param primaryClaim   for a secondary or tertiary claim, the claim adjudicated before it
 * @param billingNpi     the billing provider's NPI
 * @param diagnoses      the ICD-10-CM diagnoses (HI), at most 12, the first is principal
 * @param lines          the service lines, at most 50
 * @param status         where it stands
 * @param history        how it got there, oldest first
 * @param created        when it was built
 * @since 0.1.0
 */
public record Claim(ClaimId id, String controlNumber, PatientId patient, CoverageId coverage, PayerId payer, CoverageOrder order,
                    Optional<ClaimId> primaryClaim, String billingNpi, List<String> diagnoses, List<ClaimLine> lines,
                    ClaimStatus status, List<StatusChange> history, Instant created) {

    /** The most diagnoses an 837P claim carries. */
    public static final int MAX_DIAGNOSES = 12;
    /** The most service lines an 837P claim carries. */
    public static final int MAX_LINES = 50;

    /** Checks the components are present and copies the lists; content is checked by the scrubber. */
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(primaryClaim, "primaryClaim");
        Objects.requireNonNull(billingNpi, "billingNpi");
        diagnoses = List.copyOf(diagnoses);
        lines = List.copyOf(lines);
        Objects.requireNonNull(status, "status");
        history = List.copyOf(history);
        Objects.requireNonNull(created, "created");
    }

    /** @return the sum of the line charges (CLM02); zero lines give an exception, a claim always has one */
    public Money total() {
        Money sum = lines.get(0).amount();
        for (int i = 1; i < lines.size(); i++) {
            sum = sum.plus(lines.get(i).amount());
        }
        return sum;
    }

    /** @return the earliest date of service */
    public LocalDate firstServiceDate() {
        return lines.stream().map(ClaimLine::serviceDate).min(Comparator.naturalOrder()).orElseThrow();
    }

    /** @return the reasons of the latest status change, for example the CARC codes of a denial */
    public List<String> latestReasons() {
        return history.isEmpty() ? List.of() : history.get(history.size() - 1).reasons();
    }

    /**
     * @param next    the new status
     * @param at      when
     * @param reasons reason codes, no PHI
     * @return a copy in {@code next}, with the step added to the history (legality is the service's concern)
     */
    public Claim movedTo(ClaimStatus next, Instant at, List<String> reasons) {
        List<StatusChange> steps = new ArrayList<>(history);
        steps.add(new StatusChange(status, next, at, reasons));
        return new Claim(id, controlNumber, patient, coverage, payer, order, primaryClaim, billingNpi, diagnoses, lines, next, steps, created);
    }

    /**
     * @param codes the diagnoses
     * @return a copy with other diagnoses
     */
    public Claim withDiagnoses(List<String> codes) {
        return new Claim(id, controlNumber, patient, coverage, payer, order, primaryClaim, billingNpi, codes, lines, status, history, created);
    }

    /**
     * @param serviceLines the lines
     * @return a copy with other lines
     */
    public Claim withLines(List<ClaimLine> serviceLines) {
        return new Claim(id, controlNumber, patient, coverage, payer, order, primaryClaim, billingNpi, diagnoses, serviceLines, status,
                history, created);
    }

    /**
     * @param npi the billing NPI
     * @return a copy with another billing provider
     */
    public Claim withBillingNpi(String npi) {
        return new Claim(id, controlNumber, patient, coverage, payer, order, primaryClaim, npi, diagnoses, lines, status, history, created);
    }

    /**
     * @param number the claim control number
     * @return a copy with another control number
     */
    public Claim withControlNumber(String number) {
        return new Claim(id, number, patient, coverage, payer, order, primaryClaim, billingNpi, diagnoses,
                lines, status, history, created);
    }

    /** Prints ids and status only: a patient's diagnoses and procedures are PHI. */
    @Override
    public String toString() {
        return "Claim[" + id + " " + controlNumber + " patient " + patient + " payer " + payer + " " + status + "]";
    }
}
