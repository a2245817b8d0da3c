package org.medcoord.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.medcoord.billing.spi.ClaimSubmission;
import org.medcoord.core.ConflictException;
import org.medcoord.core.MedCoord;

/**
 * A submission whose caller never came back (its process died mid-call) holds its key only for the lease
 * ({@link BillingSettings#SUBMISSION_LEASE}, PT2M here): then the same key takes it over and the adapter is asked
 * again with that key; the first answer recorded wins and the claim is submitted once.
 */
class SubmissionLeaseTest extends BillingTestBase {

    @Override
    MedCoord.Builder configure(MedCoord.Builder builder) {
        return builder.setting(BillingSettings.SUBMISSION_LEASE, "PT2M");
    }

    private Claim scrubbedClaim() {
        registerProviders();
        primaryCoverage(acmePayer());
        Claim claim = claims.build(biller, patient, List.of(charges.capture(biller, officeVisit().build()).id())).get(0);
        assertThat(claims.scrub(biller, claim.id()).clean()).isTrue();
        return claim;
    }

    private void awaitSubmitCalls(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (acme.submitCalls.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(acme.submitCalls).hasValue(count);
    }

    @Test
    void aStuckSubmissionIsTakenOverWithTheSameKeyAfterTheLeaseAndTheClaimIsSubmittedOnce() throws Exception {
        Claim claim = scrubbedClaim();
        acme.submitDelayMillis = 5000; // the first caller hangs inside the adapter, as a dying process would
        CompletableFuture<Submission> stuck = CompletableFuture.supplyAsync(() -> claims.submit(biller, claim.id(), "lease-key"));
        awaitSubmitCalls(1);

        assertThatThrownBy(() -> claims.submit(biller, claim.id(), "lease-key")).isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "MC-BILL-105");
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> claims.submit(biller, claim.id(), "lease-key")).isInstanceOf(ConflictException.class);

        clock.advance(Duration.ofMinutes(2));
        acme.submitDelayMillis = 0;
        Submission takenOver = claims.submit(biller, claim.id(), "lease-key");
        Submission late = stuck.get(30, TimeUnit.SECONDS);

        assertThat(acme.submitCalls).hasValue(2);
        assertThat(acme.submissions).extracting(ClaimSubmission::idempotencyKey).containsOnly("lease-key");
        assertThat(late.trackingId()).isEqualTo(takenOver.trackingId());
        assertThat(claims.submit(biller, claim.id(), "lease-key").trackingId()).isEqualTo(takenOver.trackingId());
        assertThat(acme.submitCalls).hasValue(2);
        assertThat(claims.claim(biller, claim.id()).history()).extracting(StatusChange::to).filteredOn(s -> s == ClaimStatus.SUBMITTED)
                .hasSize(1);
        assertThat(events(ClaimSubmitted.class)).hasSize(1);
    }

    @Test
    void aLateFailureOfTheStuckCallNeverUndoesTheTakeOversSuccess() throws Exception {
        Claim claim = scrubbedClaim();
        acme.submitDelayMillis = 5000;
        CompletableFuture<Submission> stuck = CompletableFuture.supplyAsync(() -> claims.submit(biller, claim.id(), "lease-key-2"));
        awaitSubmitCalls(1);
        clock.advance(Duration.ofMinutes(3));
        acme.submitDelayMillis = 0;

        Submission takenOver = claims.submit(biller, claim.id(), "lease-key-2");
        acme.failSubmission.set(new IllegalStateException("connection reset")); // taken by the stuck call when it wakes

        assertThatThrownBy(() -> stuck.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(org.medcoord.core.MedCoordException.class);
        assertThat(claims.submit(biller, claim.id(), "lease-key-2").trackingId()).isEqualTo(takenOver.trackingId());
        assertThat(acme.submitCalls).hasValue(2);
        assertThat(claims.claim(biller, claim.id()).status()).isEqualTo(ClaimStatus.SUBMITTED);
    }
}
