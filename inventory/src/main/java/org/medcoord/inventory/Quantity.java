package org.medcoord.inventory;

import java.util.Objects;

/**
 * An amount in one of an item's units, as a caller states it ("2 box"). Services convert it to the item's
 * base unit with the item's conversions; the amount is validated there (it must be positive), so that a
 * command can report every bad field at once.
 *
 * @param amount a whole number of {@code unit}
 * @param unit   the unit's code: the item's base unit or one of its pack units
 * @since 0.1.0
 */
public record Quantity(long amount, String unit) {
    public Quantity {
        Objects.requireNonNull(unit, "unit");
        unit = unit.strip();
    }

    /** @return {@code amount} of {@code unit} */
    public static Quantity of(long amount, String unit) {
        return new Quantity(amount, unit);
    }

    @Override
    public String toString() {
        return amount + " " + unit;
    }
}
