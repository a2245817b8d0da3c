package org.medcoord.core.internal.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.audit.AuditEntry;
import org.medcoord.core.audit.AuditEvent;
import org.medcoord.core.audit.AuditField;
import org.medcoord.core.audit.AuditOutcome;
import org.medcoord.core.audit.AuditTrail;
import org.medcoord.core.audit.AuditVerification;
import org.medcoord.core.internal.audit.AuditLog;
import org.medcoord.core.internal.data.EncryptedDataStore;

/** The {@link AuditTrail} over {@link AuditLog}; every call is access-checked and itself audited. */
public final class DefaultAuditTrail implements AuditTrail {

    private final EncryptedDataStore store;
    private final AuditLog log;

    public DefaultAuditTrail(EncryptedDataStore store, AuditLog log) {
        this.store = store;
        this.log = log;
    }

    @Override
    public AuditVerification verify(AccessContext context) {
        return store.inSession(context, session -> {
            session.authorize(Action.READ, DataCategory.AUDIT, Optional.empty(), "core.audit.verify", "audit");
            return log.verify(session.transaction());
        });
    }

    @Override
    public List<AuditEntry> report(AccessContext context, Instant from, Instant to, AuditField sortBy, boolean ascending, int limit) {
        Violations violations = new Violations();
        violations.addIf(from == null, "from", "MC-AUDIT-003", "a report needs a start instant");
        violations.addIf(to == null, "to", "MC-AUDIT-003", "a report needs an end instant");
        violations.addIf(from != null && to != null && !from.isBefore(to), "to", "MC-AUDIT-004", "the end must be after the start");
        violations.addIf(sortBy == null, "sortBy", "MC-AUDIT-005", "name the field to sort by");
        violations.addIf(limit < 1 || limit > 100_000, "limit", "MC-AUDIT-006", "limit must be 1 to 100000");
        violations.throwIfAny();
        return store.inSession(context, session -> {
            session.authorize(Action.SEARCH, DataCategory.AUDIT, Optional.empty(), "core.audit.report", "audit");
            Comparator<AuditEntry> order = comparator(sortBy);
            if (!ascending) {
                order = order.reversed();
            }
            return log.readAll(session.transaction(), e -> !e.at().isBefore(from) && e.at().isBefore(to)).stream()
                    .sorted(order.thenComparingLong(AuditEntry::seq)).limit(limit).toList();
        });
    }

    static Comparator<AuditEntry> comparator(AuditField field) {
        return switch (field) {
            case SEQUENCE -> Comparator.comparingLong(AuditEntry::seq);
            case TIME -> Comparator.comparing(e -> e.event().at());
            case USER -> Comparator.comparing(e -> e.event().userId());
            case PATIENT -> Comparator.comparing(e -> e.event().patient().map(Object::toString).orElse(""));
            case ACTION -> Comparator.comparing(e -> e.event().action().name());
            case CATEGORY -> Comparator.comparing(e -> e.event().category().name());
            case OUTCOME -> Comparator.comparing(e -> e.event().outcome().name());
            case PURPOSE -> Comparator.comparing(e -> e.event().purpose().name());
            case SOURCE -> Comparator.comparing(e -> e.event().source());
        };
    }

    @Override
    public void setReadAuditing(AccessContext context, boolean enabled, String reason) {
        Violations violations = new Violations();
        violations.addIf(reason == null || reason.isBlank(), "reason", "MC-AUDIT-007", "say why read auditing is switched");
        violations.addIf(reason != null && reason.length() > 500, "reason", "MC-AUDIT-007", "a reason is at most 500 characters");
        violations.throwIfAny();
        store.inSession(context, session -> {
            session.authorize(Action.ADMINISTER, DataCategory.AUDIT, Optional.empty(), "core.audit.read-auditing", "audit-settings");
            store.setReadAuditing(session.transaction(), enabled);
            // The switch is recorded as such, whichever way it goes, so a gap in read entries is explained.
            session.audit(new AuditEvent(session.now(), context.principal().userId(), Optional.empty(), Action.ADMINISTER,
                    DataCategory.AUDIT, AuditOutcome.SUCCESS, context.purpose(), "core.audit.read-auditing." + (enabled ? "on" : "off"),
                    "audit-settings", Optional.empty(), reason));
            return null;
        });
    }

    @Override
    public boolean readAuditing(AccessContext context) {
        return store.inSession(context, session -> {
            session.authorize(Action.READ, DataCategory.AUDIT, Optional.empty(), "core.audit.read-auditing.get", "audit-settings");
            return store.readAuditing(session);
        });
    }
}
