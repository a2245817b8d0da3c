package org.medcoord.core.internal.audit;

import org.medcoord.core.audit.AuditEvent;

/**
 * What one audit log entry holds (before encryption): its position, the hash of its predecessor, its
 * own hash and the event.
 */
record ChainedEntry(long seq, String previousHash, String hash, AuditEvent event) {
}
