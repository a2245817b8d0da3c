package org.medcoord.core.audit;

import java.util.OptionalLong;

/**
 * The result of checking a tenant's hash chain.
 *
 * @param entriesChecked  how many entries were read
 * @param firstBrokenSeq  the sequence number of the first entry whose hash, content or position does
 *                        not check out; empty when the whole chain is intact
 * @param problem         what was wrong with it; empty when intact
 * @since 0.1.0
 */
public record AuditVerification(long entriesChecked, OptionalLong firstBrokenSeq, String problem) {

    /** @return true when every entry checked out */
    public boolean intact() {
        return firstBrokenSeq.isEmpty();
    }
}
