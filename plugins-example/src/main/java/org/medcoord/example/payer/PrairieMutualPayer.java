package org.medcoord.example.payer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.medcoord.billing.Claim;
import org.medcoord.billing.ClaimLine;
import org.medcoord.billing.ClaimStatus;
import org.medcoord.billing.spi.ClaimStatusRequest;
import org.medcoord.billing.spi.ClaimStatusResponse;
import org.medcoord.billing.spi.ClaimSubmission;
import org.medcoord.billing.spi.EligibilityRequest;
import org.medcoord.billing.spi.EligibilityResponse;
import org.medcoord.billing.spi.PayerAdapter;
import org.medcoord.billing.spi.RemittanceDocument;
import org.medcoord.billing.spi.SubmissionReceipt;
import org.medcoord.billing.x12.Adjustment;
import org.medcoord.billing.x12.AdjustmentGroup;
import org.medcoord.billing.x12.ClaimPayment;
import org.medcoord.billing.x12.InterchangeEnvelope;
import org.medcoord.billing.x12.Remittance835Writer;
import org.medcoord.billing.x12.RemittanceAdvice;
import org.medcoord.billing.x12.RemittanceParty;
import org.medcoord.billing.x12.ServicePayment;
import org.medcoord.billing.x12.UsageIndicator;
import org.medcoord.core.Money;

/**
 * The payer adapter of Prairie Mutual, a fictional health plan (X12 payer id {@value #PAYER_ID}) that
 * adjudicates on the spot: eligibility from the member id, each line allowed at its fee schedule
 * ({@link #FEE_SCHEDULE}), a {@value #COPAY} copay on office visits, codes it does not cover denied with
 * CARC 96, and an 835 remittance (written with billing's {@link Remittance835Writer}) for every claim it
 * adjudicated, fetched with {@link #fetchRemittances}.
 *
 * <p>Deterministic and in memory: a real adapter would call the payer's or a clearinghouse's endpoints.
 * Thread-safe. Found by {@link java.util.ServiceLoader}; the no-arg constructor tells time by the system
 * clock, {@link #PrairieMutualPayer(Clock)} by the application's.
 *
 * @since 0.1.0
 */
public final class PrairieMutualPayer implements PayerAdapter {

    /** The adapter id. */
    public static final String ID = "prairie-mutual";
    /** Prairie Mutual's X12 payer id. */
    public static final String PAYER_ID = "PRAIRIE1";
    /** The copay of an office visit (evaluation and management, CPT 99202 to 99215), USD. */
    public static final String COPAY = "25.00";
    /** Allowed amounts by CPT code, USD. Codes not listed are not covered. */
    public static final Map<String, BigDecimal> FEE_SCHEDULE = Map.of(
            "99203", new BigDecimal("110.00"), "99213", new BigDecimal("92.00"), "99214", new BigDecimal("131.00"),
            "45378", new BigDecimal("410.00"), "45380", new BigDecimal("480.00"), "88305", new BigDecimal("70.00"));
    /** CARC 45: charge exceeds the fee schedule. */
    static final String CARC_FEE_SCHEDULE = "45";
    /** CARC 96: non-covered charge. */
    static final String CARC_NOT_COVERED = "96";
    /** CARC 3: copayment. */
    static final String CARC_COPAY = "3";

    private final Clock clock;
    private final Map<String, SubmissionReceipt> receipts = new ConcurrentHashMap<>();
    private final Map<String, ClaimPayment> adjudicated = new ConcurrentHashMap<>();
    private final List<RemittanceDocument> remittances = new CopyOnWriteArrayList<>();
    private final AtomicLong interchanges = new AtomicLong();
    private final Remittance835Writer writer = new Remittance835Writer();

    /** For {@link java.util.ServiceLoader}: the system clock. */
    public PrairieMutualPayer() {
        this(Clock.systemUTC());
    }

    /** @param clock the application's clock, for payment dates and remittance times */
    public PrairieMutualPayer(Clock clock) {
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<String> payerIds() {
        return Set.of(PAYER_ID);
    }

    /** Members {@code PM} + digits are active, unless the id ends in {@code T} (terminated); deductible and OOP fixed. */
    @Override
    public EligibilityResponse checkEligibility(EligibilityRequest request) {
        requireOurs(request.payerId());
        String member = request.memberId().strip();
        if (!member.matches("PM\\d{6,10}")) {
            return EligibilityResponse.inactive();
        }
        return new EligibilityResponse(true, Optional.of(Money.of(COPAY, "USD")), Optional.of(Money.of("250.00", "USD")),
                Optional.of(Money.of("2000.00", "USD")));
    }

    @Override
    public SubmissionReceipt submitClaim(ClaimSubmission submission) {
        requireOurs(submission.payerId());
        return receipts.computeIfAbsent(submission.idempotencyKey(), key -> {
            Claim claim = submission.claim();
            ClaimPayment payment = adjudicate(claim);
            adjudicated.put(claim.controlNumber(), payment);
            long n = interchanges.incrementAndGet();
            BigDecimal paid = payment.paid();
            RemittanceAdvice advice = new RemittanceAdvice(paid.signum() > 0 ? "C" : "H", paid, "C",
                    paid.signum() > 0 ? "CHK" : "NON", LocalDate.now(clock), "PM" + claim.controlNumber(),
                    new RemittanceParty("PRAIRIE MUTUAL", "XV", PAYER_ID), new RemittanceParty("BILLING PROVIDER", "XX", claim.billingNpi()),
                    List.of(payment), List.of());
            InterchangeEnvelope envelope = new InterchangeEnvelope("ZZ", "PRAIRIEMUTUAL", "ZZ", claim.billingNpi(), n, n,
                    LocalDateTime.now(clock).withNano(0), UsageIndicator.TEST);
            String x12 = writer.write(envelope, List.of(advice));
            // ids and trace numbers stay unique across restarts: they carry the clinic's claim control number
            remittances.add(new RemittanceDocument("PM835-" + claim.controlNumber(), x12.getBytes(StandardCharsets.US_ASCII), clock.instant()));
            return new SubmissionReceipt("PM-" + claim.controlNumber(), Optional.of("accepted for adjudication"));
        });
    }

    /** The payer's decision on one claim: each line at its fee schedule, copays, non-covered codes denied. */
    static ClaimPayment adjudicate(Claim claim) {
        List<ServicePayment> lines = new ArrayList<>();
        BigDecimal charge = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal patient = BigDecimal.ZERO;
        boolean anyCovered = false;
        for (ClaimLine line : claim.lines()) {
            BigDecimal billed = line.amount().amount();
            charge = charge.add(billed);
            BigDecimal fee = FEE_SCHEDULE.get(line.procedure());
            List<Adjustment> adjustments = new ArrayList<>();
            BigDecimal linePaid;
            if (fee == null) {
                adjustments.add(new Adjustment(AdjustmentGroup.CO, CARC_NOT_COVERED, billed, null));
                linePaid = BigDecimal.ZERO;
            } else {
                anyCovered = true;
                BigDecimal allowed = fee.multiply(BigDecimal.valueOf(line.units())).min(billed);
                if (billed.compareTo(allowed) > 0) {
                    adjustments.add(new Adjustment(AdjustmentGroup.CO, CARC_FEE_SCHEDULE, billed.subtract(allowed), null));
                }
                BigDecimal copay = line.procedure().matches("992(0[2-5]|1[1-5])") ? new BigDecimal(COPAY).min(allowed) : BigDecimal.ZERO;
                if (copay.signum() > 0) {
                    adjustments.add(new Adjustment(AdjustmentGroup.PR, CARC_COPAY, copay, null));
                    patient = patient.add(copay);
                }
                linePaid = allowed.subtract(copay);
            }
            paid = paid.add(linePaid);
            lines.add(new ServicePayment("HC", line.procedure(), line.modifiers(), billed, linePaid, BigDecimal.valueOf(line.units()),
                    line.serviceDate(), line.lineControlNumber(), adjustments));
        }
        return new ClaimPayment(claim.controlNumber(), anyCovered ? "1" : ClaimPayment.DENIED, charge, paid, patient,
                "PM-" + claim.controlNumber(), List.of(), lines);
    }

    @Override
    public ClaimStatusResponse claimStatus(ClaimStatusRequest request) {
        requireOurs(request.payerId());
        ClaimPayment payment = adjudicated.get(request.controlNumber());
        if (payment == null) {
            return new ClaimStatusResponse(ClaimStatus.REJECTED, List.of("unknown claim control number"));
        }
        List<String> reasons = payment.lines().stream().flatMap(l -> l.adjustments().stream())
                .filter(a -> a.group() == AdjustmentGroup.CO && CARC_NOT_COVERED.equals(a.reasonCode()))
                .map(a -> "CARC " + a.reasonCode()).distinct().toList();
        ClaimStatus status = payment.isDenied() ? ClaimStatus.DENIED : reasons.isEmpty() ? ClaimStatus.PAID : ClaimStatus.PARTIALLY_PAID;
        return new ClaimStatusResponse(status, reasons);
    }

    @Override
    public List<RemittanceDocument> fetchRemittances(String payerId, Instant since) {
        requireOurs(payerId);
        return remittances.stream().filter(d -> !d.received().isBefore(since)).toList();
    }

    private static void requireOurs(String payerId) {
        if (!PAYER_ID.equals(payerId)) {
            throw new IllegalArgumentException("MC-PRAIRIE-001: this adapter serves payer id " + PAYER_ID + " only, not " + payerId);
        }
    }

    @Override
    public String toString() {
        return "PrairieMutualPayer[" + adjudicated.size() + " claims adjudicated, " + remittances.size() + " remittances]";
    }
}
