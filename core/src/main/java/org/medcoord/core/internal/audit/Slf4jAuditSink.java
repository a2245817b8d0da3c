package org.medcoord.core.internal.audit;

import org.medcoord.core.spi.AuditRecord;
import org.medcoord.core.spi.AuditSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default audit sink: one INFO line per committed record on the logger {@code medcoord.audit},
 * with ids and codes only (the event holds no PHI values by construction; the free-text detail is
 * left out all the same, since a vendor may put anything there).
 */
public final class Slf4jAuditSink implements AuditSink {

    private static final Logger LOG = LoggerFactory.getLogger("medcoord.audit");

    @Override
    public String id() {
        return "slf4j";
    }

    @Override
    public void accept(AuditRecord record) {
        if (LOG.isInfoEnabled()) {
            var e = record.event();
            LOG.info("tenant={} seq={} user={} patient={} action={} category={} outcome={} purpose={} source={} subject={} breakGlass={}",
                    record.tenant(), record.seq(), e.userId(), e.patient().map(Object::toString).orElse("-"), e.action(),
                    e.category(), e.outcome(), e.purpose().code(), e.source(), e.subject(), e.breakGlass().orElse("-"));
        }
    }
}
