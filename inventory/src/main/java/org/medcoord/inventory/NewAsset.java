package org.medcoord.inventory;

import java.util.List;
import java.util.Optional;

/**
 * Registers a piece of equipment. Checked by {@link EquipmentService#register}: a known equipment type, a
 * serial number not yet registered for that type, a known location, plans with distinct names and at least
 * one positive interval each.
 *
 * @param equipmentType      the catalog item of kind {@link ItemKind#EQUIPMENT_TYPE}
 * @param serialNumber       the serial number
 * @param location           where it is kept
 * @param reusableInstrument whether each use must be followed by a passing reprocessing cycle
 * @param plans              its maintenance plans
 * @since 0.1.0
 */
public record NewAsset(ItemId equipmentType, String serialNumber, LocationId location, boolean reusableInstrument, List<Plan> plans) {
    public NewAsset {
        plans = plans == null ? List.of() : List.copyOf(plans);
    }

    /** A plan to set up: every {@code everyDays} days and/or every {@code everyUses} uses. */
    public record Plan(String name, MaintenanceKind kind, Optional<Integer> everyDays, Optional<Integer> everyUses) {
        public Plan {
            java.util.Objects.requireNonNull(everyDays, "everyDays");
            java.util.Objects.requireNonNull(everyUses, "everyUses");
        }

        /** @return a time-based plan */
        public static Plan everyDays(String name, MaintenanceKind kind, int days) {
            return new Plan(name, kind, Optional.of(days), Optional.empty());
        }

        /** @return a use-based plan */
        public static Plan everyUses(String name, MaintenanceKind kind, int uses) {
            return new Plan(name, kind, Optional.empty(), Optional.of(uses));
        }
    }
}
