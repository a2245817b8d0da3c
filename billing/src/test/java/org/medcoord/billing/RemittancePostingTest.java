package org.medcoord.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medcoord.billing.x12.Adjustment;
import org.medcoord.billing.x12.AdjustmentGroup;
import org.medcoord.billing.x12.ClaimPayment;
import org.medcoord.billing.x12.InterchangeEnvelope;
import org.medcoord.billing.x12.Remittance835Writer;
import org.medcoord.billing.x12.RemittanceAdvice;
import org.medcoord.billing.x12.RemittanceParty;
import org.medcoord.billing.x12.ServicePayment;
import org.medcoord.billing.x12.UsageIndicator;
import org.medcoord.billing.x12.X12Exception;

class RemittancePostingTest extends BillingTestBase {

    RemittanceService remittances;
    Claim claim;

    @BeforeEach
    void submittedClaim() {
        remittances = medcoord.service(RemittanceService.class);
        registerProviders();
        primaryCoverage(acmePayer());
        claim = claims.build(biller, patient, List.of(charges.capture(biller, officeVisit().modifiers("25").build()).id(),
                charges.capture(biller, NewCharge.builder(patient).procedure("J1100", usd("30.00")).diagnoses("E11.9")
                        .providers(RENDERING_NPI, BILLING_NPI).serviceDate(TODAY.minusDays(1)).build()).id())).get(0);
        claims.scrub(biller, claim.id());
        claims.submit(biller, claim.id(), "submit-1");
        events.clear();
    }

    static BigDecimal amount(String text) {
        return new BigDecimal(text);
    }

    static Adjustment cas(AdjustmentGroup group, String reason, String amount) {
        return new Adjustment(group, reason, amount(amount), null);
    }

    ServicePayment svc(ClaimLine line, String paid, Adjustment... adjustments) {
        return new ServicePayment("HC", line.procedure(), line.modifiers(), line.amount().amount(), amount(paid), BigDecimal.ONE,
                line.serviceDate(), line.lineControlNumber(), List.of(adjustments));
    }

    /** The 835 the payer would send: paid 100, patient owes 20 coinsurance, 30 written off by contract. */
    ClaimPayment paidInFull(String status, String sign) {
        return new ClaimPayment(claim.controlNumber(), status, amount(sign + "150.00"), amount(sign + "100.00"), amount(sign + "20.00"), "PCN1",
                List.of(), List.of(
                svc(claim.lines().get(0), sign + "80.00", cas(AdjustmentGroup.CO, "45", sign + "20.00"), cas(AdjustmentGroup.PR, "2", sign + "20.00")),
                svc(claim.lines().get(1), sign + "20.00", cas(AdjustmentGroup.CO, "45", sign + "10.00"))));
    }

    static byte[] x835(long control, ClaimPayment... payments) {
        BigDecimal total = Arrays.stream(payments).map(ClaimPayment::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
        RemittanceAdvice advice = new RemittanceAdvice("I", total, "C", "NON", TODAY, "TRACE" + control,
                new RemittanceParty("Acme Health", "XV", ACME), new RemittanceParty("Springfield Family Clinic", "XX", BILLING_NPI),
                List.of(payments), List.of());
        InterchangeEnvelope envelope = new InterchangeEnvelope("ZZ", "ACME", "ZZ", "CLINIC01", control, control,
                LocalDateTime.of(2026, 11, 3, 9, 30), UsageIndicator.TEST);
        return new Remittance835Writer().write(envelope, List.of(advice)).getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aPaymentIsMatchedPostedToTheLedgerAndMovesTheClaimToPaid() {
        RemittancePosting posting = remittances.post(biller, "era-1", x835(1, paidInFull("1", "")));

        assertThat(posting.alreadyPosted()).isFalse();
        assertThat(posting.unmatched()).isEmpty();
        assertThat(posting.claims()).singleElement().satisfies(p -> {
            assertThat(p.claim()).isEqualTo(claim.id());
            assertThat(p.status()).isEqualTo(ClaimStatus.PAID);
            assertThat(p.paid()).isEqualTo(usd("100.00"));
            assertThat(p.patientResponsibility()).isEqualTo(usd("20.00"));
            assertThat(p.writtenOff()).isEqualTo(usd("30.00"));
            assertThat(p.reasons()).containsExactly("CO-45", "PR-2", "CO-45");
        });
        assertThat(claims.claim(biller, claim.id()).history()).extracting(StatusChange::to).endsWith(ClaimStatus.ACCEPTED, ClaimStatus.PAID);
        assertThat(ledger.entries(biller, patient)).extracting(LedgerEntry::type).containsExactly(LedgerEntryType.CHARGE, LedgerEntryType.CHARGE,
                LedgerEntryType.INSURANCE_PAYMENT, LedgerEntryType.ADJUSTMENT, LedgerEntryType.ADJUSTMENT);
        assertThat(ledger.balance(biller, patient)).contains(usd("20.00"));
        assertThat(events(RemittancePosted.class)).containsExactly(new RemittancePosted(posting.remittanceId(), claim.id(), patient,
                usd("100.00"), usd("20.00")));
    }

    @Test
    void postingTheSame835TwiceChangesNothingTheSecondTime() {
        byte[] file = x835(1, paidInFull("1", ""));
        RemittancePosting first = remittances.post(biller, "era-1", file);
        int eventsAfterFirst = events.size();

        RemittancePosting second = remittances.post(biller, "era-1-again", file);

        assertThat(second.alreadyPosted()).isTrue();
        assertThat(second.claims()).isEqualTo(first.claims());
        assertThat(ledger.entries(biller, patient)).hasSize(5);
        assertThat(ledger.balance(biller, patient)).contains(usd("20.00"));
        assertThat(events).hasSize(eventsAfterFirst);
    }

    @Test
    void aLineTheWholeChargeOfWhichIsAdjustedAwayMakesTheClaimPartiallyPaid() {
        ClaimPayment oneLineDenied = new ClaimPayment(claim.controlNumber(), "1", amount("150.00"), amount("80.00"), BigDecimal.ZERO, "PCN3",
                List.of(), List.of(
                svc(claim.lines().get(0), "80.00", cas(AdjustmentGroup.CO, "45", "40.00")),
                svc(claim.lines().get(1), "0.00", cas(AdjustmentGroup.CO, "96", "30.00"))));

        RemittancePosting posting = remittances.post(biller, "era-3", x835(3, oneLineDenied));

        assertThat(posting.claims()).singleElement().extracting(PostedClaimPayment::status).isEqualTo(ClaimStatus.PARTIALLY_PAID);
    }

    @Test
    void aZeroPaidLineThePatientOwesAsDeductibleIsNotADenial() {
        ClaimPayment deductible = new ClaimPayment(claim.controlNumber(), "1", amount("150.00"), amount("80.00"), amount("30.00"), "PCN4",
                List.of(), List.of(
                svc(claim.lines().get(0), "80.00", cas(AdjustmentGroup.CO, "45", "40.00")),
                svc(claim.lines().get(1), "0.00", cas(AdjustmentGroup.PR, "1", "30.00"))));

        RemittancePosting posting = remittances.post(biller, "era-4", x835(4, deductible));

        assertThat(posting.claims()).singleElement().extracting(PostedClaimPayment::status).isEqualTo(ClaimStatus.PAID);
    }

    @Test
    void aDenialMovesTheClaimToDeniedWithItsReasonCodes() {
        ClaimPayment denied = new ClaimPayment(claim.controlNumber(), "4", amount("150.00"), BigDecimal.ZERO, BigDecimal.ZERO, "PCN2",
                List.of(cas(AdjustmentGroup.CO, "50", "150.00")), List.of());

        RemittancePosting posting = remittances.post(biller, "era-2", x835(2, denied));

        assertThat(posting.claims()).singleElement().extracting(PostedClaimPayment::status).isEqualTo(ClaimStatus.DENIED);
        assertThat(claims.claim(biller, claim.id()).latestReasons()).containsExactly("CO-50");
        assertThat(events(ClaimStatusChanged.class)).last().satisfies(e -> {
            assertThat(e.to()).isEqualTo(ClaimStatus.DENIED);
            assertThat(e.reasons()).containsExactly("CO-50");
        });
        assertThat(ledger.balance(biller, patient)).contains(usd("0.00"));
    }

    @Test
    void aReversalUndoesThePaymentAndTakesTheClaimBackToAccepted() {
        remittances.post(biller, "era-1", x835(1, paidInFull("1", "")));

        RemittancePosting reversal = remittances.post(biller, "era-3", x835(3, paidInFull("22", "-")));

        assertThat(reversal.claims()).singleElement().satisfies(p -> {
            assertThat(p.reversal()).isTrue();
            assertThat(p.status()).isEqualTo(ClaimStatus.ACCEPTED);
            assertThat(p.paid()).isEqualTo(usd("-100.00"));
        });
        assertThat(ledger.balance(biller, patient)).contains(usd("150.00"));
        assertThat(claims.claim(biller, claim.id()).status()).isEqualTo(ClaimStatus.ACCEPTED);
    }

    @Test
    void paymentsMatchingNoClaimOrLineGoToTheWorkQueueWithoutPHI() {
        ClaimPayment stranger = new ClaimPayment("NOSUCHCLAIM", "1", amount("50.00"), amount("40.00"), BigDecimal.ZERO, "PCN3", List.of(),
                List.of());
        ClaimPayment extraLine = new ClaimPayment(claim.controlNumber(), "1", amount("190.00"), amount("140.00"), amount("20.00"), "PCN4",
                List.of(), List.of(svc(claim.lines().get(0), "80.00", cas(AdjustmentGroup.CO, "45", "20.00"), cas(AdjustmentGroup.PR, "2", "20.00")),
                svc(claim.lines().get(1), "20.00", cas(AdjustmentGroup.CO, "45", "10.00")),
                new ServicePayment("HC", "99214", List.of(), amount("40.00"), amount("40.00"), BigDecimal.ONE, TODAY.minusDays(1), null, List.of())));

        RemittancePosting posting = remittances.post(biller, "era-4", x835(4, stranger, extraLine));

        assertThat(posting.unmatched()).extracting(UnmatchedPayment::reason).containsExactly("MC-BILL-410", "MC-BILL-411");
        assertThat(posting.unmatched().get(1).procedure()).contains("99214");
        assertThat(events(UnmatchedRemittanceLine.class)).extracting(UnmatchedRemittanceLine::controlNumber)
                .containsExactly("NOSUCHCLAIM", claim.controlNumber());
        assertThat(posting.claims()).singleElement().extracting(PostedClaimPayment::claim).isEqualTo(claim.id());
    }

    @Test
    void aLineIsMatchedByProcedureAndDateWhenThePayerDropsItsControlNumber() {
        ClaimLine visit = claim.lines().get(0);
        ServicePayment withoutRef = new ServicePayment("HC", visit.procedure(), visit.modifiers(), visit.amount().amount(), amount("80.00"),
                BigDecimal.ONE, visit.serviceDate(), null, List.of(cas(AdjustmentGroup.CO, "45", "40.00")));
        ClaimPayment payment = new ClaimPayment(claim.controlNumber(), "1", amount("120.00"), amount("80.00"), BigDecimal.ZERO, "PCN5",
                List.of(), List.of(withoutRef));

        assertThat(remittances.post(biller, "era-5", x835(5, payment)).unmatched()).isEmpty();
    }

    @Test
    void aTruncatedOrCorrupted835PostsNothing() {
        byte[] file = x835(1, paidInFull("1", ""));
        byte[] truncated = Arrays.copyOf(file, file.length / 2);
        byte[] corrupted = new String(file, StandardCharsets.US_ASCII).replace("CLP*", "CLP*" + claim.controlNumber() + "*X*")
                .getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> remittances.post(biller, "era-t", truncated)).isInstanceOf(X12Exception.class)
                .hasMessageMatching("MC-EDI-\\d{3}.*");
        assertThatThrownBy(() -> remittances.post(biller, "era-c", corrupted)).isInstanceOf(X12Exception.class);
        assertThat(ledger.entries(biller, patient)).hasSize(2);
        assertThat(claims.claim(biller, claim.id()).status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(events).isEmpty();
    }

    @Test
    void theAdaptersRemittancesAreFetchedAndPosted() {
        acme.remittances.add(new org.medcoord.billing.spi.RemittanceDocument("era-77", x835(7, paidInFull("1", "")), START));

        List<RemittancePosting> postings = remittances.fetchAndPost(biller, claim.payer(), START.minusSeconds(60));

        assertThat(postings).singleElement().satisfies(p -> {
            assertThat(p.documentId()).isEqualTo("era-77");
            assertThat(p.claims()).hasSize(1);
        });
        assertThat(ledger.balance(biller, patient)).contains(usd("20.00"));
    }

    @Test
    void aPublicSample835PostsNothingToUnknownClaimsAndTwiceChangesNothing() throws IOException {
        Optional<Path> samples = Samples.folder();
        Assumptions.assumeTrue(samples.isPresent(), Samples.SKIP_REASON);
        byte[] file = Files.readAllBytes(samples.get().resolve("835-linuxforhealth-1.edi"));

        RemittancePosting first = remittances.post(biller, "sample-1", file);
        RemittancePosting second = remittances.post(biller, "sample-1", file);

        assertThat(first.claims()).isEmpty();
        assertThat(first.unmatched()).isNotEmpty().allSatisfy(u -> assertThat(u.reason()).isIn("MC-BILL-410", "MC-BILL-413"));
        assertThat(second.alreadyPosted()).isTrue();
        assertThat(ledger.entries(biller, patient)).hasSize(2);
    }

    @Test
    void aMalformedPublicSamplePostsNothing() throws IOException {
        Optional<Path> samples = Samples.folder();
        Assumptions.assumeTrue(samples.isPresent(), Samples.SKIP_REASON);
        byte[] file = Files.readAllBytes(samples.get().resolve("835-edi835parser-3.edi"));

        assertThatThrownBy(() -> remittances.post(biller, "sample-bad", file)).isInstanceOf(X12Exception.class);
        assertThat(events(UnmatchedRemittanceLine.class)).isEmpty();
    }
}
