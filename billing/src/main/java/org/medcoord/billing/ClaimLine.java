package org.medcoord.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.medcoord.core.Money;

/**
 * One service line of a claim (loop 2400 of an 837P).
 *
 * @param number             the line number, from 1
 * @param charge             the charge it bills
 * @param lineControlNumber  the line item control number (REF*6R), unique per line, echoed by the 835
 * @param procedure          the CPT or HCPCS code
 * @param modifiers          up to four modifiers
 * @param units              service units
 * @param amount             the line charge
 * @param diagnosisPointers  1 to 4 one-based positions in the claim's diagnoses
 * @param serviceDate        the date of service
 * @param placeOfService     the place of service code
 * @param renderingNpi       the rendering provider's NPI
 * @since 0.1.0
 */
public record ClaimLine(int number, ChargeId charge, String lineControlNumber, String procedure, List<String> modifiers, int units,
                        Money amount, List<Integer> diagnosisPointers, LocalDate serviceDate, String placeOfService,
                        String renderingNpi) {
    /** Checks the components are present and copies the lists; content is checked by the scrubber. */
    public ClaimLine {
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(lineControlNumber, "lineControlNumber");
        Objects.requireNonNull(procedure, "procedure");
        modifiers = List.copyOf(modifiers);
        Objects.requireNonNull(amount, "amount");
        diagnosisPointers = List.copyOf(diagnosisPointers);
        Objects.requireNonNull(serviceDate, "serviceDate");
        Objects.requireNonNull(placeOfService, "placeOfService");
        Objects.requireNonNull(renderingNpi, "renderingNpi");
    }

    /**
     * @param code the procedure
     * @return a copy with another procedure code
     */
    public ClaimLine withProcedure(String code) {
        return new ClaimLine(number, charge, lineControlNumber, code, modifiers, units, amount, diagnosisPointers, serviceDate,
                placeOfService, renderingNpi);
    }

    /**
     * @param codes the modifiers
     * @return a copy with other modifiers
     */
    public ClaimLine withModifiers(List<String> codes) {
        return new ClaimLine(number, charge, lineControlNumber, procedure, codes, units, amount, diagnosisPointers, serviceDate,
                placeOfService, renderingNpi);
    }

    /**
     * @param count the units
     * @param lineAmount the line charge
     * @return a copy with other units and amount
     */
    public ClaimLine withUnitsAndAmount(int count, Money lineAmount) {
        return new ClaimLine(number, charge, lineControlNumber, procedure, modifiers, count, lineAmount, diagnosisPointers,
                serviceDate, placeOfService, renderingNpi);
    }

    /**
     * @param pointers the diagnosis pointers
     * @return a copy with other pointers
     */
    public ClaimLine withDiagnosisPointers(List<Integer> pointers) {
        return new ClaimLine(number, charge, lineControlNumber, procedure, modifiers, units, amount, pointers, serviceDate,
                placeOfService, renderingNpi);
    }

    /**
     * @param day the date of service
     * @return a copy with another date of service
     */
    public ClaimLine withServiceDate(LocalDate day) {
        return new ClaimLine(number, charge, lineControlNumber, procedure, modifiers, units, amount, diagnosisPointers, day,
                placeOfService, renderingNpi);
    }

    /**
     * @param npi the rendering NPI
     * @return a copy with another rendering provider
     */
    public ClaimLine withRenderingNpi(String npi) {
        return new ClaimLine(number, charge, lineControlNumber, procedure, modifiers, units, amount, diagnosisPointers, serviceDate,
                placeOfService, npi);
    }

    /**
     * @param n the line number
     * @return a copy renumbered
     */
    public ClaimLine withNumber(int n) {
        return new ClaimLine(n, charge, lineControlNumber, procedure, modifiers, units, amount, diagnosisPointers, serviceDate,
                placeOfService, renderingNpi);
    }

    /** Prints the line number and charge id only: a patient's procedures are PHI. */
    @Override
    public String toString() {
        return "ClaimLine[" + number + " charge " + charge + "]";
    }
}
