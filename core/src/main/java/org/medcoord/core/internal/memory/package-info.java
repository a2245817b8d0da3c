/**
 * The in-memory storage engine: real transactions (private workspaces, atomic commit, rollback),
 * PostgreSQL-like implicit row locks on written documents and unique keys, explicit locks with a
 * bounded wait, and gap-free per-stream logs. For tests, demos and explicit opt-in through
 * {@link org.medcoord.core.InMemoryStorage}; it keeps nothing after the process ends and is not
 * registered with {@link java.util.ServiceLoader}.
 *
 * <p>Not API: may change in any release.
 */
package org.medcoord.core.internal.memory;
