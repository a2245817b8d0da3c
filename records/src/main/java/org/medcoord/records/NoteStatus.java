package org.medcoord.records;

/**
 * Where a clinical note stands: a draft can be revised by its author; a signed note never changes again
 * and is corrected only by signed addenda.
 *
 * @since 0.1.0
 */
public enum NoteStatus {
    DRAFT, SIGNED
}
