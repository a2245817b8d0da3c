package org.medcoord.core;

/**
 * The storage engine cannot be reached or has failed; the message says what to check.
 *
 * @since 0.1.0
 */
public class StorageUnavailableException extends MedCoordException {
    private static final long serialVersionUID = 1L;
    public static final String CODE = "MC-STORE-004";

    public StorageUnavailableException(String message, Throwable cause) {
        super(CODE, message, cause);
    }
}
