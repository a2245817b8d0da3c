package org.medcoord.inventory;

import java.util.List;

/**
 * Defines a kit: a procedure's supply list. Checked by {@link CatalogService#defineKit}: a name, at least
 * one component, each a known item with a positive quantity in a unit it knows, no item twice.
 *
 * @param name       a name for screens, such as "Laceration repair"
 * @param components what one kit uses
 * @since 0.1.0
 */
public record NewKit(String name, List<KitComponent> components) {
    public NewKit {
        components = components == null ? List.of() : List.copyOf(components);
    }
}
