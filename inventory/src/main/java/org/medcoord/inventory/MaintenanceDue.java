package org.medcoord.inventory;

import java.util.Objects;
import org.medcoord.core.event.DomainEvent;

/**
 * A maintenance plan of an asset fell due (published once per due occurrence by
 * {@link EquipmentService#announceDueMaintenance}).
 *
 * @param asset the asset
 * @param plan  the plan's name
 * @param kind  preventive maintenance or calibration
 * @since 0.1.0
 */
public record MaintenanceDue(AssetId asset, String plan, MaintenanceKind kind) implements DomainEvent {
    /** The event type name. */
    public static final String TYPE = "inventory.maintenance-due";

    public MaintenanceDue {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
