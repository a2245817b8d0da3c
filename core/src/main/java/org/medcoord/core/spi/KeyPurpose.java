package org.medcoord.core.spi;

/**
 * What a key is used for.
 *
 * @since 0.1.0
 */
public enum KeyPurpose {
    /** AES-256-GCM encryption of document bodies and log entries; may rotate. */
    ENCRYPTION,
    /** HMAC-SHA256 tokens of identifying index values; rotating it requires re-indexing. */
    TOKEN
}
