package org.medcoord.coordination.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.medcoord.billing.ClaimStatus;
import org.medcoord.billing.ClaimStatusChanged;
import org.medcoord.billing.ClaimSubmitted;
import org.medcoord.billing.UnmatchedRemittanceLine;
import org.medcoord.coordination.NewTask;
import org.medcoord.coordination.TaskPriority;
import org.medcoord.coordination.TaskType;
import org.medcoord.core.access.Roles;
import org.medcoord.core.data.DataSession;

/** Denied claims and unmatched remittance lines become billing work items; claim outcomes are counted for the daily report. */
final class BillingWorkflow {

    static final String SUBMITTED = "submitted";
    static final String DENIED = "denied";
    static final String PAID = "paid";

    private final Clock clock;

    BillingWorkflow(Clock clock) {
        this.clock = clock;
    }

    void submitted(DataSession s, ClaimSubmitted event, Instant at) {
        count(s, event.claim().asString(), SUBMITTED, at);
    }

    void statusChanged(DataSession s, ClaimStatusChanged event, Instant at) {
        if (event.to() == ClaimStatus.PAID || event.to() == ClaimStatus.PARTIALLY_PAID) {
            count(s, event.claim().asString(), PAID, at);
        }
        if (event.to() != ClaimStatus.DENIED) {
            return;
        }
        count(s, event.claim().asString(), DENIED, at);
        NewTask task = new NewTask(TaskType.BILLING_WORK_ITEM, "Claim denied: correct and resubmit or appeal",
                "claim " + event.claim() + " denied by payer " + event.payer() + (event.reasons().isEmpty() ? "" : "; reasons "
                        + String.join(", ", event.reasons())),
                TaskPriority.HIGH, s.now().plus(Duration.ofDays(2)), Optional.of(Roles.BILLING), Optional.empty(), Optional.of(event.patient()),
                Optional.of("billing.claim/" + event.claim()));
        TaskBook.generate(s, clock, task, "claim-denied|" + event.claim(), List.of());
    }

    void unmatched(DataSession s, UnmatchedRemittanceLine event) {
        String line = event.controlNumber() + event.lineControlNumber().map(l -> "/" + l).orElse("");
        NewTask task = new NewTask(TaskType.BILLING_WORK_ITEM, "Remittance line matched no claim: post it by hand",
                "remittance " + event.remittance() + ", claim control number " + line + ": " + event.reason(), TaskPriority.NORMAL,
                s.now().plus(Duration.ofDays(2)), Optional.of(Roles.BILLING), Optional.empty(), Optional.empty(),
                Optional.of("billing.remittance/" + event.remittance()));
        TaskBook.generate(s, clock, task, "unmatched-remittance|" + event.remittance() + "|" + line, List.of());
    }

    private static void count(DataSession s, String claim, String kind, Instant at) {
        String id = claim + "|" + kind + "|" + at.toEpochMilli();
        if (s.find(Documents.CLAIM_EVENT, id).isEmpty()) {
            s.insert(Documents.CLAIM_EVENT, id, new Records.ClaimEvent(claim, kind, at));
        }
    }
}
