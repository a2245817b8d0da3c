package org.medcoord.inventory;

import java.util.List;
import java.util.Objects;

/**
 * A serial-numbered piece of equipment of an equipment type from the catalog.
 *
 * @param id                   its id
 * @param equipmentType        the catalog item of kind {@link ItemKind#EQUIPMENT_TYPE}
 * @param serialNumber         the manufacturer's serial number, unique per equipment type
 * @param location             where it is kept
 * @param status               whether it may be used
 * @param reusableInstrument   whether each use must be followed by a passing reprocessing cycle (endoscopes)
 * @param reprocessingDue      whether it was used since its last passing reprocessing cycle
 * @param uses                 how many times it was used
 * @param plans                its maintenance and calibration plans
 * @since 0.1.0
 */
public record Asset(AssetId id, ItemId equipmentType, String serialNumber, LocationId location, AssetStatus status,
                    boolean reusableInstrument, boolean reprocessingDue, long uses, List<MaintenancePlan> plans) {
    public Asset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(equipmentType, "equipmentType");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(status, "status");
        plans = List.copyOf(plans);
    }

    /** @return a copy in {@code next} status */
    public Asset withStatus(AssetStatus next) {
        return new Asset(id, equipmentType, serialNumber, location, next, reusableInstrument, reprocessingDue, uses, plans);
    }
}
