package org.medcoord.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medcoord.billing.ClaimId;
import org.medcoord.billing.ClaimStatus;
import org.medcoord.billing.ClaimStatusChanged;
import org.medcoord.billing.ClaimSubmitted;
import org.medcoord.billing.PayerId;
import org.medcoord.billing.UnmatchedRemittanceLine;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.event.DomainEvent;
import org.medcoord.scheduling.NewResource;
import org.medcoord.scheduling.ResourceKind;

/**
 * Issue #8: a denied claim or an unmatched remittance line becomes a billing work item; claims submitted, denied and
 * paid are counted in the daily report. The events are committed to the outbox here the way billing commits them
 * (billing's own tests prove when it publishes them), so these tests exercise the workflows, not billing.
 */
class BillingWorkflowsTest extends CoordinationTestBase {

    private void committed(DomainEvent... published) {
        medcoord.service(DataStore.class).inTransaction(system, s -> {
            for (DomainEvent e : published) {
                s.publish(e);
            }
            return null;
        });
    }

    private AccessContext billingClerk() {
        return as("bill-1", Roles.BILLING, PurposeOfUse.PAYMENT);
    }

    @Test
    void aDeniedClaimBecomesOneBillingWorkItemWithItsReasons() {
        PatientId ana = patient("Ana");
        ClaimId claim = ClaimId.next(clock);
        PayerId payer = PayerId.next(clock);
        ClaimStatusChanged denied = new ClaimStatusChanged(claim, ana, payer, ClaimStatus.ACCEPTED, ClaimStatus.DENIED, List.of("CO-50"));
        committed(denied);
        committed(denied);

        WorkflowRun run = drain("workflows");
        drain("second-process");

        assertThat(run.failed()).isZero();
        assertThat(worklist.mine(billingClerk())).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo(TaskType.BILLING_WORK_ITEM);
            assertThat(t.patient()).contains(ana);
            assertThat(t.subject()).contains("billing.claim/" + claim);
            assertThat(t.detail()).contains("CO-50");
        });
        assertThat(worklist.mine(coordinator)).isEmpty();
    }

    @Test
    void anUnmatchedRemittanceLineBecomesABillingWorkItem() {
        committed(new UnmatchedRemittanceLine("ERA-2026-11-02-1", "CLM000123", Optional.of("LN2"), "no claim has this control number"));

        drain("workflows");

        assertThat(worklist.mine(billingClerk())).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo(TaskType.BILLING_WORK_ITEM);
            assertThat(t.patient()).isEmpty();
            assertThat(t.detail()).contains("CLM000123/LN2");
        });
    }

    @Test
    void theDailyReportCountsClaimsSubmittedDeniedAndPaidAndShowsReceivablesToThoseWhoMaySeeBilling() {
        PatientId ben = patient("Ben");
        PayerId payer = PayerId.next(clock);
        ClaimId first = ClaimId.next(clock);
        ClaimId second = ClaimId.next(clock);
        committed(new ClaimSubmitted(first, ben, payer, "TRK-1"), new ClaimSubmitted(second, ben, payer, "TRK-2"));
        committed(new ClaimStatusChanged(first, ben, payer, ClaimStatus.ACCEPTED, ClaimStatus.PAID, List.of()),
                new ClaimStatusChanged(second, ben, payer, ClaimStatus.ACCEPTED, ClaimStatus.DENIED, List.of("CO-16")));
        drain("workflows");
        var clinic = resources.register(desk, NewResource.of(ResourceKind.LOCATION, "Clinic A", NEW_YORK));
        ReportScope today = new ReportScope(clinic.id(), LocalDate.of(2026, 11, 2), NEW_YORK, Optional.empty());

        DailyReport asCoordinator = reports.daily(coordinator, today);
        DailyReport asSystem = reports.daily(system, today);

        assertThat(asCoordinator.claimsSubmitted()).isEqualTo(2);
        assertThat(asCoordinator.claimsDenied()).isEqualTo(1);
        assertThat(asCoordinator.claimsPaid()).isEqualTo(1);
        assertThat(asCoordinator.accountsReceivable()).isEmpty();
        assertThat(asSystem.accountsReceivable()).isPresent();
        assertThat(asSystem.render()).contains("Claims denied").contains("A/R over 90 days");
        assertThat(reports.daily(coordinator, new ReportScope(clinic.id(), LocalDate.of(2026, 11, 3), NEW_YORK, Optional.empty()))
                .claimsSubmitted()).isZero();
    }
}
