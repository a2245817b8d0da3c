package org.medcoord.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medcoord.billing.RemittancePostingTest.amount;
import static org.medcoord.billing.RemittancePostingTest.cas;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoord.billing.x12.AdjustmentGroup;
import org.medcoord.billing.x12.ClaimPayment;
import org.medcoord.billing.x12.ServicePayment;

/** A claim to the next payer carries what the prior payer paid and adjusted (837P loops 2320 and 2430). */
class SecondaryClaimTest extends BillingTestBase {

    private Claim primary;

    private void submittedPrimary() {
        registerProviders();
        Payer first = payers.register(biller, new NewPayer("Acme Health", ACME, 90, USD, "BL"));
        Payer second = payers.register(biller, new NewPayer("Other Mutual", "ACME2", 365, USD, "HM"));
        coverages.add(biller, NewCoverage.self(patient, insured("Ann", "Smith"), first.id(), "M123456", "GOLD", CoverageOrder.PRIMARY,
                TODAY.minusYears(1)));
        coverages.add(biller, NewCoverage.self(patient, insured("Ann", "Smith"), second.id(), "S77", "BASIC", CoverageOrder.SECONDARY,
                TODAY.minusYears(1)));
        primary = claims.build(biller, patient, List.of(charges.capture(biller, officeVisit().modifiers("25").build()).id(),
                charges.capture(biller, NewCharge.builder(patient).procedure("J1100", usd("30.00")).units(2).diagnoses("E11.9")
                        .providers(RENDERING_NPI, BILLING_NPI).serviceDate(TODAY.minusDays(1)).build()).id())).get(0);
        claims.scrub(biller, primary.id());
        claims.submit(biller, primary.id(), "primary-1");
    }

    private static ServicePayment line(ClaimLine line, String paid, org.medcoord.billing.x12.Adjustment... adjustments) {
        return new ServicePayment("HC", line.procedure(), line.modifiers(), line.amount().amount(), amount(paid),
                BigDecimal.valueOf(line.units()), line.serviceDate(), line.lineControlNumber(), List.of(adjustments));
    }

    @Test
    void theSecondaryClaimCarriesThePrimaryPayersPaymentAndAdjustmentsPerClaimAndLine() {
        submittedPrimary();
        ClaimPayment payment = new ClaimPayment(primary.controlNumber(), "1", amount("150.00"), amount("100.00"), amount("30.00"), "PCN1",
                List.of(cas(AdjustmentGroup.PR, "1", "10.00")), List.of(
                line(primary.lines().get(0), "80.00", cas(AdjustmentGroup.CO, "45", "20.00"), cas(AdjustmentGroup.PR, "2", "20.00")),
                line(primary.lines().get(1), "20.00", cas(AdjustmentGroup.CO, "45", "10.00"))));
        medcoord.service(RemittanceService.class).post(biller, "era-1", RemittancePostingTest.x835(1, payment));

        Claim secondary = claims.buildSecondary(biller, primary.id());
        assertThat(claims.scrub(biller, secondary.id()).clean()).isTrue();
        claims.submit(biller, secondary.id(), "secondary-1");

        String x12 = new String(acme.submissions.get(1).interchange(), StandardCharsets.US_ASCII);
        assertThat(x12).contains("SBR*S*18*******HM~\nNM1*IL*1*Smith*Ann****MI*S77~")
                .contains("SBR*P*18*******BL~\nCAS*PR*1*10~\nAMT*D*100~\nOI***Y***Y~\nNM1*IL*1*Smith*Ann****MI*S77~\nNM1*PR*2*Acme Health*****PI*ACME1~")
                .contains("REF*6R*" + secondary.controlNumber() + "-1~\nSVD*ACME1*80*HC:99213:25**1~\nCAS*CO*45*20~\nCAS*PR*2*20~\nDTP*573*D8*20261102~")
                .contains("REF*6R*" + secondary.controlNumber() + "-2~\nSVD*ACME1*20*HC:J1100**2~\nCAS*CO*45*10~\nDTP*573*D8*20261102~");
    }

    @Test
    void withoutThePrimarysPostedRemittanceTheSecondaryClaimHasAnErrorEditUnlessThePrimaryWasDenied() {
        submittedPrimary();
        claims.recordStatus(biller, primary.id(), ClaimStatus.ACCEPTED, List.of());
        claims.recordStatus(biller, primary.id(), ClaimStatus.PARTIALLY_PAID, List.of("PR-1"));
        Claim secondary = claims.buildSecondary(biller, primary.id());

        assertThat(claims.scrub(biller, secondary.id()).errors()).extracting(ClaimEdit::code).containsExactly("MC-BILL-315");

        primary = claims.build(biller, patient, List.of(charges.capture(biller, officeVisit().procedure("99214", usd("160.00")).build()).id()))
                .get(0);
        claims.scrub(biller, primary.id());
        claims.submit(biller, primary.id(), "primary-2");
        claims.recordStatus(biller, primary.id(), ClaimStatus.ACCEPTED, List.of());
        claims.recordStatus(biller, primary.id(), ClaimStatus.DENIED, List.of("CO-27"));
        Claim afterDenial = claims.buildSecondary(biller, primary.id());
        assertThat(claims.scrub(biller, afterDenial.id()).clean()).isTrue();
        claims.submit(biller, afterDenial.id(), "secondary-2");
        String x12 = new String(acme.submissions.get(acme.submissions.size() - 1).interchange(), StandardCharsets.US_ASCII);
        assertThat(x12).contains("AMT*D*0~").doesNotContain("SVD*");
    }
}
