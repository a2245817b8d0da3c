package org.medcoord.core.internal.crypto;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.medcoord.core.ConfigurationException;
import org.medcoord.core.spi.DataKey;
import org.medcoord.core.spi.KeyProvider;
import org.medcoord.core.spi.KeyPurpose;

/**
 * The built-in {@link KeyProvider}: keys come from settings.
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>setting</th><th>value</th></tr>
 *   <tr><td>{@value #ENCRYPTION}</td><td>the active encryption key, base64 of 32 bytes (required)</td></tr>
 *   <tr><td>{@value #ENCRYPTION_ID}</td><td>its id, default {@value #DEFAULT_ENCRYPTION_ID}</td></tr>
 *   <tr><td>{@value #ENCRYPTION_RETIRED}</td><td>earlier encryption keys, still used to read old data:
 *       {@code id=base64,id=base64} (optional)</td></tr>
 *   <tr><td>{@value #TOKEN}</td><td>the token (HMAC) key, base64 of 32 bytes (required)</td></tr>
 *   <tr><td>{@value #TOKEN_ID}</td><td>its id, default {@value #DEFAULT_TOKEN_ID}</td></tr>
 * </table>
 *
 * <p>To rotate the encryption key: give the new key a new id, and move the old one to
 * {@value #ENCRYPTION_RETIRED} under its old id. New data is sealed with the new key; old data still
 * opens.
 *
 * <p>Every problem in the settings is reported at once, in one {@link ConfigurationException}; messages
 * name the setting and never echo a key. Immutable and thread-safe. Public because bootstrap, in another
 * internal package, installs it as the default.
 */
public final class ConfiguredKeyProvider implements KeyProvider {

    /** The active encryption key setting. */
    public static final String ENCRYPTION = "medcoord.keys.encryption";
    /** The active encryption key's id setting. */
    public static final String ENCRYPTION_ID = "medcoord.keys.encryption.id";
    /** The retired encryption keys setting. */
    public static final String ENCRYPTION_RETIRED = "medcoord.keys.encryption.retired";
    /** The token key setting. */
    public static final String TOKEN = "medcoord.keys.token";
    /** The token key's id setting. */
    public static final String TOKEN_ID = "medcoord.keys.token.id";
    /** The encryption key id when none is set. */
    public static final String DEFAULT_ENCRYPTION_ID = "k1";
    /** The token key id when none is set. */
    public static final String DEFAULT_TOKEN_ID = "t1";

    private static final int KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String HOW_TO_MAKE =
            "set it to the base64 of 32 random bytes, for example the output of `openssl rand -base64 32`";
    private static final String ID_RULE = "1 to 64 characters of letters, digits, '.', '_' or '-'";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataKey activeEncryption;
    private final Map<String, DataKey> encryptionKeys;
    private final DataKey token;

    /**
     * @param settings the SDK's settings; only the {@code medcoord.keys.*} entries are read
     * @throws ConfigurationException listing every problem with the key settings
     */
    public ConfiguredKeyProvider(Map<String, String> settings) {
        Objects.requireNonNull(settings, "settings");
        List<String> problems = new ArrayList<>();

        String encryptionId = keyId(settings, ENCRYPTION_ID, DEFAULT_ENCRYPTION_ID, problems);
        byte[] encryption = requiredKey(settings.get(ENCRYPTION), ENCRYPTION, problems);
        Map<String, DataKey> keys = new LinkedHashMap<>();
        if (encryptionId != null && encryption != null) {
            keys.put(encryptionId, new DataKey(encryptionId, encryption));
        }
        readRetired(settings.get(ENCRYPTION_RETIRED), encryptionId, keys, problems);

        String tokenId = keyId(settings, TOKEN_ID, DEFAULT_TOKEN_ID, problems);
        byte[] tokenKey = requiredKey(settings.get(TOKEN), TOKEN, problems);
        if (encryption != null && tokenKey != null && MessageDigest.isEqual(encryption, tokenKey)) {
            problems.add(ENCRYPTION + " and " + TOKEN + " hold the same key: use two different keys,"
                    + " generated separately (for example with `openssl rand -base64 32`, run twice)");
        }

        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        this.activeEncryption = keys.get(encryptionId);
        this.encryptionKeys = Map.copyOf(keys);
        this.token = new DataKey(tokenId, tokenKey);
    }

    /**
     * @param settings the SDK's settings
     * @return a provider for the keys they configure
     * @throws ConfigurationException listing every problem with the key settings
     */
    public static ConfiguredKeyProvider fromSettings(Map<String, String> settings) {
        return new ConfiguredKeyProvider(settings);
    }

    /** @return the base64 of 32 fresh random bytes, a valid value for a key setting */
    public static String generateKeyBase64() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Override
    public String id() {
        return "config";
    }

    @Override
    public DataKey activeKey(KeyPurpose purpose) {
        return switch (Objects.requireNonNull(purpose, "purpose")) {
            case ENCRYPTION -> activeEncryption;
            case TOKEN -> token;
        };
    }

    @Override
    public Optional<DataKey> key(KeyPurpose purpose, String keyId) {
        Objects.requireNonNull(keyId, "keyId");
        return switch (Objects.requireNonNull(purpose, "purpose")) {
            case ENCRYPTION -> Optional.ofNullable(encryptionKeys.get(keyId));
            case TOKEN -> token.id().equals(keyId) ? Optional.of(token) : Optional.empty();
        };
    }

    /** Names the key ids only, never key material. */
    @Override
    public String toString() {
        List<String> retired = encryptionKeys.keySet().stream()
                .filter(id -> !id.equals(activeEncryption.id())).sorted().toList();
        return "ConfiguredKeyProvider[encryption=" + activeEncryption.id() + ", retired=" + retired
                + ", token=" + token.id() + "]";
    }

    private static String keyId(Map<String, String> settings, String setting, String fallback,
                                List<String> problems) {
        String raw = settings.get(setting);
        String id = raw == null || raw.isBlank() ? fallback : raw.strip();
        if (!KEY_ID.matcher(id).matches()) {
            problems.add(setting + " is not a valid key id: use " + ID_RULE);
            return null;
        }
        return id;
    }

    private static byte[] requiredKey(String value, String setting, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(setting + " is not set: " + HOW_TO_MAKE);
            return null;
        }
        return decode(value, setting, problems);
    }

    private static byte[] decode(String value, String what, List<String> problems) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            // the decoder's message quotes the offending character of the key: not passed on
            problems.add(what + " is not valid base64: " + HOW_TO_MAKE);
            return null;
        }
        if (key.length != KEY_BYTES) {
            problems.add(what + " is " + key.length + " bytes long, a key is exactly " + KEY_BYTES + " bytes: "
                    + HOW_TO_MAKE);
            return null;
        }
        return key;
    }

    private static void readRetired(String value, String activeId, Map<String, DataKey> keys,
                                    List<String> problems) {
        if (value == null || value.isBlank()) {
            return;
        }
        String[] entries = value.split(",", -1);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            int number = i + 1;
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                problems.add(ENCRYPTION_RETIRED + " entry " + number + " is not of the form id=base64: list"
                        + " retired keys as id=base64, separated by commas");
                continue;
            }
            String id = entry.substring(0, eq).strip();
            if (!KEY_ID.matcher(id).matches()) {
                problems.add(ENCRYPTION_RETIRED + " entry " + number + " has an invalid key id: use " + ID_RULE);
                continue;
            }
            if (seen.contains(id)) {
                problems.add(ENCRYPTION_RETIRED + " lists key id '" + id + "' more than once: give each key"
                        + " its own id");
                continue;
            }
            seen.add(id);
            if (id.equals(activeId)) {
                problems.add(ENCRYPTION_RETIRED + " lists key id '" + id + "', which is also " + ENCRYPTION_ID
                        + ": give the active key a new id and keep each retired key under its own id");
                continue;
            }
            byte[] key = decode(entry.substring(eq + 1), ENCRYPTION_RETIRED + " key '" + id + "'", problems);
            if (key != null) {
                keys.put(id, new DataKey(id, key));
            }
        }
    }
}
