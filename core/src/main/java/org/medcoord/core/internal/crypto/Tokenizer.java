package org.medcoord.core.internal.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.medcoord.core.MedCoordException;
import org.medcoord.core.TenantId;
import org.medcoord.core.spi.DataKey;
import org.medcoord.core.spi.KeyProvider;
import org.medcoord.core.spi.KeyPurpose;

/**
 * Turns an index value that identifies a person (name, birth date, phone, MRN, ...) into a keyed token,
 * so that an engine can match it exactly without ever holding the value.
 *
 * <p>A token is {@code keyId + ":" + base64url(HMAC-SHA256(key, tenant \0 field \0 normalised))}
 * truncated to its first {@value #MAC_BYTES} bytes (192 bits: collisions stay out of reach, at
 * 32 characters instead of 43). The tenant and the field are inside the MAC, so the same name in two
 * clinics, or a value that is a first name in one field and a last name in another, gives unrelated
 * tokens: tokens cannot be correlated across tenants or fields.
 *
 * <p>Tokens use the active token key only. Rotating the token key changes every token, so it requires
 * re-indexing (see {@link KeyPurpose#TOKEN}); the key id prefix lets a re-indexer tell old tokens from
 * new ones.
 *
 * <p>Thread-safe: a {@link Mac} is created per call. Public because the data layer, in another internal
 * package, uses it.
 */
public final class Tokenizer {

    /** How many bytes of the HMAC-SHA256 output a token keeps. */
    static final int MAC_BYTES = 24;

    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final KeyProvider keyProvider;

    /** @param keyProvider supplies the active token key */
    public Tokenizer(KeyProvider keyProvider) {
        this.keyProvider = Objects.requireNonNull(keyProvider, "keyProvider");
    }

    /**
     * @param tenant the tenant the value belongs to
     * @param field  the declared index field (for example {@code patient.lastName}); must not contain NUL
     * @param value  the value to tokenise; it is {@linkplain #normalize normalised} first
     * @return the token, the same for the same tenant, field and normalised value
     */
    public String token(TenantId tenant, String field, String value) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        if (field.indexOf('\u0000') >= 0) {
            // NUL separates the MAC's parts; allowing it in a field name would make two inputs collide
            throw new IllegalArgumentException("an index field name must not contain NUL");
        }
        DataKey key = keyProvider.activeKey(KeyPurpose.TOKEN);
        String input = tenant.value() + '\u0000' + field + '\u0000' + normalize(value);
        try {
            Mac mac = mac();
            mac.init(new SecretKeySpec(key.material(), ALGORITHM));
            byte[] full = mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
            return key.id() + ":" + BASE64URL.encodeToString(Arrays.copyOf(full, MAC_BYTES));
        } catch (GeneralSecurityException e) {
            throw new MedCoordException(FieldCipher.CRYPTO_UNAVAILABLE, "this Java runtime cannot compute "
                    + ALGORITHM + ": use a standard JDK 17+ security provider configuration", e);
        }
    }

    // one Mac per thread, initialised with the active key before each use (Mac.getInstance walks the providers)
    private static final ThreadLocal<Mac> MACS = new ThreadLocal<>();

    private static Mac mac() throws GeneralSecurityException {
        Mac mac = MACS.get();
        if (mac == null) {
            mac = Mac.getInstance(ALGORITHM);
            MACS.set(mac);
        }
        return mac;
    }

    /**
     * The form a value is compared in: Unicode NFKC (so full-width and compatibility characters match
     * their plain forms), surrounding whitespace removed, inner runs of whitespace collapsed to one space,
     * lower case ({@link Locale#ROOT}, so results do not depend on the server's locale).
     *
     * @param value any text
     * @return its normalised form; {@code "  SMITH  John "} becomes {@code "smith john"}
     */
    public static String normalize(String value) {
        String nfkc = Normalizer.normalize(Objects.requireNonNull(value, "value"), Normalizer.Form.NFKC);
        // collapse first: strip() alone misses some Unicode spaces that \s (Unicode class) matches
        return WHITESPACE.matcher(nfkc).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
