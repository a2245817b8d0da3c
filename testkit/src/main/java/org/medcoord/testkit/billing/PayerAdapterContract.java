package org.medcoord.testkit.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.medcoord.billing.ChargeId;
import org.medcoord.billing.Claim;
import org.medcoord.billing.ClaimId;
import org.medcoord.billing.ClaimLine;
import org.medcoord.billing.ClaimStatus;
import org.medcoord.billing.CoverageId;
import org.medcoord.billing.CoverageOrder;
import org.medcoord.billing.PayerId;
import org.medcoord.billing.spi.ClaimStatusRequest;
import org.medcoord.billing.spi.ClaimStatusResponse;
import org.medcoord.billing.spi.ClaimSubmission;
import org.medcoord.billing.spi.EligibilityRequest;
import org.medcoord.billing.spi.EligibilityResponse;
import org.medcoord.billing.spi.PayerAdapter;
import org.medcoord.billing.spi.RemittanceDocument;
import org.medcoord.billing.spi.SubmissionReceipt;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;

/**
 * What every {@link PayerAdapter} must do, as its javadoc states: a stable id and the payer ids it serves;
 * an eligibility answer for a member; a receipt for every claim, the same claim under the same idempotency
 * key taken once (MedCoord may repeat a key whose call threw); a status for a claim it took; remittances
 * since an instant, oldest first, with ids stable across fetches; no patient data in {@code toString()};
 * and calls from several threads at once.
 *
 * <p>Extend it in the adapter's tests, pointing the adapter at a test endpoint of the payer (or a fake of
 * it), and name a member id the payer knows:
 *
 * <pre>{@code
 * class AcmePayerTest extends PayerAdapterContract {
 *     protected PayerAdapter newAdapter() { return new AcmePayer(testEndpoint); }
 *     protected String activeMemberId() { return "M123456"; }
 * }
 * }</pre>
 *
 * <p>The kit's claims are small professional claims (an office visit, CPT 99213, and optionally a procedure,
 * 45380) with valid NPIs; override {@link #procedures()} when the payer under test needs others.
 *
 * @since 0.1.0
 */
public abstract class PayerAdapterContract {

    private static final String BILLING_NPI = "1234567893";
    private static final String RENDERING_NPI = "9876543213";

    /** @return a new adapter, ready to call */
    protected abstract PayerAdapter newAdapter();

    /** @return a member id the payer answers as covered (active) */
    protected abstract String activeMemberId();

    /** @return the CPT codes the kit's claims carry, one line each; default 99213 and 45380 */
    protected List<String> procedures() {
        return List.of("99213", "45380");
    }

    /** @return how many threads submit at once in the concurrency test; default 8 */
    protected int threads() {
        return 8;
    }

    private static String payerIdOf(PayerAdapter adapter) {
        return adapter.payerIds().iterator().next();
    }

    /** @return a small claim with a fresh control number, as MedCoord hands it to an adapter */
    protected Claim claim(String controlNumber) {
        LocalDate day = LocalDate.of(2026, 11, 5);
        List<ClaimLine> lines = new ArrayList<>();
        for (String procedure : procedures()) {
            int n = lines.size() + 1;
            lines.add(new ClaimLine(n, new ChargeId(UUID.randomUUID()), controlNumber + "-" + n, procedure, List.of(), 1,
                    Money.of("150.00", "USD"), List.of(1), day, "11", RENDERING_NPI));
        }
        return new Claim(new ClaimId(UUID.randomUUID()), controlNumber, new PatientId(UUID.randomUUID()), new CoverageId(UUID.randomUUID()),
                new PayerId(UUID.randomUUID()), CoverageOrder.PRIMARY, Optional.empty(), BILLING_NPI, List.of("I10"), lines,
                ClaimStatus.SCRUBBED, List.of(), Instant.parse("2026-11-05T20:00:00Z"));
    }

    private ClaimSubmission submission(PayerAdapter adapter, String key, Claim claim) {
        // the interchange is opaque to the kit; adapters that parse it get a placeholder they may refuse
        return new ClaimSubmission(key, payerIdOf(adapter), ("ISA*" + claim.controlNumber() + "~").getBytes(StandardCharsets.US_ASCII), claim);
    }

    private static String control() {
        return "K" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(java.util.Locale.ROOT);
    }

    @Nested
    @DisplayName("Identity")
    class Identity {

        @Test
        @DisplayName("the id and the served payer ids are stable and non-blank")
        void idAndPayerIdsAreStable() {
            PayerAdapter first = newAdapter();
            PayerAdapter second = newAdapter();

            assertThat(first.id()).isNotBlank().isEqualTo(second.id());
            assertThat(first.payerIds()).isNotEmpty().allSatisfy(id -> assertThat(id).isNotBlank()).isEqualTo(second.payerIds());
        }
    }

    @Nested
    @DisplayName("Eligibility")
    class EligibilityAnswers {

        @Test
        @DisplayName("a known member is answered as active")
        void aKnownMemberIsActive() {
            PayerAdapter adapter = newAdapter();

            EligibilityResponse answer = adapter.checkEligibility(new EligibilityRequest(payerIdOf(adapter), activeMemberId(),
                    Optional.empty(), LocalDate.of(2026, 11, 5), BILLING_NPI, "trn-" + UUID.randomUUID()));

            assertThat(answer).isNotNull();
            assertThat(answer.active()).isTrue();
        }
    }

    @Nested
    @DisplayName("Submission")
    class Submission {

        @Test
        @DisplayName("every claim gets a receipt with a tracking id, and its status can be asked")
        void aClaimIsAcknowledgedAndItsStatusKnown() {
            PayerAdapter adapter = newAdapter();
            Claim claim = claim(control());

            SubmissionReceipt receipt = adapter.submitClaim(submission(adapter, "key-" + claim.controlNumber(), claim));
            ClaimStatusResponse status = adapter.claimStatus(new ClaimStatusRequest(payerIdOf(adapter), claim.controlNumber(),
                    Optional.of(receipt.trackingId())));

            assertThat(receipt.trackingId()).isNotBlank();
            assertThat(status).isNotNull();
            assertThat(status.status()).isNotEqualTo(ClaimStatus.DRAFT).isNotEqualTo(ClaimStatus.SCRUBBED);
        }

        @Test
        @DisplayName("repeating an idempotency key takes the claim once: same receipt, no second remittance")
        void repeatingAKeyTakesTheClaimOnce() {
            PayerAdapter adapter = newAdapter();
            Claim claim = claim(control());
            Instant before = Instant.EPOCH;
            int documentsBefore = adapter.fetchRemittances(payerIdOf(adapter), before).size();

            SubmissionReceipt first = adapter.submitClaim(submission(adapter, "key-" + claim.controlNumber(), claim));
            int documentsAfterFirst = adapter.fetchRemittances(payerIdOf(adapter), before).size();
            SubmissionReceipt again = adapter.submitClaim(submission(adapter, "key-" + claim.controlNumber(), claim));

            assertThat(again.trackingId()).isEqualTo(first.trackingId());
            assertThat(adapter.fetchRemittances(payerIdOf(adapter), before)).hasSize(documentsAfterFirst);
            assertThat(documentsAfterFirst).isGreaterThanOrEqualTo(documentsBefore);
        }
    }

    @Nested
    @DisplayName("Remittances")
    class Remittances {

        @Test
        @DisplayName("remittances since an instant come oldest first, none before it, with ids stable across fetches")
        void remittancesAreOrderedAndStable() {
            PayerAdapter adapter = newAdapter();
            for (int i = 0; i < 3; i++) {
                Claim claim = claim(control());
                adapter.submitClaim(submission(adapter, "key-" + claim.controlNumber(), claim));
            }
            Instant since = Instant.EPOCH;

            List<RemittanceDocument> first = adapter.fetchRemittances(payerIdOf(adapter), since);
            List<RemittanceDocument> second = adapter.fetchRemittances(payerIdOf(adapter), since);

            assertThat(first).extracting(RemittanceDocument::id).isEqualTo(second.stream().map(RemittanceDocument::id).toList())
                    .doesNotHaveDuplicates();
            for (int i = 1; i < first.size(); i++) {
                assertThat(first.get(i).received()).isAfterOrEqualTo(first.get(i - 1).received());
            }
            first.forEach(d -> assertThat(d.received()).isAfterOrEqualTo(since));
            if (!first.isEmpty()) {
                Instant last = first.get(first.size() - 1).received();
                assertThat(adapter.fetchRemittances(payerIdOf(adapter), last.plusMillis(1))).isEmpty();
            }
        }
    }

    @Nested
    @DisplayName("Confidentiality and threads")
    class ConfidentialityAndThreads {

        @Test
        @DisplayName("toString() names no member id, before or after use")
        void toStringNamesNoMember() {
            PayerAdapter adapter = newAdapter();
            adapter.checkEligibility(new EligibilityRequest(payerIdOf(adapter), activeMemberId(), Optional.empty(),
                    LocalDate.of(2026, 11, 5), BILLING_NPI, "trn-1"));

            assertThat(String.valueOf(adapter)).doesNotContain(activeMemberId());
        }

        @Test
        @DisplayName("claims submitted from several threads at once each get their own receipt")
        void concurrentSubmissionsEachGetAReceipt() throws Exception {
            PayerAdapter adapter = newAdapter();
            int threads = threads();
            int each = 10;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            Set<String> tracking = java.util.Collections.synchronizedSet(new HashSet<>());
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < each; i++) {
                            Claim claim = claim(control());
                            tracking.add(adapter.submitClaim(submission(adapter, "key-" + claim.controlNumber(), claim)).trackingId());
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : futures) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(tracking).hasSize(threads * each);
        }
    }
}
