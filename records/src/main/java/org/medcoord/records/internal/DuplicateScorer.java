package org.medcoord.records.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.medcoord.core.PatientId;
import org.medcoord.records.Demographics;
import org.medcoord.records.DuplicateCandidate;
import org.medcoord.records.MatchReason;

/**
 * Scores how alike two patients' demographics are, out of 100, with a reason per factor: family name
 * (30), first given name (20), birth date (35), phone (15). Near misses score part: a one-letter
 * difference in a name (a typo), a birth date with one part wrong or day and month swapped. The weights
 * follow the usual probabilistic-matching practice of weighing birth date and surname highest.
 */
final class DuplicateScorer {

    static final int THRESHOLD = 50;

    private DuplicateScorer() {
    }

    static DuplicateCandidate score(PatientId candidate, Demographics probe, Demographics other) {
        List<MatchReason> reasons = new ArrayList<>();
        names(reasons, "family-name", 30, 15, probe.name().family(), other.name().family());
        given(reasons, probe.name().first(), other.name().first());
        birth(reasons, probe.birthDate(), other.birthDate());
        phone(reasons, probe, other);
        int total = reasons.stream().mapToInt(MatchReason::points).sum();
        return new DuplicateCandidate(candidate, Math.min(100, total), reasons);
    }

    private static void names(List<MatchReason> reasons, String factor, int full, int near, String a, String b) {
        String x = MatchKeys.name(a);
        String y = MatchKeys.name(b);
        if (x.isEmpty() || y.isEmpty()) {
            reasons.add(new MatchReason(factor, 0, "missing on one side"));
        } else if (x.equals(y)) {
            reasons.add(new MatchReason(factor, full, "the same (ignoring case, accents and punctuation)"));
        } else if (distance(x, y) == 1) {
            reasons.add(new MatchReason(factor, near, "differs by one letter"));
        } else {
            reasons.add(new MatchReason(factor, 0, "different"));
        }
    }

    private static void given(List<MatchReason> reasons, String a, String b) {
        String x = MatchKeys.name(a);
        String y = MatchKeys.name(b);
        if (!x.isEmpty() && !y.isEmpty() && !x.equals(y) && (x.length() == 1 || y.length() == 1) && x.charAt(0) == y.charAt(0)) {
            reasons.add(new MatchReason("given-name", 8, "one side is an initial that matches"));
            return;
        }
        names(reasons, "given-name", 20, 12, a, b);
    }

    private static void birth(List<MatchReason> reasons, LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            reasons.add(new MatchReason("birth-date", 0, "missing on one side"));
            return;
        }
        if (a.equals(b)) {
            reasons.add(new MatchReason("birth-date", 35, "the same"));
            return;
        }
        int same = (a.getYear() == b.getYear() ? 1 : 0) + (a.getMonthValue() == b.getMonthValue() ? 1 : 0)
                + (a.getDayOfMonth() == b.getDayOfMonth() ? 1 : 0);
        if (a.getYear() == b.getYear() && a.getMonthValue() == b.getDayOfMonth() && a.getDayOfMonth() == b.getMonthValue()) {
            reasons.add(new MatchReason("birth-date", 15, "day and month swapped"));
        } else if (same == 2) {
            reasons.add(new MatchReason("birth-date", 15, "one of year, month and day differs"));
        } else {
            reasons.add(new MatchReason("birth-date", 0, "different"));
        }
    }

    private static void phone(List<MatchReason> reasons, Demographics a, Demographics b) {
        Set<String> mine = new HashSet<>();
        a.phones().forEach(p -> mine.add(MatchKeys.phone(p)));
        boolean shared = b.phones().stream().map(MatchKeys::phone).anyMatch(mine::contains);
        if (mine.isEmpty() || b.phones().isEmpty()) {
            reasons.add(new MatchReason("phone", 0, "missing on one side"));
        } else {
            reasons.add(new MatchReason("phone", shared ? 15 : 0, shared ? "a phone number is shared" : "no phone number in common"));
        }
    }

    /** Levenshtein distance, enough for short names. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
