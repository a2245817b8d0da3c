package org.medcoord.inventory;

import java.util.List;
import java.util.Objects;

/**
 * A procedure's supply list, consumed all at once by {@link KitService#consumeKit}.
 *
 * @param id         its id
 * @param name       a name for screens
 * @param components what one kit uses, each quantity in its item's base unit
 * @since 0.1.0
 */
public record Kit(KitId id, String name, List<KitComponent> components) {
    public Kit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        components = List.copyOf(components);
    }
}
