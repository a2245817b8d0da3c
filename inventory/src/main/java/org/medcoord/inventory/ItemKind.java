package org.medcoord.inventory;

/**
 * What an item of the catalog is.
 *
 * @since 0.1.0
 */
public enum ItemKind {
    /** A consumable supply (gauze, sutures, syringes). */
    SUPPLY,
    /** A medication, identified by its National Drug Code. */
    MEDICATION,
    /** A type of equipment (an infusion pump model); the assets themselves carry serial numbers. */
    EQUIPMENT_TYPE,
    /** An implantable device, always lot-tracked. */
    IMPLANT
}
