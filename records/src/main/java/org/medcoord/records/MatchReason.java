package org.medcoord.records;

/**
 * One reason a candidate resembles the patient, and what it added to the score.
 *
 * @param factor      what was compared: {@code "family-name"}, {@code "given-name"}, {@code "birth-date"}, {@code "phone"}
 * @param points      what it added to the score
 * @param explanation how the values compared, in words (never the values)
 * @since 0.1.0
 */
public record MatchReason(String factor, int points, String explanation) {
}
