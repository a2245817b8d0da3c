package org.medcoord.inventory;

import org.medcoord.core.access.AccessContext;

/**
 * Consumes kits. Thread-safe.
 *
 * @since 0.1.0
 */
public interface KitService {

    /**
     * Consumes every component of a kit FEFO at the location, for a patient and encounter, in one
     * transaction: all components or none. The patient link is audited.
     *
     * @throws org.medcoord.core.ConflictException {@code MC-INV-101} naming every short item, when any is short
     */
    Movement consumeKit(AccessContext context, KitConsumption consumption);
}
