package org.medcoord.core.spi;

import java.util.Optional;

/**
 * Supplies the keys that encrypt document bodies and tokenise identifying index values. One per
 * {@code MedCoord} instance; the built-in default reads them from configuration
 * ({@code medcoord.keys.encryption} and {@code medcoord.keys.token}, base64 of 32 bytes, with ids
 * {@code medcoord.keys.encryption.id} and {@code medcoord.keys.token.id}). A vendor's provider may
 * read them from a KMS or an HSM.
 *
 * <p>Called on request threads, often; implementations cache and must be thread-safe.
 *
 * @since 0.1.0
 */
public interface KeyProvider {

    /** @return a stable id, for example {@code "config"} */
    String id();

    /** @return the key new data is protected with, for {@code purpose} */
    DataKey activeKey(KeyPurpose purpose);

    /** @return the key with {@code keyId}, for reading data protected earlier; empty when unknown */
    Optional<DataKey> key(KeyPurpose purpose, String keyId);
}
