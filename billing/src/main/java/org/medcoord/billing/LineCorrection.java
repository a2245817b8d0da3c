package org.medcoord.billing;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The corrected values of one claim line: what billing staff may change on a claim that was not submitted.
 * Start from the line as it is ({@link #of}) and change what the edit asks for.
 *
 * @param line              the line number on the claim, from 1
 * @param modifiers         the line's modifiers after the correction, at most four
 * @param diagnosisPointers 1 to 4 one-based positions in the claim's diagnoses, after the correction
 * @param units             the service units after the correction, 1 to 9999
 * @param reason            why, as a code such as the scrubber edit it answers ({@code MC-BILL-305}, a payer rule's
 *                          code): 1 to 40 of {@code [A-Za-z0-9._:-]}, never free text (it is stored in the claim's
 *                          history and the event)
 * @since 0.1.0
 */
public record LineCorrection(int line, List<String> modifiers, List<Integer> diagnosisPointers, int units, String reason) {

    /** Copies the lists. */
    public LineCorrection {
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
        diagnosisPointers = diagnosisPointers == null ? List.of() : List.copyOf(diagnosisPointers);
    }

    /**
     * @param current the line as it is on the claim
     * @param reason  the reason code
     * @return a correction that changes nothing yet
     */
    public static LineCorrection of(ClaimLine current, String reason) {
        Objects.requireNonNull(current, "current");
        return new LineCorrection(current.number(), current.modifiers(), current.diagnosisPointers(), current.units(), reason);
    }

    /**
     * @param codes the modifiers
     * @return a copy with these modifiers instead
     */
    public LineCorrection withModifiers(String... codes) {
        return new LineCorrection(line, Arrays.asList(codes), diagnosisPointers, units, reason);
    }

    /**
     * @param pointers the diagnosis pointers
     * @return a copy with these pointers instead
     */
    public LineCorrection withDiagnosisPointers(Integer... pointers) {
        return new LineCorrection(line, modifiers, Arrays.asList(pointers), units, reason);
    }

    /**
     * @param count the units
     * @return a copy with these units instead
     */
    public LineCorrection withUnits(int count) {
        return new LineCorrection(line, modifiers, diagnosisPointers, count, reason);
    }
}
