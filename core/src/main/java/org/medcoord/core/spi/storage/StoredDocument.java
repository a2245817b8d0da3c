package org.medcoord.core.spi.storage;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A document as stored.
 *
 * @param key     its key
 * @param version 1 after insert, +1 on every update
 * @param body    the opaque (encrypted) body
 * @param written when this version was written, by the engine's clock
 * @since 0.1.0
 */
public record StoredDocument(DocumentKey key, long version, byte[] body, Instant written) {
    public StoredDocument {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(written, "written");
        body = body.clone();
    }

    /** @return a copy of the body */
    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredDocument d && d.key.equals(key) && d.version == version
                && Arrays.equals(d.body, body) && d.written.equals(written);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, version, Arrays.hashCode(body), written);
    }

    /** Never prints the body. */
    @Override
    public String toString() {
        return "StoredDocument[" + key + " v" + version + ", " + body.length + " bytes]";
    }
}
