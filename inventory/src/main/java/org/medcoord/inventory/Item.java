package org.medcoord.inventory;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An entry of the catalog. Quantities of an item are kept as whole numbers of its base unit (the
 * smallest unit it is used in, such as "each" or "tablet"); pack units convert to it ("box" = 100 each).
 * Fractions are not supported: choose a base unit small enough that every use is whole (mL, not L).
 *
 * @param id            its id
 * @param name          a name for screens, such as "Suture 4-0 nylon"
 * @param kind          what it is
 * @param ndc           the 11-digit National Drug Code of a medication, otherwise empty
 * @param baseUnit      the unit every quantity is stored in
 * @param packUnits     other units and how many base units each holds
 * @param lotTracked    whether receipts must name a manufacturer's lot
 * @param expiryRequired whether receipts must give an expiry date
 * @since 0.1.0
 */
public record Item(ItemId id, String name, ItemKind kind, Optional<String> ndc, String baseUnit, Map<String, Long> packUnits,
                   boolean lotTracked, boolean expiryRequired) {
    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ndc, "ndc");
        Objects.requireNonNull(baseUnit, "baseUnit");
        packUnits = Map.copyOf(packUnits);
    }

    /**
     * @return how many base units one {@code unit} holds: 1 for the base unit, the pack size for a pack
     *         unit, empty for a unit the item does not know
     */
    public Optional<Long> baseUnitsPer(String unit) {
        if (baseUnit.equals(unit)) {
            return Optional.of(1L);
        }
        return Optional.ofNullable(packUnits.get(unit));
    }
}
