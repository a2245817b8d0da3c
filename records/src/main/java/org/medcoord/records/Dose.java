package org.medcoord.records;

import java.math.BigDecimal;

/**
 * An amount of a drug per administration.
 *
 * @param amount a positive amount
 * @param unit   its UCUM unit, for example {@code mg}, {@code mL}, {@code [iU]}, {@code {tbl}}; required
 * @since 0.1.0
 */
public record Dose(BigDecimal amount, String unit) {
    public Dose {
        unit = unit == null ? "" : unit.strip();
    }

    /** @return a dose such as {@code Dose.of("500", "mg")} */
    public static Dose of(String amount, String unit) {
        return new Dose(new BigDecimal(amount), unit);
    }
}
