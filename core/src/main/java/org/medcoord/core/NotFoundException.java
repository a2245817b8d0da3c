package org.medcoord.core;

/**
 * The requested record does not exist in the caller's tenant (or the caller may not know it exists).
 *
 * @since 0.1.0
 */
public class NotFoundException extends MedCoordException {
    private static final long serialVersionUID = 1L;
    public static final String CODE = "MC-CORE-404";

    /** @param what a description without PHI, for example {@code "appointment 0190..."} */
    public NotFoundException(String what) {
        super(CODE, what + " was not found");
    }

    public NotFoundException(String code, String message) {
        super(code, message);
    }
}
