package org.medcoord.inventory;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Adds an item to the catalog. Checked by {@link CatalogService#defineItem}: the name and base unit are
 * required, pack units hold more than one base unit each, a medication needs a valid NDC (any layout:
 * {@code 0071-0155-23} or the 11-digit form) and other kinds none, an implant is always lot-tracked.
 *
 * @param name           a name for screens
 * @param kind           what it is
 * @param ndc            the National Drug Code of a medication
 * @param baseUnit       the unit every quantity is stored in ("each", "tablet", "mL")
 * @param packUnits      other units and how many base units each holds ({@code "box" -> 100})
 * @param lotTracked     whether receipts must name a lot
 * @param expiryRequired whether receipts must give an expiry date
 * @since 0.1.0
 */
public record NewItem(String name, ItemKind kind, Optional<String> ndc, String baseUnit, Map<String, Long> packUnits,
                      boolean lotTracked, boolean expiryRequired) {
    public NewItem {
        Objects.requireNonNull(ndc, "ndc");
        packUnits = packUnits == null ? Map.of() : Map.copyOf(packUnits);
    }

    /** @return a supply counted in {@code baseUnit}, neither lot-tracked nor expiring */
    public static NewItem supply(String name, String baseUnit) {
        return new NewItem(name, ItemKind.SUPPLY, Optional.empty(), baseUnit, Map.of(), false, false);
    }

    /** @return a lot-tracked medication with an expiry date */
    public static NewItem medication(String name, String ndc, String baseUnit) {
        return new NewItem(name, ItemKind.MEDICATION, Optional.of(ndc), baseUnit, Map.of(), true, true);
    }

    /** @return a copy with one more pack unit */
    public NewItem withPackUnit(String unit, long baseUnits) {
        java.util.Map<String, Long> next = new java.util.HashMap<>(packUnits);
        next.put(unit, baseUnits);
        return new NewItem(name, kind, ndc, baseUnit, next, lotTracked, expiryRequired);
    }

    /** @return a copy that is lot-tracked and requires an expiry date when {@code expiring} */
    public NewItem withLots(boolean expiring) {
        return new NewItem(name, kind, ndc, baseUnit, packUnits, true, expiring);
    }
}
