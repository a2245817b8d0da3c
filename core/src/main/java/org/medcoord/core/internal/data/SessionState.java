package org.medcoord.core.internal.data;

import java.util.ArrayList;
import java.util.List;
import org.medcoord.core.audit.AuditEvent;
import org.medcoord.core.spi.AuditRecord;
import org.medcoord.core.event.EventEnvelope;

/**
 * What one outermost transaction collects for after it ends: audit records and events to hand out after
 * commit, callbacks, and denied attempts, which must be audited whether the transaction commits or not.
 * Confined to the transaction's thread.
 */
final class SessionState {
    /** Audit events of the work, appended to the chain at the end of the work, still inside its transaction. */
    final List<AuditEvent> pendingAudit = new ArrayList<>();
    final List<AuditRecord> auditRecords = new ArrayList<>();
    final List<EventEnvelope> events = new ArrayList<>();
    final List<Runnable> afterCommit = new ArrayList<>();
    final List<AuditEvent> denials = new ArrayList<>();
}
