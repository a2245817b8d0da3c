package org.medcoord.billing.x12;

import org.medcoord.core.MedCoordException;

/**
 * A malformed X12 input: a coded error naming the segment and its position. Thrown by every reader
 * before it returns anything, so a caller never sees part of a file. The message never contains PHI
 * (no element values, only tags, positions and codes).
 *
 * @since 0.1.0
 */
public class X12Exception extends MedCoordException {

    private static final long serialVersionUID = 1L;

    /** The offending segment's tag, or {@code "?"}. */
    private final String segmentTag;
    /** The 1-based position of the segment in the stream, or 0. */
    private final long segmentIndex;
    /** The offset of the error in the stream (characters), or -1. */
    private final long characterOffset;

    /**
     * @param code            the stable code, {@code MC-EDI-NNN}
     * @param segmentTag      the offending segment's tag, or {@code "?"} when none was read
     * @param segmentIndex    1-based position of the segment in the stream, or 0
     * @param characterOffset offset of the error in the stream (characters), or -1
     * @param message         what is wrong; never PHI
     * @param cause           the underlying cause, or {@code null}
     */
    public X12Exception(String code, String segmentTag, long segmentIndex, long characterOffset, String message,
            Throwable cause) {
        super(code, message + " [segment " + segmentTag + " #" + segmentIndex + ", offset " + characterOffset + "]",
                cause);
        this.segmentTag = segmentTag;
        this.segmentIndex = segmentIndex;
        this.characterOffset = characterOffset;
    }

    /** @return the offending segment's tag, or {@code "?"} */
    public String segmentTag() {
        return segmentTag;
    }

    /** @return the 1-based position of the segment in the stream, or 0 */
    public long segmentIndex() {
        return segmentIndex;
    }

    /** @return the offset of the error in the stream (characters), or -1 */
    public long characterOffset() {
        return characterOffset;
    }
}
