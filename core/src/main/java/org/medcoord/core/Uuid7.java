package org.medcoord.core;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered UUIDs (RFC 9562 version 7): 48 bits of Unix milliseconds, then random bits, so ids sort
 * roughly by creation time and index well. Thread-safe.
 *
 * @since 0.1.0
 */
public final class Uuid7 {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Uuid7() {
    }

    /** @return a new version-7 UUID stamped with {@code clock}'s current time */
    public static UUID next(Clock clock) {
        return at(clock.millis());
    }

    /** @return a new version-7 UUID stamped with the system clock */
    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    static UUID at(long epochMillis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long msb = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16;
        msb |= 0x7000L;                                         // version 7
        msb |= ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL); // 12 bits rand_a
        long lsb = 0x8000_0000_0000_0000L;                      // variant 10
        lsb |= (random[2] & 0x3FL) << 56;
        for (int i = 3; i < 10; i++) {
            lsb |= (random[i] & 0xFFL) << (8 * (9 - i));
        }
        return new UUID(msb, lsb);
    }
}
