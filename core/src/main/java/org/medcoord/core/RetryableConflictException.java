package org.medcoord.core;

/**
 * The storage engine detected a deadlock or serialization failure. Nothing was committed; running the
 * same transaction again may succeed. Domain services retry a bounded number of times.
 *
 * @since 0.1.0
 */
public class RetryableConflictException extends ConflictException {
    private static final long serialVersionUID = 1L;
    public static final String CODE = "MC-STORE-003";

    public RetryableConflictException(String message, Throwable cause) {
        super(CODE, message, cause);
    }
}
