package org.medcoord.core.internal.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.medcoord.core.MedCoordException;
import org.medcoord.core.spi.DataKey;
import org.medcoord.core.spi.KeyProvider;
import org.medcoord.core.spi.KeyPurpose;

/**
 * Seals document bodies and log entries with AES-256-GCM before any storage engine sees them.
 *
 * <p>Sealed format, version 1:
 * <pre>
 *   [0x01][key-id length n][key id, n ASCII bytes][IV, 12 bytes][ciphertext + 16-byte tag]
 * </pre>
 * The key id in the header lets {@link #open} find the key a value was sealed with after the active key
 * has rotated. The header (version and key id) and the caller's associated data are both authenticated,
 * so changing the header, or opening a body under another document's or tenant's associated data, fails
 * instead of decrypting.
 *
 * <p>Every message gets a fresh random 12-byte IV. With random IVs NIST SP 800-38D limits one key to
 * about 2<sup>32</sup> messages; rotate the encryption key well before that.
 *
 * <p>Thread-safe: a {@link Cipher} is created per call (no {@code ThreadLocal}, which would leak
 * the class loader in application servers); the {@link SecureRandom} is shared and thread-safe.
 * Public because the data layer, in another internal package, uses it.
 */
public final class FieldCipher {

    /** The platform cannot do AES-GCM (a broken or restricted JCE). */
    public static final String CRYPTO_UNAVAILABLE = "MC-CRYPTO-001";
    /** The key a value was sealed with is not known to the key provider. */
    public static final String UNKNOWN_KEY = "MC-CRYPTO-002";
    /** The value failed authentication: altered, moved, or sealed under different key material. */
    public static final String INTEGRITY_FAILED = "MC-CRYPTO-003";
    /** The bytes are not a sealed value this version can read (truncated, or an unknown format). */
    public static final String MALFORMED = "MC-CRYPTO-004";

    private static final byte VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int TAG_BYTES = TAG_BITS / 8;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final KeyProvider keyProvider;
    private final SecureRandom random = new SecureRandom();

    /** @param keyProvider supplies the active encryption key and, by id, earlier ones */
    public FieldCipher(KeyProvider keyProvider) {
        this.keyProvider = Objects.requireNonNull(keyProvider, "keyProvider");
    }

    // Cipher.getInstance walks the security providers on every call; one instance per thread is re-initialised
    // (with a fresh IV for every seal) before each use instead, which GCM allows and which showed up in profiles
    private static final ThreadLocal<Cipher> CIPHERS = new ThreadLocal<>();

    private static Cipher cipher() throws GeneralSecurityException {
        Cipher cipher = CIPHERS.get();
        if (cipher == null) {
            cipher = Cipher.getInstance(TRANSFORMATION);
            CIPHERS.set(cipher);
        }
        return cipher;
    }

    /**
     * Encrypts {@code plaintext} under the active encryption key.
     *
     * @param plaintext      the bytes to protect
     * @param associatedData where the value belongs (for example {@code tenant|type|id}); the same bytes
     *                       must be passed to {@link #open}
     * @return the sealed value, in the format described on this class
     */
    public byte[] seal(byte[] plaintext, byte[] associatedData) {
        Objects.requireNonNull(plaintext, "plaintext");
        Objects.requireNonNull(associatedData, "associatedData");
        DataKey key = keyProvider.activeKey(KeyPurpose.ENCRYPTION);
        byte[] header = header(key.id());
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher();
            cipher.init(Cipher.ENCRYPT_MODE, secretKey(key), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(header);
            cipher.updateAAD(associatedData);
            byte[] sealed = new byte[header.length + IV_BYTES + cipher.getOutputSize(plaintext.length)];
            System.arraycopy(header, 0, sealed, 0, header.length);
            System.arraycopy(iv, 0, sealed, header.length, IV_BYTES);
            int written = cipher.doFinal(plaintext, 0, plaintext.length, sealed, header.length + IV_BYTES);
            int total = header.length + IV_BYTES + written;
            return total == sealed.length ? sealed : Arrays.copyOf(sealed, total);
        } catch (GeneralSecurityException e) {
            throw unavailable(e);
        }
    }

    /**
     * Decrypts a value {@link #seal} produced, with whichever key its header names.
     *
     * @param sealed         the sealed value
     * @param associatedData the associated data it was sealed with
     * @return the plaintext
     * @throws MedCoordException {@value #UNKNOWN_KEY}, {@value #INTEGRITY_FAILED} or {@value #MALFORMED}
     */
    public byte[] open(byte[] sealed, byte[] associatedData) {
        Objects.requireNonNull(sealed, "sealed");
        Objects.requireNonNull(associatedData, "associatedData");
        if (sealed.length < 2) {
            throw malformed("it is " + sealed.length + " byte(s) long, shorter than any sealed value");
        }
        if (sealed[0] != VERSION) {
            throw malformed("its format version is " + (sealed[0] & 0xff) + ", this MedCoord reads version "
                    + VERSION + " (was it written by a newer MedCoord, or is it not a sealed value?)");
        }
        int idLength = sealed[1] & 0xff;
        int headerLength = 2 + idLength;
        if (sealed.length < headerLength + IV_BYTES + TAG_BYTES) {
            throw malformed("it is " + sealed.length + " byte(s) long, too short for its header, IV and tag"
                    + " (truncated?)");
        }
        String keyId = new String(sealed, 2, idLength, StandardCharsets.US_ASCII);
        if (!KEY_ID.matcher(keyId).matches()) {
            throw malformed("its header does not hold a valid key id (damaged?)");
        }
        DataKey key = keyProvider.key(KeyPurpose.ENCRYPTION, keyId).orElseThrow(() -> new MedCoordException(
                UNKNOWN_KEY, "a sealed value names encryption key id '" + keyId + "', which key provider '"
                + keyProvider.id() + "' does not know: keep every key that data was sealed with configured"
                + " (for the built-in provider, list it in medcoord.keys.encryption.retired as " + keyId
                + "=<base64>)"));
        try {
            Cipher cipher = cipher();
            cipher.init(Cipher.DECRYPT_MODE, secretKey(key),
                    new GCMParameterSpec(TAG_BITS, sealed, headerLength, IV_BYTES));
            cipher.updateAAD(sealed, 0, headerLength);
            cipher.updateAAD(associatedData);
            int offset = headerLength + IV_BYTES;
            return cipher.doFinal(sealed, offset, sealed.length - offset);
        } catch (AEADBadTagException e) {
            // deliberately no cause and no bytes: nothing about the content may reach a log
            throw new MedCoordException(INTEGRITY_FAILED, "a sealed value failed its integrity check under"
                    + " encryption key id '" + keyId + "': it was altered in storage, copied from another"
                    + " document or tenant, or the key configured under that id is not the one it was sealed"
                    + " with; check the key configuration, then the storage for tampering");
        } catch (GeneralSecurityException e) {
            throw unavailable(e);
        }
    }

    private static byte[] header(String keyId) {
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        byte[] header = new byte[2 + id.length];
        header[0] = VERSION;
        header[1] = (byte) id.length;
        System.arraycopy(id, 0, header, 2, id.length);
        return header;
    }

    private static SecretKeySpec secretKey(DataKey key) {
        return new SecretKeySpec(key.material(), "AES");
    }

    private static MedCoordException malformed(String why) {
        return new MedCoordException(MALFORMED, "a stored value is not a readable sealed value: " + why
                + "; check that the storage returns the bytes it was given, unchanged");
    }

    private static MedCoordException unavailable(GeneralSecurityException e) {
        return new MedCoordException(CRYPTO_UNAVAILABLE, "this Java runtime cannot do " + TRANSFORMATION
                + " with 256-bit keys: use a standard JDK 17+ security provider configuration", e);
    }
}
