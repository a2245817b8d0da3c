package org.medcoord.inventory;

import java.util.Optional;
import org.medcoord.core.access.AccessContext;

/**
 * The catalog: items with their units, locations, kits and par levels. Every method needs INVENTORY
 * access (by default the supply or coordinator role for operations). Thread-safe; obtain it with
 * {@code medcoord.service(CatalogService.class)}.
 *
 * @since 0.1.0
 */
public interface CatalogService {

    /**
     * Adds an item.
     *
     * @throws org.medcoord.core.ValidationException listing every problem (codes {@code MC-INV-0NN}, and the
     *         code validator's for a bad NDC)
     * @throws org.medcoord.core.UniqueKeyViolationException when another item has the same NDC
     */
    Item defineItem(AccessContext context, NewItem item);

    /** @throws org.medcoord.core.NotFoundException ({@code MC-INV-404}) when unknown */
    Item item(AccessContext context, ItemId id);

    /** @return the medication with this NDC (any layout), if the catalog has one */
    Optional<Item> itemByNdc(AccessContext context, String ndc);

    /** Adds a location. */
    Location defineLocation(AccessContext context, NewLocation location);

    /** @throws org.medcoord.core.NotFoundException ({@code MC-INV-404}) when unknown */
    Location location(AccessContext context, LocationId id);

    /** Defines a kit; quantities are stored in each item's base unit. */
    Kit defineKit(AccessContext context, NewKit kit);

    /** @throws org.medcoord.core.NotFoundException ({@code MC-INV-404}) when unknown */
    Kit kit(AccessContext context, KitId id);

    /** Sets (or replaces) the par level of an item at a location. */
    ParLevel setParLevel(AccessContext context, ParLevel level);

    /** @return the par level of an item at a location, if one is set */
    Optional<ParLevel> parLevel(AccessContext context, ItemId item, LocationId location);
}
