package org.medcoord.records;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Body mass index derived from the latest weight and height: kg / m², one decimal.
 *
 * @param value    the BMI in kg/m2
 * @param flag     LOW below 18.5, HIGH from 25, else NORMAL (WHO adult categories)
 * @param weightAt when the weight used was measured
 * @param heightAt when the height used was measured
 * @since 0.1.0
 */
public record Bmi(BigDecimal value, VitalFlag flag, Instant weightAt, Instant heightAt) {

    /** The LOINC code of BMI. */
    public static final String LOINC = "39156-5";

    @Override
    public String toString() {
        return "Bmi[" + flag + "]";
    }
}
