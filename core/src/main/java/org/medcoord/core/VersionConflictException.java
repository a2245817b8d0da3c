package org.medcoord.core;

/**
 * An update named a version that is no longer current: someone else changed the record first.
 * Re-read it and apply the change again.
 *
 * @since 0.1.0
 */
public class VersionConflictException extends ConflictException {
    private static final long serialVersionUID = 1L;
    public static final String CODE = "MC-STORE-001";

    /** @param what a description without PHI, for example {@code "patient/0190..."} */
    public VersionConflictException(String what, long expected, long actual) {
        super(CODE, what + " is at version " + actual + ", not the expected " + expected
                + "; re-read it and apply the change again");
    }

    public VersionConflictException(String message) {
        super(CODE, message);
    }
}
