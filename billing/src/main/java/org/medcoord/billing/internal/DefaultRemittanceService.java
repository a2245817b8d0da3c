package org.medcoord.billing.internal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;
import java.util.Set;
import org.medcoord.billing.Claim;
import org.medcoord.billing.ClaimId;
import org.medcoord.billing.ClaimLine;
import org.medcoord.billing.ClaimStatus;
import org.medcoord.billing.LedgerEntryType;
import org.medcoord.billing.Payer;
import org.medcoord.billing.PayerId;
import org.medcoord.billing.PostedClaimPayment;
import org.medcoord.billing.RemittancePosted;
import org.medcoord.billing.RemittancePosting;
import org.medcoord.billing.RemittanceService;
import org.medcoord.billing.UnmatchedPayment;
import org.medcoord.billing.UnmatchedRemittanceLine;
import org.medcoord.billing.spi.RemittanceDocument;
import org.medcoord.billing.x12.Adjustment;
import org.medcoord.billing.x12.AdjustmentGroup;
import org.medcoord.billing.x12.ClaimPayment;
import org.medcoord.billing.x12.ParseWarning;
import org.medcoord.billing.x12.Remittance835Reader;
import org.medcoord.billing.x12.RemittanceAdvice;
import org.medcoord.billing.x12.ServicePayment;
import org.medcoord.billing.x12.X12Document;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;

/** Posts 835s read by the x12 package's {@link Remittance835Reader}; see {@link RemittanceService} for the rules. */
final class DefaultRemittanceService implements RemittanceService {

    static final String NO_CLAIM = "MC-BILL-410";
    static final String NO_LINE = "MC-BILL-411";
    static final String STATUS_REFUSES = "MC-BILL-412";
    static final String NOT_PAYERS_CLAIM = "MC-BILL-413";

    private static final String DENIED = "4";
    private static final String REVERSAL = "22";
    private static final String NOT_OUR_CLAIM = "23";

    private final DataStore data;
    private final PayerAdapters adapters;
    private final Remittance835Reader reader = new Remittance835Reader();

    DefaultRemittanceService(DataStore data, PayerAdapters adapters) {
        this.data = data;
        this.adapters = adapters;
    }

    @Override
    public List<RemittancePosting> fetchAndPost(AccessContext context, PayerId payerId, Instant since) {
        Payer payer = data.inTransaction(context, session -> {
            Access.billing(session, Action.READ, Optional.empty(), "remittance.fetch", "bill-payer/" + payerId);
            return DefaultPayerRegistry.payer(session, payerId);
        });
        List<RemittancePosting> results = new ArrayList<>();
        for (RemittanceDocument document : adapters.forPayer(payer.x12PayerId()).fetchRemittances(payer.x12PayerId(), since)) {
            results.add(post(context, document.id(), document.content()));
        }
        return results;
    }

    @Override
    public RemittancePosting post(AccessContext context, String documentId, byte[] x12) {
        new Violations()
                .addIf(documentId == null || !documentId.matches("[A-Za-z0-9._:-]{1,128}"), "documentId", Codes.KEY_INVALID,
                        "a document id is 1 to 128 of letters, digits and . _ : -")
                .addIf(x12 == null || x12.length == 0, "x12", Codes.KEY_INVALID, "give the 835 file's bytes")
                .throwIfAny();
        String remittanceId = sha256(x12);
        // Read it whole before touching storage: a malformed file throws here and posts nothing.
        X12Document<RemittanceAdvice> document = reader.read(new ByteArrayInputStream(x12));
        List<String> warnings = document.warnings().stream().map(ParseWarning::code).toList();
        return data.inTransaction(context, session -> {
            Access.billing(session, Action.UPDATE, Optional.empty(), "remittance.post", "bill-remittance/" + remittanceId);
            session.lock(Documents.REMITTANCE_LOCK, remittanceId);
            Optional<Versioned<RemittancePosting>> earlier = session.find(Documents.REMITTANCE, remittanceId);
            if (earlier.isPresent()) {
                return earlier.get().value().asAlreadyPosted();
            }
            // Resolve every control number before the first write: a query would look at every pending write of
            // this transaction. The claims found are kept (and replaced by each update), so each is read once.
            Map<String, Optional<Versioned<Claim>>> claims = new HashMap<>();
            for (RemittanceAdvice advice : document.transactions()) {
                for (ClaimPayment payment : advice.claims()) {
                    claims.computeIfAbsent(payment.claimControlNumber().strip(), control -> find(session, control));
                }
            }
            Map<PatientId, Currency> ledgerCurrencies = new HashMap<>();
            List<PostedClaimPayment> posted = new ArrayList<>();
            List<UnmatchedPayment> unmatched = new ArrayList<>();
            for (RemittanceAdvice advice : document.transactions()) {
                for (ClaimPayment payment : advice.claims()) {
                    String control = payment.claimControlNumber().strip();
                    Optional<Versioned<Claim>> found = claims.get(control);
                    Optional<String> refused = refusal(found, payment);
                    if (refused.isPresent()) {
                        unmatched.add(new UnmatchedPayment(payment.claimControlNumber(), Optional.empty(), Optional.empty(), payment.paid(),
                                refused.get()));
                        session.publish(new UnmatchedRemittanceLine(remittanceId, payment.claimControlNumber(), Optional.empty(), refused.get()));
                        continue;
                    }
                    Versioned<Claim> after = postClaim(session, remittanceId, payment, found.get(), ledgerCurrencies, posted);
                    claims.put(control, Optional.of(after));
                    recordAdjudication(session, after.value(), payment, advice.paymentDate());
                    unmatchedLines(session, remittanceId, payment, after.value(), unmatched);
                }
            }
            RemittancePosting result = new RemittancePosting(remittanceId, documentId, false, posted, unmatched, warnings, session.now());
            session.insert(Documents.REMITTANCE, remittanceId, result);
            return result;
        });
    }

    /** Why a claim payment cannot be posted, or empty when it can. */
    private static Optional<String> refusal(Optional<Versioned<Claim>> claim, ClaimPayment payment) {
        if (NOT_OUR_CLAIM.equals(payment.statusCode())) {
            return Optional.of(NOT_PAYERS_CLAIM);
        }
        if (claim.isEmpty()) {
            return Optional.of(NO_CLAIM);
        }
        ClaimStatus current = claim.get().value().status();
        ClaimStatus target = target(payment, current);
        boolean reachable = current == target || current.canMoveTo(target)
                || (current == ClaimStatus.SUBMITTED && ClaimStatus.ACCEPTED.canMoveTo(target));
        return reachable ? Optional.empty() : Optional.of(STATUS_REFUSES);
    }

    private static Optional<Versioned<Claim>> find(DataSession session, String controlNumber) {
        return session.query(Documents.CLAIM, Criteria.all().eq("control", controlNumber.strip()).limit(1)).items().stream().findFirst();
    }

    /** Posts one claim payment, adds its outcome to {@code posted} and returns the claim as stored after it. */
    private static Versioned<Claim> postClaim(DataSession session, String remittanceId, ClaimPayment payment, Versioned<Claim> found,
                                              Map<PatientId, Currency> ledgerCurrencies, List<PostedClaimPayment> posted) {
        Claim claim = found.value();
        Access.billing(session, Action.UPDATE, Optional.of(claim.patient()), "remittance.post", "bill-claim/" + claim.id());
        session.lock(Documents.CLAIM_LOCK, claim.id().asString());
        session.lock(Documents.PATIENT_LOCK, claim.patient().asString());
        Currency currency = claim.lines().get(0).amount().currency();
        List<Adjustment> adjustments = new ArrayList<>(payment.adjustments());
        payment.lines().forEach(line -> adjustments.addAll(line.adjustments()));
        Money paid = money(payment.paid(), currency);
        Money patientShare = Money.zero(currency);
        Money writtenOff = Money.zero(currency);
        List<String> reasons = new ArrayList<>();
        if (!paid.isZero()) {
            Ledgers.append(session, ledgerCurrencies, claim.patient(), LedgerEntryType.INSURANCE_PAYMENT, paid.negate(), Optional.empty(), Optional.of(claim.id()),
                    REVERSAL.equals(payment.statusCode()) ? "payer reversal" : "payer payment", Optional.empty());
        }
        for (Adjustment adjustment : adjustments) {
            String code = adjustment.group().name() + "-" + adjustment.reasonCode();
            reasons.add(code);
            Money amount = money(adjustment.amount(), currency);
            if (adjustment.group() == AdjustmentGroup.PR) {
                patientShare = patientShare.plus(amount);
            } else if (!amount.isZero()) {
                writtenOff = writtenOff.plus(amount);
                Ledgers.append(session, ledgerCurrencies, claim.patient(), LedgerEntryType.ADJUSTMENT, amount.negate(), Optional.empty(), Optional.of(claim.id()),
                        code, Optional.empty());
            }
        }
        Versioned<Claim> current = found;
        ClaimStatus target = target(payment, current.value().status());
        if (current.value().status() == ClaimStatus.SUBMITTED) {
            current = move(session, current, ClaimStatus.ACCEPTED, List.of());
        }
        if (current.value().status() != target) {
            current = move(session, current, target, target == ClaimStatus.DENIED ? denialReasons(reasons) : List.of());
        }
        session.publish(new RemittancePosted(remittanceId, claim.id(), claim.patient(), paid, patientShare));
        posted.add(new PostedClaimPayment(claim.id(), claim.controlNumber(), target, paid, patientShare, writtenOff, reasons,
                REVERSAL.equals(payment.statusCode())));
        return current;
    }

    private static List<String> denialReasons(List<String> reasons) {
        List<String> distinct = reasons.stream().distinct().toList();
        return distinct.isEmpty() ? List.of("CLP02-4") : distinct;
    }

    private static ClaimStatus target(ClaimPayment payment, ClaimStatus current) {
        if (REVERSAL.equals(payment.statusCode())) {
            return ClaimStatus.ACCEPTED;
        }
        boolean nothingPaid = payment.paid().signum() == 0;
        boolean nothingToPatient = payment.patientResponsibility() == null || payment.patientResponsibility().signum() == 0;
        if (DENIED.equals(payment.statusCode()) || (nothingPaid && nothingToPatient)) {
            return ClaimStatus.DENIED;
        }
        // a line is denied when the payer paid nothing and left nothing to the patient: the whole charge was
        // adjusted away (CO-96 non-covered, OA-18 duplicate, ...); a zero-paid line the patient owes (PR-1
        // deductible) is adjudicated, not denied
        boolean lineDenied = payment.lines().stream().anyMatch(l -> l.paid().signum() == 0 && !l.adjustments().isEmpty()
                && l.adjustments().stream().noneMatch(a -> a.group() == AdjustmentGroup.PR));
        boolean reduced = payment.adjustments().stream().anyMatch(a -> a.group() == AdjustmentGroup.OA || a.group() == AdjustmentGroup.PI)
                || payment.lines().stream().flatMap(l -> l.adjustments().stream())
                .anyMatch(a -> a.group() == AdjustmentGroup.OA || a.group() == AdjustmentGroup.PI);
        return lineDenied || reduced ? ClaimStatus.PARTIALLY_PAID : ClaimStatus.PAID;
    }

    private static Versioned<Claim> move(DataSession session, Versioned<Claim> current, ClaimStatus status, List<String> reasons) {
        Claim claim = current.value();
        Claim moved = claim.movedTo(status, session.now(), reasons);
        Versioned<Claim> stored = session.update(Documents.CLAIM, claim.id().asString(), current.version(), moved);
        session.publish(new org.medcoord.billing.ClaimStatusChanged(claim.id(), claim.patient(), claim.payer(), claim.status(), status, reasons));
        return stored;
    }

    /** Keeps what the payer paid and adjusted, per claim and matched line, for the claim to the next payer. */
    private static void recordAdjudication(DataSession session, Claim claim, ClaimPayment payment, java.time.LocalDate paymentDate) {
        Set<Integer> taken = new HashSet<>();
        List<Documents.LineAdjudication> lines = new ArrayList<>();
        for (ServicePayment line : payment.lines()) {
            Optional<ClaimLine> match = matchLine(claim, line, taken);
            match.ifPresent(l -> {
                taken.add(l.number());
                lines.add(new Documents.LineAdjudication(l.number(), line.paid() == null ? BigDecimal.ZERO : line.paid(), line.procedureCode(),
                        line.modifiers(), line.units() == null ? BigDecimal.valueOf(l.units()) : line.units(), line.adjustments()));
            });
        }
        Documents.Adjudication adjudication = new Documents.Adjudication(payment.paid() == null ? BigDecimal.ZERO : payment.paid(),
                payment.adjustments(), lines, paymentDate == null ? java.time.LocalDate.ofInstant(session.now(), java.time.ZoneOffset.UTC)
                : paymentDate, REVERSAL.equals(payment.statusCode()));
        Optional<Versioned<Documents.Adjudication>> earlier = session.find(Documents.ADJUDICATION, claim.id().asString());
        if (earlier.isPresent()) {
            session.update(Documents.ADJUDICATION, claim.id().asString(), earlier.get().version(), adjudication);
        } else {
            session.insert(Documents.ADJUDICATION, claim.id().asString(), adjudication);
        }
    }

    private static void unmatchedLines(DataSession session, String remittanceId, ClaimPayment payment, Claim claim,
                                       List<UnmatchedPayment> unmatched) {
        Set<Integer> taken = new HashSet<>();
        for (ServicePayment line : payment.lines()) {
            Optional<ClaimLine> match = matchLine(claim, line, taken);
            if (match.isPresent()) {
                taken.add(match.get().number());
            } else {
                unmatched.add(new UnmatchedPayment(payment.claimControlNumber(), Optional.ofNullable(line.lineItemControlNumber()),
                        Optional.ofNullable(line.procedureCode()), line.paid(), NO_LINE));
                session.publish(new UnmatchedRemittanceLine(remittanceId, payment.claimControlNumber(),
                        Optional.ofNullable(line.lineItemControlNumber()), NO_LINE));
            }
        }
    }

    /** By line item control number, then by procedure and date of service, among lines not matched yet. */
    static Optional<ClaimLine> matchLine(Claim claim, ServicePayment line, Set<Integer> taken) {
        if (line.lineItemControlNumber() != null) {
            Optional<ClaimLine> byControl = claim.lines().stream()
                    .filter(l -> !taken.contains(l.number()) && l.lineControlNumber().equals(line.lineItemControlNumber().strip())).findFirst();
            if (byControl.isPresent()) {
                return byControl;
            }
        }
        return claim.lines().stream().filter(l -> !taken.contains(l.number()) && l.procedure().equals(line.procedureCode())
                && (line.serviceDate() == null || l.serviceDate().equals(line.serviceDate()))).findFirst();
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return new Money(amount == null ? BigDecimal.ZERO : amount, currency);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
