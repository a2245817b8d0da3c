package org.medcoord.coordination;

import java.util.Objects;
import org.medcoord.inventory.AssetId;
import org.medcoord.scheduling.ResourceId;

/**
 * Ties an inventory asset (an endoscope) to the scheduling resource that books it, so that the asset's
 * outages block its bookings.
 *
 * @param asset    the inventory asset
 * @param resource the scheduling resource (of kind EQUIPMENT)
 * @since 0.1.0
 */
public record EquipmentLink(AssetId asset, ResourceId resource) {
    public EquipmentLink {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(resource, "resource");
    }
}
