package org.medcoord.core.access;

/**
 * Role names the default access policy knows. Vendors may use others with their own policy.
 *
 * @since 0.1.0
 */
public final class Roles {
    /** Physicians, nurse practitioners: full clinical access for treatment. */
    public static final String CLINICIAN = "clinician";
    /** Nurses: clinical access for treatment, medication administration. */
    public static final String NURSE = "nurse";
    /** The medical coordinator: scheduling, demographics, coordination, inventory. */
    public static final String COORDINATOR = "coordinator";
    /** Front desk: scheduling and demographics. */
    public static final String FRONT_DESK = "front-desk";
    /** Billing staff: demographics, insurance and billing for payment. */
    public static final String BILLING = "billing";
    /** Supply staff: inventory and equipment only, no PHI. */
    public static final String SUPPLY = "supply";
    /** Privacy officers: read the audit trail. */
    public static final String AUDITOR = "auditor";
    /** Administrators: configuration; no clinical data by default. */
    public static final String ADMIN = "admin";
    /** Background processes of the embedding product acting for operations. */
    public static final String SYSTEM = "system";

    private Roles() {
    }
}
