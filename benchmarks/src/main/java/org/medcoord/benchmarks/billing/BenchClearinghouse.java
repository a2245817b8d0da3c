package org.medcoord.benchmarks.billing;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.medcoord.billing.ClaimStatus;
import org.medcoord.billing.spi.ClaimStatusRequest;
import org.medcoord.billing.spi.ClaimStatusResponse;
import org.medcoord.billing.spi.ClaimSubmission;
import org.medcoord.billing.spi.EligibilityRequest;
import org.medcoord.billing.spi.EligibilityResponse;
import org.medcoord.billing.spi.PayerAdapter;
import org.medcoord.billing.spi.RemittanceDocument;
import org.medcoord.billing.spi.SubmissionReceipt;

/** An in-process payer adapter that takes every claim and counts the interchange bytes it was handed. */
public final class BenchClearinghouse implements PayerAdapter {

    /** The X12 payer id it serves. */
    public static final String PAYER_ID = "BENCH1";

    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong claims = new AtomicLong();

    @Override
    public String id() {
        return "bench-clearinghouse";
    }

    @Override
    public Set<String> payerIds() {
        return Set.of(PAYER_ID);
    }

    @Override
    public EligibilityResponse checkEligibility(EligibilityRequest request) {
        return EligibilityResponse.inactive();
    }

    @Override
    public SubmissionReceipt submitClaim(ClaimSubmission submission) {
        bytes.addAndGet(submission.interchange().length);
        return new SubmissionReceipt("T" + claims.incrementAndGet(), java.util.Optional.empty());
    }

    @Override
    public ClaimStatusResponse claimStatus(ClaimStatusRequest request) {
        return new ClaimStatusResponse(ClaimStatus.SUBMITTED, List.of());
    }

    @Override
    public List<RemittanceDocument> fetchRemittances(String payerId, Instant since) {
        return List.of();
    }

    /** @return the interchange bytes received so far */
    public long bytes() {
        return bytes.get();
    }
}
