package org.medcoord.records;

import java.math.BigDecimal;
import java.util.List;

/**
 * A summary of a vital sign over a period, in the canonical unit.
 *
 * @param kind   what was measured
 * @param count  how many observations
 * @param min    the lowest value
 * @param max    the highest value
 * @param mean   the mean, two decimals
 * @param change the last value minus the first
 * @param points the observations, oldest first
 * @since 0.1.0
 */
public record VitalTrend(VitalKind kind, int count, BigDecimal min, BigDecimal max, BigDecimal mean, BigDecimal change, List<Vital> points) {
    public VitalTrend {
        points = List.copyOf(points);
    }

    @Override
    public String toString() {
        return "VitalTrend[" + kind + " x" + count + "]";
    }
}
