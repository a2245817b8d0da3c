package org.medcoord.records;

import org.medcoord.core.access.DataCategory;

/**
 * The kinds of history entry, each with the data category access is decided on.
 *
 * @since 0.1.0
 */
public enum HistoryKind {
    ALLERGY("allergy", DataCategory.CLINICAL),
    PROBLEM("problem", DataCategory.CLINICAL),
    MEDICATION("medication", DataCategory.MEDICATION),
    SURGERY("surgery", DataCategory.CLINICAL),
    FAMILY("family-history", DataCategory.CLINICAL),
    SOCIAL("social-history", DataCategory.CLINICAL),
    IMMUNIZATION("immunization", DataCategory.CLINICAL);

    private final String label;
    private final DataCategory category;

    HistoryKind(String label, DataCategory category) {
        this.label = label;
        this.category = category;
    }

    /** @return a lower-case label used in event types, for example {@code "allergy"} */
    public String label() {
        return label;
    }

    /** @return the data category access to entries of this kind is decided on */
    public DataCategory category() {
        return category;
    }
}
