package org.medcoord.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medcoord.billing.x12.Adjustment;
import org.medcoord.billing.x12.AdjustmentGroup;
import org.medcoord.billing.x12.ClaimPayment;

class StatementAndReportsTest extends BillingTestBase {

    @Test
    void aStatementAgesTheBalanceApplyingCreditsToTheOldestChargesFirst() {
        charges.capture(biller, officeVisit().build());                                  // 120.00 on day 0
        clock.advance(Duration.ofDays(40));
        charges.capture(biller, officeVisit().serviceDate(TODAY.plusDays(39)).build());  // 120.00 on day 40
        ledger.post(biller, LedgerPosting.patientPayment(patient, usd("100.00"), "payment", null));
        clock.advance(Duration.ofDays(55));
        charges.capture(biller, officeVisit().serviceDate(TODAY.plusDays(94)).build());  // 120.00 on day 95

        Statement statement = ledger.statement(biller, patient, TODAY.plusDays(95), USD);

        assertThat(statement.balance()).isEqualTo(usd("260.00"));
        assertThat(statement.aging().current()).isEqualTo(usd("120.00"));
        assertThat(statement.aging().days31to60()).isEqualTo(usd("120.00"));
        assertThat(statement.aging().days61to90()).isEqualTo(usd("0.00"));
        assertThat(statement.aging().over90()).isEqualTo(usd("20.00"));
        assertThat(statement.aging().total()).isEqualTo(statement.balance());
        assertThat(ledger.statement(biller, patient, TODAY.plusDays(39), USD).entries()).hasSize(1);
        assertThat(statement.toString()).doesNotContain("120.00").doesNotContain("260.00");  // amounts, not ids (a UUID can hold "120")
    }

    @Test
    void aCreditBalanceShowsInTheYoungestBucketAndAnEmptyLedgerIsZero() {
        ledger.collectCopay(biller, patient, "appt-1", usd("25.00"));

        assertThat(ledger.statement(biller, patient, TODAY, USD).aging().current()).isEqualTo(usd("-25.00"));
        assertThat(ledger.statement(biller, org.medcoord.core.PatientId.next(clock), TODAY, USD).balance()).isEqualTo(usd("0.00"));
    }

    @Test
    void arAgingRevenueAndDenialRateFollowTheClaims() {
        registerProviders();
        Payer acme = acmePayer();
        primaryCoverage(acme);
        RemittanceService remittances = medcoord.service(RemittanceService.class);
        BillingReports reports = medcoord.service(BillingReports.class);
        Claim paid = submitted(officeVisit().build());
        Claim denied = submitted(officeVisit().procedure("99214", usd("180.00")).build());
        Claim open = submitted(officeVisit().procedure("99212", usd("80.00")).build());
        charges.capture(biller, NewCharge.builder(patient).procedure("99213", usd("150.00")).diagnoses("I10")
                .providers(BILLING_NPI, BILLING_NPI).serviceDate(TODAY).build());
        remittances.post(biller, "era-1", RemittancePostingTest.x835(1,
                new ClaimPayment(paid.controlNumber(), "1", new BigDecimal("120.00"), new BigDecimal("90.00"), BigDecimal.ZERO, "P1",
                        List.of(new Adjustment(AdjustmentGroup.CO, "45", new BigDecimal("30.00"), null)), List.of()),
                new ClaimPayment(denied.controlNumber(), "4", new BigDecimal("180.00"), BigDecimal.ZERO, BigDecimal.ZERO, "P2",
                        List.of(new Adjustment(AdjustmentGroup.CO, "50", new BigDecimal("180.00"), null)), List.of())));

        ArAging aging = reports.arAging(biller, TODAY.plusDays(40), USD);
        assertThat(aging.byPayer()).containsOnlyKeys(acme.id());
        assertThat(aging.payers().days31to60()).isEqualTo(open.total());
        assertThat(aging.payers().total()).isEqualTo(usd("80.00"));
        // Patient owes the open claim's 80 (days 41) and the self-pay 150 (day 40); the paid and denied claims are settled.
        assertThat(aging.patients().total()).isEqualTo(ledger.balance(biller, patient).orElseThrow());

        List<RevenueRow> revenue = reports.revenue(biller, YearMonth.from(TODAY.minusDays(1)), YearMonth.from(TODAY), USD);
        assertThat(revenue).extracting(RevenueRow::charged).extracting(m -> m.amount().toPlainString())
                .contains("380.00", "150.00");
        assertThat(revenue).filteredOn(r -> r.payer().equals(Optional.of(acme.id()))).extracting(RevenueRow::paid)
                .containsExactly(usd("90.00"));
        assertThat(revenue).filteredOn(r -> r.payer().isEmpty()).singleElement()
                .satisfies(r -> assertThat(r.renderingNpi()).isEqualTo(BILLING_NPI));

        DenialReport denials = reports.denials(biller, TODAY, TODAY);
        assertThat(denials.adjudicated()).isEqualTo(2);
        assertThat(denials.denied()).isEqualTo(1);
        assertThat(denials.rate()).isEqualByComparingTo("0.5");
        assertThat(denials.byReason()).containsExactly(java.util.Map.entry("CO-50", 1L));
    }

    Claim submitted(NewCharge charge) {
        Claim claim = claims.build(biller, patient, List.of(charges.capture(biller, charge).id())).get(0);
        claims.scrub(biller, claim.id());
        claims.submit(biller, claim.id(), "submit-" + claim.id());
        return claims.claim(biller, claim.id());
    }
}
