package org.medcoord.core.internal.audit;

/** The last sequence number and hash of a tenant's chain, kept in one document so appends need no scan. */
record ChainHead(long seq, String hash) {
    static final ChainHead EMPTY = new ChainHead(0, AuditLog.GENESIS);
}
