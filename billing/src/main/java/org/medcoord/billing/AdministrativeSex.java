package org.medcoord.billing;

/**
 * A person's sex as payers record it (X12 DMG03).
 *
 * @since 0.1.0
 */
public enum AdministrativeSex {
    /** Female ({@code F}). */
    FEMALE("F"),
    /** Male ({@code M}). */
    MALE("M"),
    /** Unknown ({@code U}). */
    UNKNOWN("U");

    private final String x12Code;

    AdministrativeSex(String x12Code) {
        this.x12Code = x12Code;
    }

    /** @return the X12 gender code */
    public String x12Code() {
        return x12Code;
    }
}
