package org.medcoord.core.internal.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.medcoord.core.MedCoordException;

class FieldCipherTest {

    private static final String CANARY = "CANARY-Jane-Doe-1970-01-01";
    private static final byte[] AD = "clinic-a|patient|0190e7a4-0000-7000-8000-000000000001".getBytes(UTF_8);

    private final String k1 = ConfiguredKeyProvider.generateKeyBase64();
    private final String k2 = ConfiguredKeyProvider.generateKeyBase64();
    private final String tokenKey = ConfiguredKeyProvider.generateKeyBase64();

    private final FieldCipher cipher = new FieldCipher(provider(Map.of(
            ConfiguredKeyProvider.ENCRYPTION, k1,
            ConfiguredKeyProvider.TOKEN, tokenKey)));

    @Test
    void sealedBodyOpensToTheSamePlaintext() {
        byte[] plaintext = ("{\"name\":\"" + CANARY + "\"}").getBytes(UTF_8);

        byte[] sealed = cipher.seal(plaintext, AD);

        assertThat(cipher.open(sealed, AD)).isEqualTo(plaintext);
    }

    @Test
    void emptyPlaintextRoundTrips() {
        assertThat(cipher.open(cipher.seal(new byte[0], AD), AD)).isEmpty();
    }

    @Test
    void sealedValueHasTheDocumentedHeader() {
        byte[] sealed = cipher.seal("x".getBytes(UTF_8), AD);

        assertThat(sealed[0]).isEqualTo((byte) 1);
        assertThat(sealed[1]).isEqualTo((byte) 2);
        assertThat(new String(sealed, 2, 2, UTF_8)).isEqualTo("k1");
        // header 4 + IV 12 + 1 byte of ciphertext + 16-byte tag
        assertThat(sealed).hasSize(4 + 12 + 1 + 16);
    }

    @Test
    void sealingTheSamePlaintextTwiceGivesDifferentIvsAndCiphertexts() {
        byte[] plaintext = CANARY.getBytes(UTF_8);

        byte[] first = cipher.seal(plaintext, AD);
        byte[] second = cipher.seal(plaintext, AD);

        assertThat(Arrays.copyOfRange(first, 4, 16)).isNotEqualTo(Arrays.copyOfRange(second, 4, 16));
        assertThat(Arrays.copyOfRange(first, 16, first.length))
                .isNotEqualTo(Arrays.copyOfRange(second, 16, second.length));
    }

    @Test
    void ciphertextDoesNotContainThePlaintext() {
        byte[] plaintext = ("{\"family\":\"" + CANARY + "\",\"again\":\"" + CANARY + "\"}").getBytes(UTF_8);

        byte[] sealed = cipher.seal(plaintext, AD);

        assertThat(indexOf(sealed, CANARY.getBytes(UTF_8))).isEqualTo(-1);
        assertThat(new String(sealed, UTF_8)).doesNotContain("CANARY").doesNotContain("Jane");
        assertThat(indexOf(plaintext, CANARY.getBytes(UTF_8))).as("the search itself works").isPositive();
    }

    @Test
    void changingAnySingleByteOfASealedValueFailsToOpen() {
        byte[] sealed = cipher.seal(CANARY.getBytes(UTF_8), AD);

        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            MedCoordException e = catchThrowableOfType(MedCoordException.class, () -> cipher.open(tampered, AD));
            assertThat(e).as("byte %d flipped", i).isNotNull();
            assertThat(e.code()).as("byte %d flipped", i).startsWith("MC-CRYPTO-");
            assertThat(e.getMessage()).doesNotContain(CANARY);
        }
    }

    @Test
    void tamperedCiphertextReportsAnIntegrityFailureThatSaysWhatToCheck() {
        byte[] sealed = cipher.seal(CANARY.getBytes(UTF_8), AD);
        sealed[sealed.length - 20] ^= 0x40;

        assertThatThrownBy(() -> cipher.open(sealed, AD))
                .isInstanceOf(MedCoordException.class)
                .hasMessageStartingWith("MC-CRYPTO-003: ")
                .hasMessageContaining("check the key configuration")
                .hasMessageContaining("tampering")
                .hasNoCause();
    }

    @Test
    void everyTruncationOfASealedValueFailsToOpen() {
        byte[] sealed = cipher.seal(CANARY.getBytes(UTF_8), AD);

        for (int length = 0; length < sealed.length; length++) {
            byte[] truncated = Arrays.copyOf(sealed, length);
            MedCoordException e = catchThrowableOfType(MedCoordException.class, () -> cipher.open(truncated, AD));
            assertThat(e).as("truncated to %d bytes", length).isNotNull();
            assertThat(e.code()).as("truncated to %d bytes", length)
                    .isIn(FieldCipher.MALFORMED, FieldCipher.INTEGRITY_FAILED);
        }
    }

    @Test
    void aBodyCopiedToAnotherDocumentOrTenantFailsToOpen() {
        byte[] sealed = cipher.seal(CANARY.getBytes(UTF_8), AD);
        byte[] otherDocument = "clinic-a|patient|0190e7a4-0000-7000-8000-000000000002".getBytes(UTF_8);
        byte[] otherTenant = "clinic-b|patient|0190e7a4-0000-7000-8000-000000000001".getBytes(UTF_8);

        assertThatThrownBy(() -> cipher.open(sealed, otherDocument))
                .isInstanceOf(MedCoordException.class).hasMessageStartingWith("MC-CRYPTO-003: ");
        assertThatThrownBy(() -> cipher.open(sealed, otherTenant))
                .isInstanceOf(MedCoordException.class).hasMessageStartingWith("MC-CRYPTO-003: ");
        assertThatThrownBy(() -> cipher.open(sealed, new byte[0]))
                .isInstanceOf(MedCoordException.class).hasMessageStartingWith("MC-CRYPTO-003: ");
    }

    @Test
    void unknownFormatVersionIsReportedAsMalformed() {
        byte[] sealed = cipher.seal(CANARY.getBytes(UTF_8), AD);
        sealed[0] = 7;

        assertThatThrownBy(() -> cipher.open(sealed, AD))
                .isInstanceOf(MedCoordException.class)
                .hasMessageStartingWith("MC-CRYPTO-004: ")
                .hasMessageContaining("format version is 7");
    }

    @Test
    void afterRotationOldDataOpensWithTheRetiredKeyAndNewDataUsesTheNewKey() {
        byte[] before = cipher.seal(CANARY.getBytes(UTF_8), AD);
        FieldCipher rotated = new FieldCipher(provider(Map.of(
                ConfiguredKeyProvider.ENCRYPTION, k2,
                ConfiguredKeyProvider.ENCRYPTION_ID, "k2",
                ConfiguredKeyProvider.ENCRYPTION_RETIRED, "k1=" + k1,
                ConfiguredKeyProvider.TOKEN, tokenKey)));

        byte[] after = rotated.seal(CANARY.getBytes(UTF_8), AD);

        assertThat(rotated.open(before, AD)).isEqualTo(CANARY.getBytes(UTF_8));
        assertThat(new String(after, 2, after[1], UTF_8)).isEqualTo("k2");
        assertThat(rotated.open(after, AD)).isEqualTo(CANARY.getBytes(UTF_8));
        assertThatThrownBy(() -> cipher.open(after, AD))
                .as("the old configuration does not know k2")
                .isInstanceOf(MedCoordException.class)
                .hasMessageStartingWith("MC-CRYPTO-002: ")
                .hasMessageContaining("'k2'")
                .hasMessageContaining("medcoord.keys.encryption.retired");
    }

    @Test
    void dataSealedWithAKeyThatIsNoLongerConfiguredFailsNamingTheKeyId() {
        byte[] before = cipher.seal(CANARY.getBytes(UTF_8), AD);
        FieldCipher forgetful = new FieldCipher(provider(Map.of(
                ConfiguredKeyProvider.ENCRYPTION, k2,
                ConfiguredKeyProvider.ENCRYPTION_ID, "k2",
                ConfiguredKeyProvider.TOKEN, tokenKey)));

        assertThatThrownBy(() -> forgetful.open(before, AD))
                .isInstanceOf(MedCoordException.class)
                .hasMessage("MC-CRYPTO-002: a sealed value names encryption key id 'k1', which key provider"
                        + " 'config' does not know: keep every key that data was sealed with configured (for the"
                        + " built-in provider, list it in medcoord.keys.encryption.retired as k1=<base64>)");
    }

    @Test
    void aKeyIdReusedForDifferentKeyMaterialFailsTheIntegrityCheck() {
        byte[] sealed = cipher.seal(CANARY.getBytes(UTF_8), AD);
        FieldCipher sameIdOtherKey = new FieldCipher(provider(Map.of(
                ConfiguredKeyProvider.ENCRYPTION, k2,
                ConfiguredKeyProvider.TOKEN, tokenKey)));

        assertThatThrownBy(() -> sameIdOtherKey.open(sealed, AD))
                .isInstanceOf(MedCoordException.class)
                .hasMessageStartingWith("MC-CRYPTO-003: ")
                .hasMessageContaining("key id 'k1'");
    }

    @Test
    void theHeaderIsAuthenticatedSoRelabellingTheKeyIdFailsEvenWhenTheKeyMaterialMatches() {
        FieldCipher twoIdsOneKey = new FieldCipher(provider(Map.of(
                ConfiguredKeyProvider.ENCRYPTION, k1,
                ConfiguredKeyProvider.ENCRYPTION_RETIRED, "k0=" + k1,
                ConfiguredKeyProvider.TOKEN, tokenKey)));
        byte[] sealed = twoIdsOneKey.seal(CANARY.getBytes(UTF_8), AD);
        sealed[3] = '0';

        assertThatThrownBy(() -> twoIdsOneKey.open(sealed, AD))
                .isInstanceOf(MedCoordException.class)
                .hasMessageStartingWith("MC-CRYPTO-003: ")
                .hasMessageContaining("key id 'k0'");
    }

    @Test
    void manyThreadsSealAndOpenConcurrentlyWithoutMixingUpValues() throws Exception {
        int threads = 8;
        int perThread = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    int ok = 0;
                    for (int i = 0; i < perThread; i++) {
                        byte[] plaintext = ("value-" + thread + "-" + i).getBytes(UTF_8);
                        byte[] ad = ("clinic-a|doc|" + thread + "-" + i).getBytes(UTF_8);
                        if (Arrays.equals(cipher.open(cipher.seal(plaintext, ad), ad), plaintext)) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(perThread);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ConfiguredKeyProvider provider(Map<String, String> settings) {
        return ConfiguredKeyProvider.fromSettings(settings);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
