package org.medcoord.coordination;

/**
 * How an inquiry or complaint reached the clinic.
 *
 * @since 0.1.0
 */
public enum CaseChannel {
    /** A phone call. */
    PHONE,
    /** An e-mail. */
    EMAIL,
    /** The patient portal. */
    PORTAL,
    /** At the desk. */
    IN_PERSON,
    /** A letter. */
    LETTER
}
