package org.medcoord.records;

import java.util.List;
import org.medcoord.core.PatientId;

/**
 * A patient that may be the same person, with an explainable score.
 *
 * @param patient the candidate
 * @param score   0 to 100: the sum of the reasons' points
 * @param reasons why, factor by factor
 * @since 0.1.0
 */
public record DuplicateCandidate(PatientId patient, int score, List<MatchReason> reasons) {
    public DuplicateCandidate {
        reasons = List.copyOf(reasons);
    }

    /** Scores at or above this are likely the same person; below it, a human should compare. */
    public static final int LIKELY = 80;
}
