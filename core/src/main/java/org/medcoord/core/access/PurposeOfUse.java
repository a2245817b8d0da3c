package org.medcoord.core.access;

/**
 * Why data is accessed (HL7 v3 PurposeOfUse), recorded on every audit event.
 *
 * @since 0.1.0
 */
public enum PurposeOfUse {
    /** TREAT: care of the patient. */
    TREATMENT("TREAT"),
    /** ETREAT: emergency treatment, used with break-glass. */
    EMERGENCY_TREATMENT("ETREAT"),
    /** HPAYMT: billing and claims. */
    PAYMENT("HPAYMT"),
    /** HOPERAT: running the clinic (scheduling, supplies, reports). */
    OPERATIONS("HOPERAT"),
    /** PATRQT: the patient's own request (right of access). */
    PATIENT_REQUEST("PATRQT"),
    /** HRESCH: research. */
    RESEARCH("HRESCH"),
    /** HLEGAL: legal and compliance, including audit review. */
    LEGAL("HLEGAL"),
    /** HSYSADMIN: system administration. */
    SYSTEM_ADMINISTRATION("HSYSADMIN");

    private final String code;

    PurposeOfUse(String code) {
        this.code = code;
    }

    /** @return the HL7 v3 ActReason code */
    public String code() {
        return code;
    }
}
