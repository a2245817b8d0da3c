/**
 * MedCoord storage on PostgreSQL and H2: {@link org.medcoord.storage.jdbc.JdbcStorage} is the storage
 * provider, found by {@link java.util.ServiceLoader} under the id {@code jdbc}; its documentation lists
 * the settings.
 *
 * @since 0.1.0
 */
package org.medcoord.storage.jdbc;
