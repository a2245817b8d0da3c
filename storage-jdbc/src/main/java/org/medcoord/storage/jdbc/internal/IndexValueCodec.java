package org.medcoord.storage.jdbc.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.medcoord.core.spi.storage.IndexValue;

/**
 * Encodes index values into bytes whose unsigned lexicographic order (PostgreSQL {@code bytea},
 * H2 {@code VARBINARY}) is the SPI's order: one kind byte first, so kinds never compare equal and a
 * range stays inside its kind; text as its code points in UTF-8 form (byte order of UTF-8 is code point
 * order, on every database and whatever its collation); numbers and instants big-endian with the sign
 * bit flipped.
 *
 * <p>Why one encoded column instead of a text, a number and a timestamp column: equality, ranges,
 * {@code IN}, ordering by a field's smallest entry and cursors then all work on one column and one
 * composite index, with identical results on PostgreSQL and H2.
 */
final class IndexValueCodec {

    static final byte TEXT = 1;
    static final byte NUMBER = 2;
    static final byte INSTANT = 3;

    private IndexValueCodec() {
    }

    static byte kind(IndexValue value) {
        if (value instanceof IndexValue.Text) {
            return TEXT;
        }
        return value instanceof IndexValue.Numeric ? NUMBER : INSTANT;
    }

    static byte[] encode(IndexValue value) {
        if (value instanceof IndexValue.Text text) {
            return encodeText(text.value());
        }
        if (value instanceof IndexValue.Numeric number) {
            return ByteBuffer.allocate(9).put(NUMBER).putLong(number.value() ^ Long.MIN_VALUE).array();
        }
        Instant instant = ((IndexValue.Timestamp) value).value();
        // seconds and microseconds separately: micros since the epoch overflow a long for far instants
        return ByteBuffer.allocate(13).put(INSTANT).putLong(instant.getEpochSecond() ^ Long.MIN_VALUE)
                .putInt(instant.getNano() / 1000).array();
    }

    /** @return the smallest encoding of {@code kind}: every value of the kind is at or above it */
    static byte[] lowestOf(byte kind) {
        return new byte[] {kind};
    }

    /** @return the smallest encoding above every value of {@code kind} */
    static byte[] aboveAllOf(byte kind) {
        return new byte[] {(byte) (kind + 1)};
    }

    static IndexValue decode(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        byte kind = buffer.get();
        return switch (kind) {
            case TEXT -> IndexValue.text(decodeText(bytes));
            case NUMBER -> IndexValue.number(buffer.getLong() ^ Long.MIN_VALUE);
            case INSTANT -> IndexValue.instant(Instant.ofEpochSecond(buffer.getLong() ^ Long.MIN_VALUE, buffer.getInt() * 1000L));
            default -> throw new IllegalStateException("index value of unknown kind " + kind + "; the table was written by another program");
        };
    }

    // UTF-8 layout for every code point, lone surrogates included (they are code points to
    // String.codePoints() too), so any Java string round-trips and sorts by code point.
    private static byte[] encodeText(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 1);
        out.write(TEXT);
        text.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xC0 | (cp >> 6));
                out.write(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                out.write(0xE0 | (cp >> 12));
                out.write(0x80 | ((cp >> 6) & 0x3F));
                out.write(0x80 | (cp & 0x3F));
            } else {
                out.write(0xF0 | (cp >> 18));
                out.write(0x80 | ((cp >> 12) & 0x3F));
                out.write(0x80 | ((cp >> 6) & 0x3F));
                out.write(0x80 | (cp & 0x3F));
            }
        });
        return out.toByteArray();
    }

    private static String decodeText(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        int i = 1;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int cp;
            if (b < 0x80) {
                cp = b;
                i += 1;
            } else if (b < 0xE0) {
                cp = ((b & 0x1F) << 6) | (bytes[i + 1] & 0x3F);
                i += 2;
            } else if (b < 0xF0) {
                cp = ((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F);
                i += 3;
            } else {
                cp = ((b & 0x07) << 18) | ((bytes[i + 1] & 0x3F) << 12) | ((bytes[i + 2] & 0x3F) << 6) | (bytes[i + 3] & 0x3F);
                i += 4;
            }
            text.appendCodePoint(cp);
        }
        return text.toString();
    }
}
