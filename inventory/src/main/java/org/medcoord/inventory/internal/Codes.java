package org.medcoord.inventory.internal;

/** The inventory module's error codes, in one place so that none is used for two meanings. */
final class Codes {
    static final String NAME_REQUIRED = "MC-INV-001";
    static final String UNKNOWN_UNIT = "MC-INV-002";
    static final String QUANTITY_NOT_POSITIVE = "MC-INV-003";
    static final String NDC_REQUIRED = "MC-INV-004";
    static final String NDC_NOT_ALLOWED = "MC-INV-005";
    static final String EXPIRY_REQUIRED = "MC-INV-006";
    static final String LOT_NUMBER_REQUIRED = "MC-INV-007";
    static final String LOT_NUMBER_NOT_ALLOWED = "MC-INV-008";
    static final String BASE_UNIT_REQUIRED = "MC-INV-009";
    static final String PACK_UNIT_INVALID = "MC-INV-010";
    static final String REASON_REQUIRED = "MC-INV-011";
    static final String SAME_LOCATION = "MC-INV-012";
    static final String KIND_REQUIRED = "MC-INV-013";
    static final String ZONE_REQUIRED = "MC-INV-014";
    static final String KIT_EMPTY = "MC-INV-015";
    static final String DUPLICATE_ITEM = "MC-INV-016";
    static final String PAR_LEVEL_INVALID = "MC-INV-017";
    static final String LOT_OF_OTHER_ITEM = "MC-INV-018";
    static final String QUANTITY_TOO_LARGE = "MC-INV-019";
    static final String DELTA_ZERO = "MC-INV-020";
    static final String DAYS_INVALID = "MC-INV-021";
    static final String IMPLANT_NOT_LOT_TRACKED = "MC-INV-022";
    static final String EXPIRY_MISMATCH = "MC-INV-023";
    static final String ITEM_UNKNOWN = "MC-INV-024";
    static final String EXPIRY_NEEDS_LOTS = "MC-INV-025";
    static final String ENCOUNTER_WITHOUT_PATIENT = "MC-INV-026";
    static final String MAX_INVALID = "MC-INV-027";
    static final String SUPPLIER_REQUIRED = "MC-INV-028";
    static final String ORDER_EMPTY = "MC-INV-029";
    static final String NOT_ON_ORDER = "MC-INV-030";
    static final String INTERVAL_INVALID = "MC-INV-031";
    static final String NOT_REUSABLE = "MC-INV-032";
    static final String SERIAL_REQUIRED = "MC-INV-033";
    static final String PLAN_INVALID = "MC-INV-034";
    static final String NOT_EQUIPMENT_TYPE = "MC-INV-035";
    static final String NOT_COUNTED = "MC-INV-036";
    static final String THRESHOLD_INVALID = "MC-INV-037";
    static final String ALREADY_EXPIRED = "MC-INV-038";

    static final String INSUFFICIENT_STOCK = "MC-INV-101";
    static final String LOT_NOT_USABLE = "MC-INV-102";
    static final String ALREADY_RECALLED = "MC-INV-105";
    static final String ORDER_STATUS = "MC-INV-106";
    static final String NOTHING_TO_ORDER = "MC-INV-107";
    static final String ASSET_STATUS = "MC-INV-108";
    static final String REPROCESSING_REQUIRED = "MC-INV-109";
    static final String SELF_APPROVAL = "MC-INV-110";
    static final String SHEET_STATUS = "MC-INV-111";
    static final String WORK_ORDER_STATUS = "MC-INV-112";

    static final String NOT_FOUND = "MC-INV-404";

    private Codes() {
    }
}
