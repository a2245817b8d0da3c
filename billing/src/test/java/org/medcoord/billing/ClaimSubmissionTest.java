package org.medcoord.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.medcoord.billing.spi.ClaimSubmission;
import org.medcoord.core.ConflictException;
import org.medcoord.core.MedCoordException;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.audit.AuditEntry;
import org.medcoord.core.audit.AuditField;
import org.medcoord.core.audit.AuditTrail;

class ClaimSubmissionTest extends BillingTestBase {

    Claim scrubbedClaim() {
        registerProviders();
        primaryCoverage(acmePayer());
        Claim claim = claims.build(biller, patient, List.of(charges.capture(biller, officeVisit().modifiers("25").build()).id(),
                charges.capture(biller, NewCharge.builder(patient).procedure("J1100", usd("30.00")).units(2).diagnoses("E11.9")
                        .providers(RENDERING_NPI, BILLING_NPI).serviceDate(TODAY.minusDays(1)).build()).id())).get(0);
        assertThat(claims.scrub(biller, claim.id()).clean()).isTrue();
        return claims.claim(biller, claim.id());
    }

    @Test
    void aScrubbedClaimGoesToItsPayersAdapterAsAn837PInterchangeAndTheStructuredClaim() {
        Claim claim = scrubbedClaim();

        Submission submission = claims.submit(biller, claim.id(), "key-1");

        assertThat(submission.adapter()).isEqualTo("acme-clearinghouse");
        assertThat(submission.payerId()).isEqualTo(ACME);
        assertThat(submission.trackingId()).isEqualTo("acme-clearinghouse-1");
        assertThat(claims.claim(biller, claim.id()).status()).isEqualTo(ClaimStatus.SUBMITTED);
        ClaimSubmission sent = acme.submissions.get(0);
        assertThat(sent.idempotencyKey()).isEqualTo("key-1");
        assertThat(sent.claim().id()).isEqualTo(claim.id());
        String x12 = new String(sent.interchange(), StandardCharsets.US_ASCII);
        assertThat(x12).startsWith("ISA*").contains("ST*837*").contains("CLM*" + claim.controlNumber() + "*150*")
                .contains("SV1*HC:99213:25*120*UN*1***1:2").contains("SV1*HC:J1100*30*UN*2***1").contains("REF*6R*" + claim.controlNumber() + "-2")
                .contains("HI*ABK:E119*ABF:I10").contains("NM1*PR*2*Acme Health*****PI*ACME1").contains("NM1*IL*1*Smith*Ann****MI*M123456")
                .contains("NM1*85*2*Springfield Family Clinic*****XX*" + BILLING_NPI).contains("NM1*82*1*Hopper*Grace****XX*" + RENDERING_NPI);
        assertThat(x12.strip()).endsWith("~").contains("IEA*1*");
        assertThat(events(ClaimSubmitted.class)).containsExactly(new ClaimSubmitted(claim.id(), patient, claim.payer(), "acme-clearinghouse-1"));
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstOutcomeWithoutCallingThePayerAgain() {
        Claim claim = scrubbedClaim();
        Submission first = claims.submit(biller, claim.id(), "key-1");

        Submission retry = claims.submit(biller, claim.id(), "key-1");

        assertThat(retry).isEqualTo(first);
        assertThat(acme.submitCalls).hasValue(1);
        assertThatThrownBy(() -> claims.submit(biller, claim.id(), "key-2")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("MC-BILL-104");
    }

    @Test
    void eightThreadsSubmittingOneClaimWithOneKeyReachTheAdapterExactlyOnce() throws Exception {
        Claim claim = scrubbedClaim();
        acme.submitDelayMillis = 200;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Submission>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<Submission> submit = () -> {
                    go.await();
                    return claims.submit(biller, claim.id(), "race-key");
                };
                results.add(pool.submit(submit));
            }
            go.countDown();
            int succeeded = 0;
            for (Future<Submission> result : results) {
                try {
                    assertThat(result.get(30, TimeUnit.SECONDS).trackingId()).isEqualTo("acme-clearinghouse-1");
                    succeeded++;
                } catch (ExecutionException e) {
                    // The others either saw the submission in flight or the claim already submitted.
                    assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                    assertThat(((MedCoordException) e.getCause()).code()).isIn("MC-BILL-105", "MC-BILL-104");
                }
            }
            assertThat(succeeded).isGreaterThanOrEqualTo(1);
            assertThat(acme.submitCalls).hasValue(1);
            assertThat(claims.submit(biller, claim.id(), "race-key").trackingId()).isEqualTo("acme-clearinghouse-1");
            assertThat(acme.submitCalls).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedAdapterCallLeavesTheClaimScrubbedAndTheSameKeyMayBeRetried() {
        Claim claim = scrubbedClaim();
        acme.failSubmission.set(new IllegalStateException("timeout"));

        assertThatThrownBy(() -> claims.submit(biller, claim.id(), "key-1")).isInstanceOf(MedCoordException.class)
                .hasMessageContaining("MC-BILL-202").hasMessageContaining("acme-clearinghouse");
        assertThat(claims.claim(biller, claim.id()).status()).isEqualTo(ClaimStatus.SCRUBBED);

        Submission retry = claims.submit(biller, claim.id(), "key-1");

        assertThat(retry.trackingId()).isEqualTo("acme-clearinghouse-2");
        assertThat(acme.submissions).extracting(ClaimSubmission::idempotencyKey).containsExactly("key-1");
    }

    @Test
    void aDraftIsNotSubmittedAndAnErrorEditFoundAtSubmissionRefusesIt() {
        registerProviders();
        Payer payer = acmePayer();
        Coverage coverage = primaryCoverage(payer);
        Claim draft = claims.build(biller, patient, List.of(charges.capture(biller, officeVisit().build()).id())).get(0);
        assertThatThrownBy(() -> claims.submit(biller, draft.id(), "key-1")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("MC-BILL-104");

        claims.scrub(biller, draft.id());
        coverages.end(biller, coverage.id(), TODAY.minusDays(2));

        assertThatThrownBy(() -> claims.submit(biller, draft.id(), "key-1")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("MC-BILL-307"));
        assertThat(acme.submitCalls).hasValue(0);
    }

    @Test
    void aSubmissionIsAuditedAsADisclosureForPayment() {
        Claim claim = scrubbedClaim();
        claims.submit(biller, claim.id(), "key-1");

        List<AuditEntry> trail = medcoord.service(AuditTrail.class).report(as("privacy-1", Roles.AUDITOR, PurposeOfUse.LEGAL),
                Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), AuditField.TIME, true, 1000);

        assertThat(trail).anySatisfy(entry -> {
            assertThat(entry.event().action()).isEqualTo(Action.DISCLOSE);
            assertThat(entry.event().category()).isEqualTo(DataCategory.BILLING);
            assertThat(entry.event().purpose()).isEqualTo(PurposeOfUse.PAYMENT);
            assertThat(entry.event().patient()).contains(patient);
            assertThat(entry.event().source()).isEqualTo("billing.claim.submit");
        });
    }
}
