package org.medcoord.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one unchecked root of every error MedCoord raises.
 *
 * <p>Every instance carries a stable code of the form {@code MC-<AREA>-<NNN>} and its message starts
 * with that code, so that a support engineer can search for it. Messages and {@code toString()} never
 * contain protected health information (PHI); ids are fine.
 *
 * @since 0.1.0
 */
public class MedCoordException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("MC-[A-Z]+-\\d{3}");

    private final String code;

    /**
     * @param code    the stable code, {@code MC-<AREA>-<NNN>}
     * @param message what went wrong and what to do next; never PHI
     */
    public MedCoordException(String code, String message) {
        this(code, message, null);
    }

    /**
     * @param code    the stable code, {@code MC-<AREA>-<NNN>}
     * @param message what went wrong and what to do next; never PHI
     * @param cause   the underlying cause, or {@code null}
     */
    public MedCoordException(String code, String message, Throwable cause) {
        super(code + ": " + Objects.requireNonNull(message, "message"), cause);
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("error code must look like MC-AREA-NNN, was " + code);
        }
        this.code = code;
    }

    /** @return the stable code, for example {@code MC-STORE-001} */
    public String code() {
        return code;
    }
}
