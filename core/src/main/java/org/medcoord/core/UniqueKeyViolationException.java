package org.medcoord.core;

/**
 * A unique key (an MRN, an idempotency key) is already held by another document.
 *
 * @since 0.1.0
 */
public class UniqueKeyViolationException extends ConflictException {
    private static final long serialVersionUID = 1L;
    public static final String CODE = "MC-STORE-002";

    private final String keyName;

    /** @param keyName the unique key's name (never its value, which may be PHI) */
    public UniqueKeyViolationException(String keyName, String documentType) {
        super(CODE, "unique key '" + keyName + "' is already taken in " + documentType);
        this.keyName = keyName;
    }

    /** @return the name of the unique key that was taken */
    public String keyName() {
        return keyName;
    }
}
