/**
 * The JDBC storage engine: transactions bound to the calling thread, documents, index entries, unique
 * keys, locks and logs in SQL tables managed by Flyway, on PostgreSQL or H2.
 *
 * <p>Not API: may change in any release. Use {@link org.medcoord.storage.jdbc.JdbcStorage}.
 */
package org.medcoord.storage.jdbc.internal;
