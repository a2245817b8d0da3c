package org.medcoord.billing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.medcoord.billing.spi.ClaimStatusRequest;
import org.medcoord.billing.spi.ClaimStatusResponse;
import org.medcoord.billing.spi.ClaimSubmission;
import org.medcoord.billing.spi.EligibilityRequest;
import org.medcoord.billing.spi.EligibilityResponse;
import org.medcoord.billing.spi.PayerAdapter;
import org.medcoord.billing.spi.RemittanceDocument;
import org.medcoord.billing.spi.SubmissionReceipt;

/** A payer adapter that answers from fields a test sets and records what it was asked. Thread-safe. */
final class FakePayer implements PayerAdapter {

    final String id;
    final Set<String> payerIds;
    final AtomicInteger eligibilityCalls = new AtomicInteger();
    final AtomicInteger submitCalls = new AtomicInteger();
    final List<ClaimSubmission> submissions = new CopyOnWriteArrayList<>();
    final List<EligibilityRequest> inquiries = new CopyOnWriteArrayList<>();
    final List<RemittanceDocument> remittances = new CopyOnWriteArrayList<>();
    final AtomicReference<EligibilityResponse> eligibility = new AtomicReference<>(EligibilityResponse.inactive());
    final AtomicReference<ClaimStatusResponse> status = new AtomicReference<>(new ClaimStatusResponse(ClaimStatus.SUBMITTED, List.of()));
    final AtomicReference<RuntimeException> failSubmission = new AtomicReference<>();
    volatile long submitDelayMillis;

    FakePayer(String id, String... payerIds) {
        this.id = id;
        this.payerIds = Set.of(payerIds);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Set<String> payerIds() {
        return payerIds;
    }

    @Override
    public EligibilityResponse checkEligibility(EligibilityRequest request) {
        eligibilityCalls.incrementAndGet();
        inquiries.add(request);
        return eligibility.get();
    }

    @Override
    public SubmissionReceipt submitClaim(ClaimSubmission submission) {
        int n = submitCalls.incrementAndGet();
        if (submitDelayMillis > 0) {
            try {
                Thread.sleep(submitDelayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        RuntimeException failure = failSubmission.getAndSet(null);
        if (failure != null) {
            throw failure;
        }
        submissions.add(submission);
        return new SubmissionReceipt(id + "-" + n, Optional.of("received"));
    }

    @Override
    public ClaimStatusResponse claimStatus(ClaimStatusRequest request) {
        return status.get();
    }

    @Override
    public List<RemittanceDocument> fetchRemittances(String payerId, Instant since) {
        return remittances.stream().filter(d -> !d.received().isBefore(since)).toList();
    }

    void reset() {
        eligibilityCalls.set(0);
        submitCalls.set(0);
        submissions.clear();
        inquiries.clear();
        eligibility.set(EligibilityResponse.inactive());
        status.set(new ClaimStatusResponse(ClaimStatus.SUBMITTED, List.of()));
        failSubmission.set(null);
        remittances.clear();
        submitDelayMillis = 0;
    }
}
