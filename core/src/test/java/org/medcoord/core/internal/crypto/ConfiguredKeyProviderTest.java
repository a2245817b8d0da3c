package org.medcoord.core.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medcoord.core.ConfigurationException;
import org.medcoord.core.spi.DataKey;
import org.medcoord.core.spi.KeyPurpose;

class ConfiguredKeyProviderTest {

    private static final String HOW =
            "set it to the base64 of 32 random bytes, for example the output of `openssl rand -base64 32`";

    private final String encryptionKey = ConfiguredKeyProvider.generateKeyBase64();
    private final String tokenKey = ConfiguredKeyProvider.generateKeyBase64();

    @Test
    void keysAndDefaultIdsComeFromSettings() {
        ConfiguredKeyProvider provider = ConfiguredKeyProvider.fromSettings(Map.of(
                "medcoord.keys.encryption", encryptionKey,
                "medcoord.keys.token", tokenKey));

        assertThat(provider.id()).isEqualTo("config");
        assertThat(provider.activeKey(KeyPurpose.ENCRYPTION))
                .isEqualTo(new DataKey("k1", Base64.getDecoder().decode(encryptionKey)));
        assertThat(provider.activeKey(KeyPurpose.TOKEN))
                .isEqualTo(new DataKey("t1", Base64.getDecoder().decode(tokenKey)));
        assertThat(provider.key(KeyPurpose.ENCRYPTION, "k1")).contains(provider.activeKey(KeyPurpose.ENCRYPTION));
        assertThat(provider.key(KeyPurpose.TOKEN, "t1")).contains(provider.activeKey(KeyPurpose.TOKEN));
        assertThat(provider.key(KeyPurpose.ENCRYPTION, "t1")).isEmpty();
        assertThat(provider.key(KeyPurpose.TOKEN, "k1")).isEmpty();
    }

    @Test
    void retiredKeysAreFoundByIdButNeverActive() {
        String old1 = ConfiguredKeyProvider.generateKeyBase64();
        String old2 = ConfiguredKeyProvider.generateKeyBase64();
        ConfiguredKeyProvider provider = ConfiguredKeyProvider.fromSettings(Map.of(
                "medcoord.keys.encryption", encryptionKey,
                "medcoord.keys.encryption.id", "2026-11",
                "medcoord.keys.encryption.retired", " 2026-01=" + old1 + " , 2025-06=" + old2 + " ",
                "medcoord.keys.token", tokenKey,
                "medcoord.keys.token.id", "tok.a"));

        assertThat(provider.activeKey(KeyPurpose.ENCRYPTION).id()).isEqualTo("2026-11");
        assertThat(provider.key(KeyPurpose.ENCRYPTION, "2026-01"))
                .contains(new DataKey("2026-01", Base64.getDecoder().decode(old1)));
        assertThat(provider.key(KeyPurpose.ENCRYPTION, "2025-06"))
                .contains(new DataKey("2025-06", Base64.getDecoder().decode(old2)));
        assertThat(provider.key(KeyPurpose.ENCRYPTION, "2024-01")).isEmpty();
        assertThat(provider.activeKey(KeyPurpose.TOKEN).id()).isEqualTo("tok.a");
        assertThat(provider).hasToString(
                "ConfiguredKeyProvider[encryption=2026-11, retired=[2025-06, 2026-01], token=tok.a]");
    }

    @Test
    void keysWithSurroundingWhitespaceAreAccepted() {
        ConfiguredKeyProvider provider = ConfiguredKeyProvider.fromSettings(Map.of(
                "medcoord.keys.encryption", encryptionKey + "\n",
                "medcoord.keys.token", "  " + tokenKey));

        assertThat(provider.activeKey(KeyPurpose.ENCRYPTION).material())
                .isEqualTo(Base64.getDecoder().decode(encryptionKey));
    }

    @Test
    void missingKeysAreBothReportedAtOnce() {
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
                () -> ConfiguredKeyProvider.fromSettings(Map.of()));

        assertThat(e.code()).isEqualTo("MC-CONFIG-001");
        assertThat(e.problems()).containsExactly(
                "medcoord.keys.encryption is not set: " + HOW,
                "medcoord.keys.token is not set: " + HOW);
        assertThat(e).hasMessage("MC-CONFIG-001: 2 problems: medcoord.keys.encryption is not set: " + HOW
                + "; medcoord.keys.token is not set: " + HOW);
    }

    @Test
    void everyProblemInTheKeySettingsIsReportedAtOnceWithoutEchoingAnyKey() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        String valid = ConfiguredKeyProvider.generateKeyBase64();
        String other = ConfiguredKeyProvider.generateKeyBase64();
        Map<String, String> settings = new HashMap<>();
        settings.put("medcoord.keys.encryption", "not base64 at all!");
        settings.put("medcoord.keys.encryption.retired",
                "k0=" + shortKey + ",garbage-without-key," + "k1=" + valid + ",k9=" + valid + ",k9=" + other
                        + ",bad id=" + valid + ",k8=%%%");
        settings.put("medcoord.keys.token", shortKey);
        settings.put("medcoord.keys.token.id", "has space");

        ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
                () -> ConfiguredKeyProvider.fromSettings(settings));

        assertThat(e.problems()).containsExactly(
                "medcoord.keys.encryption is not valid base64: " + HOW,
                "medcoord.keys.encryption.retired key 'k0' is 16 bytes long, a key is exactly 32 bytes: " + HOW,
                "medcoord.keys.encryption.retired entry 2 is not of the form id=base64: list retired keys as"
                        + " id=base64, separated by commas",
                "medcoord.keys.encryption.retired lists key id 'k1', which is also medcoord.keys.encryption.id:"
                        + " give the active key a new id and keep each retired key under its own id",
                "medcoord.keys.encryption.retired lists key id 'k9' more than once: give each key its own id",
                "medcoord.keys.encryption.retired entry 6 has an invalid key id: use 1 to 64 characters of"
                        + " letters, digits, '.', '_' or '-'",
                "medcoord.keys.encryption.retired key 'k8' is not valid base64: " + HOW,
                "medcoord.keys.token.id is not a valid key id: use 1 to 64 characters of letters, digits, '.',"
                        + " '_' or '-'",
                "medcoord.keys.token is 16 bytes long, a key is exactly 32 bytes: " + HOW);
        assertThat(e.getMessage()).startsWith("MC-CONFIG-001: 9 problems: ")
                .doesNotContain(shortKey).doesNotContain(valid).doesNotContain(other)
                .doesNotContain("not base64 at all").doesNotContain("garbage");
    }

    @Test
    void theSameKeyForEncryptionAndTokensIsRejected() {
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
                () -> ConfiguredKeyProvider.fromSettings(Map.of(
                        "medcoord.keys.encryption", encryptionKey,
                        "medcoord.keys.token", encryptionKey)));

        assertThat(e.problems()).containsExactly("medcoord.keys.encryption and medcoord.keys.token hold the same"
                + " key: use two different keys, generated separately (for example with"
                + " `openssl rand -base64 32`, run twice)");
        assertThat(e.getMessage()).doesNotContain(encryptionKey);
    }

    @Test
    void theConstructorValidatesLikeTheFactory() {
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
                () -> new ConfiguredKeyProvider(Map.of("medcoord.keys.token", tokenKey)));

        assertThat(e.problems()).containsExactly("medcoord.keys.encryption is not set: " + HOW);
    }

    @Test
    void generatedKeysAre32RandomBytesInBase64() {
        String first = ConfiguredKeyProvider.generateKeyBase64();
        String second = ConfiguredKeyProvider.generateKeyBase64();

        assertThat(Base64.getDecoder().decode(first)).hasSize(32);
        assertThat(second).isNotEqualTo(first);
    }
}
