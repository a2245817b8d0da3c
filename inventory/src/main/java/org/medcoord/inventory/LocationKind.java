package org.medcoord.inventory;

/**
 * What kind of place a location is.
 *
 * @since 0.1.0
 */
public enum LocationKind {
    /** The central storeroom that receives deliveries. */
    STOREROOM,
    /** A cart in an exam room. */
    EXAM_ROOM_CART,
    /** The sterile core of the operating rooms. */
    OPERATING_ROOM_CORE,
    /** A resuscitation cart. */
    CRASH_CART,
    /** A pharmacy or medication room. */
    PHARMACY,
    /** Anything else. */
    OTHER
}
