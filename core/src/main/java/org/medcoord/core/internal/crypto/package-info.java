/**
 * Field encryption and tokenisation: AES-256-GCM sealing of document bodies and log entries, keyed
 * HMAC tokens for index values that identify a person, and the built-in configuration-backed
 * {@link org.medcoord.core.spi.KeyProvider}. Together they make sure a storage engine only ever holds
 * ciphertext and tokens. Not API: may change in any release.
 */
package org.medcoord.core.internal.crypto;
