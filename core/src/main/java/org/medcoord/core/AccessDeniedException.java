package org.medcoord.core;

/**
 * The access policy denied the operation. The denied attempt has been audited.
 *
 * @since 0.1.0
 */
public class AccessDeniedException extends MedCoordException {
    private static final long serialVersionUID = 1L;
    public static final String CODE = "MC-ACCESS-001";

    public AccessDeniedException(String message) {
        super(CODE, message);
    }

    public AccessDeniedException(String code, String message) {
        super(code, message);
    }
}
