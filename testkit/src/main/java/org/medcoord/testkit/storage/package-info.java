/**
 * The storage engine contract kit: {@link org.medcoord.testkit.storage.StorageEngineContract}, which
 * every {@link org.medcoord.core.spi.storage.StorageEngine} (in-memory, JDBC, a vendor's) extends.
 *
 * @since 0.1.0
 */
package org.medcoord.testkit.storage;
