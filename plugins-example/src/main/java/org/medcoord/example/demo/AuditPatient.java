package org.medcoord.example.demo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.medcoord.core.PatientId;
import org.medcoord.core.audit.AuditEntry;
import org.medcoord.core.audit.AuditField;
import org.medcoord.core.audit.AuditTrail;
import org.medcoord.core.audit.AuditVerification;

/**
 * The privacy officer's end of day: every access to Ana's record today (reads, writes, the student's
 * denied attempt), then a verification of the whole hash-chained audit trail.
 */
final class AuditPatient implements Step {

    static final int MAX_ROWS = 40;

    @Override
    public String title() {
        return "Audit: one patient's trail and the chain verification";
    }

    @Override
    public void run(Day day) {
        Instant now = day.at(17, 30);
        AuditTrail audit = day.service(AuditTrail.class);
        PatientId ana = day.patient("P-01").id();
        List<AuditEntry> today = audit.report(day.auditor, day.time(0, 0), now.plusSeconds(1), AuditField.TIME, true, 10_000);
        List<AuditEntry> hers = today.stream().filter(e -> e.event().patient().equals(Optional.of(ana))).toList();
        DayReport.Table t = day.report.table("time", "user", "action", "data", "outcome", "operation");
        Map<String, Integer> byUser = new TreeMap<>();
        for (AuditEntry e : hers) {
            if (t.size() < MAX_ROWS) {
                t.row(day.hhmm(e.event().at()), e.event().userId(), e.event().action(), e.event().category(), e.event().outcome(),
                        e.event().source());
            }
            byUser.merge(e.event().userId(), 1, Integer::sum);
        }
        day.report.line("audit entries today for %s: %d (of %d for the clinic)%s", day.label("P-01"), hers.size(), today.size(),
                hers.size() > MAX_ROWS ? "; the first " + MAX_ROWS + " shown" : "");
        t.print();
        DayReport.Table users = day.report.table("user", "entries for this patient");
        byUser.forEach(users::row);
        users.total("total", hers.size());
        users.print();

        AuditVerification verification = audit.verify(day.auditor);
        if (!verification.intact()) {
            throw new IllegalStateException("MC-EXAMPLE-023: the audit chain is broken at entry "
                    + verification.firstBrokenSeq().orElse(-1) + ": " + verification.problem());
        }
        day.report.line("audit chain verified: %d entries checked, intact", verification.entriesChecked());
        day.count("audit entries today (clinic)", today.size());
        day.count("audit entries verified (whole chain)", verification.entriesChecked());
    }
}
