package org.medcoord.testkit.billing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.medcoord.billing.ClaimStatus;
import org.medcoord.billing.spi.ClaimStatusRequest;
import org.medcoord.billing.spi.ClaimStatusResponse;
import org.medcoord.billing.spi.ClaimSubmission;
import org.medcoord.billing.spi.EligibilityRequest;
import org.medcoord.billing.spi.EligibilityResponse;
import org.medcoord.billing.spi.PayerAdapter;
import org.medcoord.billing.spi.RemittanceDocument;
import org.medcoord.billing.spi.SubmissionReceipt;

/** The payer adapter kit against the smallest honest adapter: it takes claims and answers "accepted". */
class FakePayerAdapterContractTest extends PayerAdapterContract {

    /** Keeps receipts by key and statuses by control number; sends no remittances. */
    static final class AcceptingPayer implements PayerAdapter {
        private final Map<String, SubmissionReceipt> receipts = new ConcurrentHashMap<>();
        private final Map<String, ClaimStatus> statuses = new ConcurrentHashMap<>();
        private final List<RemittanceDocument> remittances = new CopyOnWriteArrayList<>();

        @Override
        public String id() {
            return "accepting";
        }

        @Override
        public Set<String> payerIds() {
            return Set.of("FAKE1");
        }

        @Override
        public EligibilityResponse checkEligibility(EligibilityRequest request) {
            return request.memberId().startsWith("M")
                    ? new EligibilityResponse(true, Optional.empty(), Optional.empty(), Optional.empty()) : EligibilityResponse.inactive();
        }

        @Override
        public SubmissionReceipt submitClaim(ClaimSubmission submission) {
            return receipts.computeIfAbsent(submission.idempotencyKey(), k -> {
                statuses.put(submission.claim().controlNumber(), ClaimStatus.ACCEPTED);
                return new SubmissionReceipt("T-" + submission.claim().controlNumber(), Optional.empty());
            });
        }

        @Override
        public ClaimStatusResponse claimStatus(ClaimStatusRequest request) {
            return new ClaimStatusResponse(statuses.getOrDefault(request.controlNumber(), ClaimStatus.REJECTED), List.of());
        }

        @Override
        public List<RemittanceDocument> fetchRemittances(String payerId, Instant since) {
            return remittances.stream().filter(d -> !d.received().isBefore(since)).toList();
        }
    }

    @Override
    protected PayerAdapter newAdapter() {
        return new AcceptingPayer();
    }

    @Override
    protected String activeMemberId() {
        return "M123456";
    }
}
