package org.medcoord.records;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vital signs MedCoord charts, each with its LOINC code, the UCUM units it accepts (converted to one
 * canonical unit for storage and trends), the range a value must fall in to be physically plausible, and
 * the adult reference range that decides the LOW / HIGH flag. Reference ranges are typical adult values;
 * a clinic with other ranges flags in its own product.
 *
 * @since 0.1.0
 */
public enum VitalKind {
    SYSTOLIC_BP("8480-6", "mm[Hg]", Map.of("mm[Hg]", BigDecimal.ONE), "20", "300", "90", "130"),
    DIASTOLIC_BP("8462-4", "mm[Hg]", Map.of("mm[Hg]", BigDecimal.ONE), "10", "200", "60", "90"),
    HEART_RATE("8867-4", "/min", Map.of("/min", BigDecimal.ONE), "10", "300", "60", "101"),
    RESPIRATORY_RATE("9279-1", "/min", Map.of("/min", BigDecimal.ONE), "2", "80", "12", "21"),
    /** Fahrenheit is converted by formula, not by factor; see {@link #toCanonical}. */
    TEMPERATURE("8310-5", "Cel", Map.of("Cel", BigDecimal.ONE, "[degF]", BigDecimal.ONE), "25", "45", "36.1", "38.0"),
    WEIGHT("29463-7", "kg", Map.of("kg", BigDecimal.ONE, "g", new BigDecimal("0.001"), "[lb_av]", new BigDecimal("0.45359237")),
            "0.2", "700", null, null),
    HEIGHT("8302-2", "cm", Map.of("cm", BigDecimal.ONE, "m", new BigDecimal("100"), "[in_i]", new BigDecimal("2.54")),
            "20", "280", null, null),
    SPO2("59408-5", "%", Map.of("%", BigDecimal.ONE), "0", "100", "95", "100.1"),
    PAIN_SCORE("72514-3", "{score}", Map.of("{score}", BigDecimal.ONE), "0", "10", "0", "4");

    private final String loinc;
    private final String canonicalUnit;
    private final Map<String, BigDecimal> factors;
    private final BigDecimal plausibleMin;
    private final BigDecimal plausibleMax;
    private final BigDecimal normalFrom;
    private final BigDecimal normalBelow;

    VitalKind(String loinc, String canonicalUnit, Map<String, BigDecimal> factors, String plausibleMin, String plausibleMax,
              String normalFrom, String normalBelow) {
        this.loinc = loinc;
        this.canonicalUnit = canonicalUnit;
        this.factors = factors;
        this.plausibleMin = new BigDecimal(plausibleMin);
        this.plausibleMax = new BigDecimal(plausibleMax);
        this.normalFrom = normalFrom == null ? null : new BigDecimal(normalFrom);
        this.normalBelow = normalBelow == null ? null : new BigDecimal(normalBelow);
    }

    /** @return the LOINC code of the observation */
    public String loinc() {
        return loinc;
    }

    /** @return the UCUM unit values are stored and trended in */
    public String canonicalUnit() {
        return canonicalUnit;
    }

    /** @return the UCUM units accepted on entry, sorted */
    public List<String> units() {
        return factors.keySet().stream().sorted().toList();
    }

    /** @return the value in the canonical unit, or empty when {@code unit} is not accepted for this kind */
    public Optional<BigDecimal> toCanonical(BigDecimal value, String unit) {
        if (unit == null || !factors.containsKey(unit)) {
            return Optional.empty();
        }
        if (this == TEMPERATURE && unit.equals("[degF]")) {
            return Optional.of(value.subtract(new BigDecimal("32")).multiply(new BigDecimal("5"))
                    .divide(new BigDecimal("9"), new MathContext(10, RoundingMode.HALF_EVEN)).setScale(2, RoundingMode.HALF_EVEN));
        }
        BigDecimal converted = value.multiply(factors.get(unit));
        return Optional.of(unit.equals(canonicalUnit) ? converted : converted.setScale(2, RoundingMode.HALF_EVEN));
    }

    /** @return true when a canonical value is physically possible */
    public boolean plausible(BigDecimal canonical) {
        return canonical.compareTo(plausibleMin) >= 0 && canonical.compareTo(plausibleMax) <= 0;
    }

    /** @return how a canonical value compares with the adult reference range */
    public VitalFlag flag(BigDecimal canonical) {
        if (normalFrom == null) {
            return VitalFlag.NONE;
        }
        if (canonical.compareTo(normalFrom) < 0) {
            return VitalFlag.LOW;
        }
        return canonical.compareTo(normalBelow) >= 0 ? VitalFlag.HIGH : VitalFlag.NORMAL;
    }
}
