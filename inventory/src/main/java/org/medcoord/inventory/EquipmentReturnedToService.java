package org.medcoord.inventory;

import java.time.Instant;
import java.util.Objects;
import org.medcoord.core.event.DomainEvent;

/**
 * An asset is usable again from {@code at}, ending the interval of its last {@link EquipmentOutOfService}.
 *
 * @param asset the asset
 * @param at    from when
 * @since 0.1.0
 */
public record EquipmentReturnedToService(AssetId asset, Instant at) implements DomainEvent {
    /** The event type name. */
    public static final String TYPE = "inventory.equipment-returned-to-service";

    public EquipmentReturnedToService {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
