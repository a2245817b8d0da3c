package org.medcoord.testsupport;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Fresh random keys for the built-in key provider, for tests and demos. Never use in production: keys
 * made here are lost with the process, and so is everything encrypted with them.
 *
 * @since 0.1.0
 */
public final class TestKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {
    }

    /** @return the settings {@code medcoord.keys.encryption} and {@code medcoord.keys.token}, each a new random key */
    public static Map<String, String> settings() {
        return Map.of("medcoord.keys.encryption", randomKey(), "medcoord.keys.token", randomKey());
    }

    /** @return base64 of 32 random bytes */
    public static String randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
