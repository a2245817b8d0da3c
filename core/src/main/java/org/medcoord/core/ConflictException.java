package org.medcoord.core;

/**
 * The operation collided with another: a booking overlaps, a version is stale, a unique key is taken.
 *
 * @since 0.1.0
 */
public class ConflictException extends MedCoordException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String code, String message) {
        super(code, message);
    }

    public ConflictException(String code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
