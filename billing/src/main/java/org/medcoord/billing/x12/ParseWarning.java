package org.medcoord.billing.x12;

/**
 * Something a reader tolerated in a file: the data was read, but not as the TR3 says it should be.
 * Messages never carry PHI.
 *
 * @param code          stable {@code MC-EDI-NNN} code
 * @param segmentTag    the segment concerned, for example {@code SVC}
 * @param segmentIndex  1-based position of the segment in the stream
 * @param characterOffset offset of the segment's end in the stream (characters), or -1
 * @param message       what was tolerated and how it was read
 * @since 0.1.0
 */
public record ParseWarning(String code, String segmentTag, long segmentIndex, long characterOffset, String message) {

    /** @return code, segment, position and message (never PHI) */
    @Override
    public String toString() {
        return code + " at " + segmentTag + " (segment " + segmentIndex + ", offset " + characterOffset + "): "
                + message;
    }
}
