package org.medcoord.billing.x12;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Prepares a byte stream for StAEDI: skips a UTF-8 byte order mark and leading white space, checks
 * that an ISA header comes first, learns the delimiters from the fixed-length ISA, and supplies a
 * missing segment terminator at the very end. Streams the rest unchanged.
 */
final class X12Input extends InputStream {

    private static final int ISA_LENGTH = 106;

    private final InputStream in;
    private final byte[] head;
    private final long skipped;
    private final char elementSeparator;
    private final char componentSeparator;
    private final char segmentTerminator;
    private final byte[] one = new byte[1];
    private int headPos;
    private int lastSignificant = -1;
    /** The first significant bytes after the last segment terminator seen: the start of the pending segment. */
    private final byte[] pending = new byte[3];
    private int pendingLen;
    private boolean terminatorSupplied;
    private boolean eof;

    private X12Input(InputStream in, byte[] head, long skipped) {
        this.in = in;
        this.head = head;
        this.skipped = skipped;
        this.elementSeparator = (char) (head[3] & 0xff);
        this.componentSeparator = (char) (head[104] & 0xff);
        this.segmentTerminator = (char) (head[105] & 0xff);
    }

    static X12Input open(InputStream in) {
        try {
            long skipped = 0;
            int b = in.read();
            if (b == 0xEF) {
                int b2 = in.read();
                int b3 = in.read();
                if (b2 != 0xBB || b3 != 0xBF) {
                    throw new X12Exception(X12Codes.NOT_X12, "?", 0, 0, "the input does not start with ISA", null);
                }
                skipped += 3;
                b = in.read();
            }
            while (b != -1 && Character.isWhitespace(b)) {
                skipped++;
                b = in.read();
            }
            if (b == -1) {
                throw new X12Exception(X12Codes.TRUNCATED, "?", 0, skipped, "the input is empty", null);
            }
            byte[] head = new byte[ISA_LENGTH];
            head[0] = (byte) b;
            int n = 1;
            while (n < ISA_LENGTH) {
                int r = in.read(head, n, ISA_LENGTH - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
            String start = new String(head, 0, Math.min(n, 3), StandardCharsets.ISO_8859_1);
            if (!"ISA".equals(start)) {
                throw new X12Exception(X12Codes.NOT_X12, leadingTag(head, n), 1, skipped,
                        "the input does not start with an ISA interchange header (no envelope)", null);
            }
            if (n < ISA_LENGTH) {
                throw new X12Exception(X12Codes.TRUNCATED, "ISA", 1, skipped + n,
                        "the input ends inside the ISA interchange header", null);
            }
            return new X12Input(in, head, skipped);
        } catch (IOException e) {
            throw new X12Exception(X12Codes.IO, "?", 0, -1, "the input could not be read", e);
        }
    }

    /** The leading letters of a non-ISA input, which name its first segment (never data). */
    private static String leadingTag(byte[] head, int n) {
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < Math.min(n, 3); i++) {
            char c = (char) (head[i] & 0xff);
            if (!Character.isLetterOrDigit(c) || c > 127) {
                break;
            }
            tag.append(c);
        }
        return tag.length() >= 2 ? tag.toString() : "?";
    }

    long skipped() {
        return skipped;
    }

    char elementSeparator() {
        return elementSeparator;
    }

    char componentSeparator() {
        return componentSeparator;
    }

    char segmentTerminator() {
        return segmentTerminator;
    }

    /** @return true when the input lacked a final segment terminator and one was supplied */
    boolean terminatorSupplied() {
        return terminatorSupplied;
    }

    /** @return true when the underlying input reached its end */
    boolean atEnd() {
        return eof;
    }

    @Override
    public int read() throws IOException {
        int r = read(one, 0, 1);
        return r == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n;
        if (headPos < head.length) {
            n = Math.min(len, head.length - headPos);
            System.arraycopy(head, headPos, buf, off, n);
            headPos += n;
        } else if (eof) {
            return -1;
        } else {
            n = in.read(buf, off, len);
            if (n == -1) {
                eof = true;
                if (lastSignificant != segmentTerminator && pendingIsTrailer()) {
                    terminatorSupplied = true;
                    buf[off] = (byte) segmentTerminator;
                    return 1;
                }
                return -1;
            }
        }
        track(buf, off, n);
        return n;
    }

    private void track(byte[] buf, int off, int n) {
        int start = off;
        for (int i = off + n - 1; i >= off; i--) {
            int b = buf[i] & 0xff;
            if (b == segmentTerminator) {
                pendingLen = 0;
                start = i + 1;
                break;
            }
        }
        for (int i = start; i < off + n && pendingLen < pending.length; i++) {
            int b = buf[i] & 0xff;
            if (pendingLen > 0 || !Character.isWhitespace(b)) {
                pending[pendingLen++] = (byte) b;
            }
        }
        for (int i = off + n - 1; i >= off; i--) {
            int b = buf[i] & 0xff;
            if (b == segmentTerminator || !Character.isWhitespace(b)) {
                lastSignificant = b;
                break;
            }
        }
    }

    /** Only an unterminated IEA gets a terminator supplied; any other unterminated segment means truncation. */
    private boolean pendingIsTrailer() {
        return pendingLen == 3 && pending[0] == 'I' && pending[1] == 'E' && pending[2] == 'A';
    }
}
