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
    /** When set, {@link #fetchRemittances} also answers every claim submitted with an 835 paying it. */
    volatile boolean paysWhatItReceives;

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
        List<RemittanceDocument> documents = new java.util.ArrayList<>(remittances.stream().filter(d -> !d.received().isBefore(since)).toList());
        if (paysWhatItReceives) {
            for (ClaimSubmission submission : submissions) {
                documents.add(new RemittanceDocument("era-" + submission.claim().controlNumber(), payInFull(submission.claim()), since));
            }
        }
        return documents;
    }

    /** An 835 paying 80% of each line, writing off 10% by contract and leaving 10% to the patient. */
    static byte[] payInFull(Claim claim) {
        java.math.BigDecimal tenth = new java.math.BigDecimal("0.10");
        List<org.medcoord.billing.x12.ServicePayment> lines = new java.util.ArrayList<>();
        java.math.BigDecimal paid = java.math.BigDecimal.ZERO;
        java.math.BigDecimal patient = java.math.BigDecimal.ZERO;
        for (ClaimLine line : claim.lines()) {
            java.math.BigDecimal charge = line.amount().amount();
            java.math.BigDecimal share = charge.multiply(tenth).setScale(2, java.math.RoundingMode.HALF_EVEN);
            java.math.BigDecimal linePaid = charge.subtract(share).subtract(share);
            paid = paid.add(linePaid);
            patient = patient.add(share);
            lines.add(new org.medcoord.billing.x12.ServicePayment("HC", line.procedure(), line.modifiers(), charge, linePaid,
                    java.math.BigDecimal.valueOf(line.units()), line.serviceDate(), line.lineControlNumber(), List.of(
                    new org.medcoord.billing.x12.Adjustment(org.medcoord.billing.x12.AdjustmentGroup.CO, "45", share, null),
                    new org.medcoord.billing.x12.Adjustment(org.medcoord.billing.x12.AdjustmentGroup.PR, "2", share, null))));
        }
        return RemittancePostingTest.x835(9, new org.medcoord.billing.x12.ClaimPayment(claim.controlNumber(), "1", claim.total().amount(),
                paid, patient, "PAYER-" + claim.controlNumber(), List.of(), lines));
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
        paysWhatItReceives = false;
        submitDelayMillis = 0;
    }
}
