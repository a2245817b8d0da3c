package org.medcoord.billing.x12;

/**
 * ISA15: whether an interchange carries test or production data.
 *
 * @since 0.1.0
 */
public enum UsageIndicator {
    /** {@code T}: test data; a payer must not adjudicate it. */
    TEST("T"),
    /** {@code P}: production data. */
    PRODUCTION("P"),
    /** {@code I}: information only. */
    INFORMATION("I");

    private final String code;

    UsageIndicator(String code) {
        this.code = code;
    }

    /** @return the ISA15 code */
    public String code() {
        return code;
    }

    /**
     * @param code an ISA15 code
     * @return the matching indicator, or {@code null} when the code is not one of T, P or I
     */
    public static UsageIndicator fromCode(String code) {
        for (UsageIndicator u : values()) {
            if (u.code.equals(code)) {
                return u;
            }
        }
        return null;
    }
}
