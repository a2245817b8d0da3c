package org.medcoord.inventory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.event.DomainEvent;

/**
 * An asset stopped being usable for the interval {@code [from, until)}; an empty {@code until} means until a
 * later {@link EquipmentReturnedToService}. The scheduling module blocks the asset's bookings over it.
 *
 * @param asset  the asset
 * @param status why: out of service, in maintenance or awaiting reprocessing
 * @param from   from when
 * @param until  until when, if known
 * @since 0.1.0
 */
public record EquipmentOutOfService(AssetId asset, AssetStatus status, Instant from, Optional<Instant> until) implements DomainEvent {
    /** The event type name. */
    public static final String TYPE = "inventory.equipment-out-of-service";

    public EquipmentOutOfService {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
