/**
 * The storage SPI: a small transactional, versioned document store with declared index entries,
 * engine-held unique keys, exclusive locks and append-only logs. Vendors implement
 * {@link org.medcoord.core.spi.storage.StorageProvider} to plug in their own storage; every engine
 * proves itself by extending {@code StorageEngineContract} from {@code medcoord-testkit}.
 *
 * <p>Everything an engine receives is already encrypted or tokenised by core: bodies, index values and
 * log entries are opaque bytes or tokens to be stored and compared, never interpreted or logged.
 *
 * <p>Every call is scoped to the tenant of its transaction; nothing reaches across tenants.
 *
 * <p>Plain interfaces and records only: no Guice, Jackson or internal types appear here.
 *
 * @since 0.1.0
 */
package org.medcoord.core.spi.storage;
