package org.medcoord.billing.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.billing.BillingProvider;
import org.medcoord.billing.Charge;
import org.medcoord.billing.ChargeStatus;
import org.medcoord.billing.Claim;
import org.medcoord.billing.ClaimId;
import org.medcoord.billing.Coverage;
import org.medcoord.billing.FeeSchedule;
import org.medcoord.billing.LedgerEntry;
import org.medcoord.billing.Payer;
import org.medcoord.billing.RenderingProvider;
import org.medcoord.core.data.DocumentType;
import org.medcoord.core.data.FieldKind;
import org.medcoord.core.data.LogType;

/** The billing module's document types, logs and lock names. */
final class Documents {

    static final DocumentType<Payer> PAYER = DocumentType.builder("bill-payer", Payer.class)
            .field("x12", FieldKind.TEXT, p -> List.of(p.x12PayerId()))
            .unique("bill-payer.x12", FieldKind.TEXT, p -> List.of(p.x12PayerId()))
            .build();

    static final DocumentType<Coverage> COVERAGE = DocumentType.builder("bill-coverage", Coverage.class)
            .field("patient", FieldKind.TEXT, c -> List.of(c.patient().asString()))
            // The member id identifies a person: stored as an HMAC token only.
            .field("member", FieldKind.PERSONAL, c -> List.of(memberKey(c.payer().asString(), c.memberId())))
            .build();

    /** Lock type of a patient's coverages, held while one is added or ended (no overlapping orders). */
    static final String COVERAGE_LOCK = "bill-coverage-lock";

    /** Id = NPI. */
    static final DocumentType<BillingProvider> BILLING_PROVIDER = DocumentType.builder("bill-billing-provider", BillingProvider.class).build();
    /** Id = NPI. */
    static final DocumentType<RenderingProvider> RENDERING_PROVIDER = DocumentType.builder("bill-rendering-provider", RenderingProvider.class).build();

    /** Id {@code self}, {@code <payer>|*} or {@code <payer>|<plan>}. */
    static final DocumentType<FeeSchedule> FEE_SCHEDULE = DocumentType.builder("bill-fee-schedule", FeeSchedule.class).build();

    static final DocumentType<Charge> CHARGE = DocumentType.builder("bill-charge", Charge.class)
            .field("patient", FieldKind.TEXT, c -> List.of(c.patient().asString()))
            .field("openFor", FieldKind.TEXT, c -> c.status() == ChargeStatus.OPEN ? List.of(c.patient().asString()) : List.of())
            .field("source", FieldKind.TEXT, c -> c.sourceKey().stream().toList())
            .unique("bill-charge.source", FieldKind.TEXT, c -> c.sourceKey().stream().toList())
            .build();

    static final DocumentType<Claim> CLAIM = DocumentType.builder("bill-claim", Claim.class)
            .field("patient", FieldKind.TEXT, c -> List.of(c.patient().asString()))
            .field("control", FieldKind.TEXT, c -> List.of(c.controlNumber()))
            .field("status", FieldKind.TEXT, c -> List.of(c.status().name()))
            .unique("bill-claim.control", FieldKind.TEXT, c -> List.of(c.controlNumber()))
            .build();

    /** Lock type of a claim, held while it changes. */
    static final String CLAIM_LOCK = "bill-claim-lock";
    /** Lock type of a patient's billing, held while charges are captured or billed and the ledger is posted. */
    static final String PATIENT_LOCK = "bill-patient-lock";
    /** Lock type of a charge source key. */
    static final String SOURCE_LOCK = "bill-source-lock";

    /** The tenant's counter of claim control numbers; id {@code claim}. */
    record Counter(long value) {
    }

    static final DocumentType<Counter> COUNTER = DocumentType.builder("bill-counter", Counter.class).build();

    /** Where a submission with one idempotency key stands. */
    enum SubmissionState { IN_FLIGHT, SENT, FAILED }

    /** A submission attempt, id = the idempotency key. */
    record SubmissionRecord(String key, ClaimId claim, SubmissionState state, String payerId, String adapter,
                            Optional<String> trackingId, Optional<String> message, Instant changed) {
        SubmissionRecord {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(claim, "claim");
        }
    }

    static final DocumentType<SubmissionRecord> SUBMISSION = DocumentType.builder("bill-submission", SubmissionRecord.class)
            .field("claim", FieldKind.TEXT, s -> List.of(s.claim().asString()))
            .unique("bill-submission.key", FieldKind.TEXT, s -> List.of(s.key()))
            .build();

    /** Lock type of an idempotency key of a submission. */
    static final String SUBMISSION_LOCK = "bill-submission-lock";

    /** A posted 835, id = the SHA-256 of its bytes. */
    static final DocumentType<org.medcoord.billing.RemittancePosting> REMITTANCE =
            DocumentType.builder("bill-remittance", org.medcoord.billing.RemittancePosting.class)
                    .field("posted", FieldKind.INSTANT, r -> List.of(r.posted()))
                    .build();
    /** Lock type of an 835's hash, held while it is posted. */
    static final String REMITTANCE_LOCK = "bill-remittance-lock";

    /** An idempotency key of a ledger posting; id {@code <patient>|<key>}. */
    record PostingKey(long seq) {
    }

    static final DocumentType<PostingKey> POSTING_KEY = DocumentType.builder("bill-posting-key", PostingKey.class).build();

    /** One stream per patient ({@code bill-ledger/<patient>}). */
    static final LogType<LedgerEntry> LEDGER = new LogType<>("bill-ledger/", LedgerEntry.class);

    private Documents() {
    }

    static String memberKey(String payer, String memberId) {
        return payer + "|" + memberId.strip();
    }
}
