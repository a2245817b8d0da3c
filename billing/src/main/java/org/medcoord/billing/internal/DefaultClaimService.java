package org.medcoord.billing.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medcoord.billing.Charge;
import org.medcoord.billing.ChargeId;
import org.medcoord.billing.ChargeStatus;
import org.medcoord.billing.Claim;
import org.medcoord.billing.ClaimCreated;
import org.medcoord.billing.ClaimId;
import org.medcoord.billing.ClaimLine;
import org.medcoord.billing.ClaimService;
import org.medcoord.billing.ClaimStatus;
import org.medcoord.billing.ClaimStatusChanged;
import org.medcoord.billing.ClaimSubmitted;
import org.medcoord.billing.Coverage;
import org.medcoord.billing.CoverageOrder;
import org.medcoord.billing.Payer;
import org.medcoord.billing.ScrubReport;
import org.medcoord.billing.Submission;
import org.medcoord.billing.spi.ClaimStatusRequest;
import org.medcoord.billing.spi.ClaimStatusResponse;
import org.medcoord.billing.spi.ClaimSubmission;
import org.medcoord.billing.spi.PayerAdapter;
import org.medcoord.billing.spi.SubmissionReceipt;
import org.medcoord.core.ConflictException;
import org.medcoord.core.MedCoordException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.Violation;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;

/** The stored {@link ClaimService}. */
final class DefaultClaimService implements ClaimService {

    private final DataStore data;
    private final Clock clock;
    private final DefaultScrubber scrubber;
    private final PayerAdapters adapters;
    private final ClaimEncoder encoder;

    DefaultClaimService(DataStore data, Clock clock, DefaultScrubber scrubber, PayerAdapters adapters, ClaimEncoder encoder) {
        this.data = data;
        this.clock = clock;
        this.scrubber = scrubber;
        this.adapters = adapters;
        this.encoder = encoder;
    }

    // ---- building

    @Override
    public List<Claim> build(AccessContext context, PatientId patient, List<ChargeId> chargeIds) {
        new Violations().addIf(chargeIds == null || chargeIds.isEmpty(), "charges", Codes.CHARGES_REQUIRED, "list at least one charge")
                .throwIfAny();
        return data.inTransaction(context, session -> {
            Access.billing(session, Action.CREATE, Optional.of(patient), "claim.build", "bill-claim");
            session.lock(Documents.PATIENT_LOCK, patient.asString());
            Violations violations = new Violations();
            List<Coverage> coverages = DefaultCoverageService.forPatient(session, patient);
            Map<String, List<Versioned<Charge>>> groups = new LinkedHashMap<>();
            Map<String, Coverage> groupCoverage = new LinkedHashMap<>();
            Set<ChargeId> seen = new HashSet<>();
            for (int i = 0; i < chargeIds.size(); i++) {
                String field = "charges[" + i + "]";
                ChargeId id = chargeIds.get(i);
                if (!seen.add(id)) {
                    violations.add(field, Codes.CHARGE_REPEATED, "charge " + id + " is listed twice");
                    continue;
                }
                Optional<Versioned<Charge>> found = session.find(Documents.CHARGE, id.asString());
                if (found.isEmpty() || !found.get().value().patient().equals(patient)) {
                    violations.add(field, Codes.CHARGE_UNKNOWN, "charge " + id + " is not a charge of this patient");
                    continue;
                }
                Charge charge = found.get().value();
                if (charge.status() != ChargeStatus.OPEN) {
                    violations.add(field, Codes.CHARGE_NOT_OPEN, "charge " + id + " is " + charge.status() + "; only open charges are billed");
                    continue;
                }
                Optional<Coverage> primary = coverages.stream()
                        .filter(c -> c.order() == CoverageOrder.PRIMARY && c.activeOn(charge.serviceDate())).findFirst();
                if (primary.isEmpty()) {
                    violations.add(field, Codes.NO_PRIMARY_COVERAGE, "the patient has no primary coverage active on the charge's date of"
                            + " service; record the coverage, or bill the patient");
                    continue;
                }
                // An 837P claim has one rendering provider (2310B) and one place of service (CLM05): group by them too.
                String key = primary.get().id() + "|" + charge.billingNpi() + "|" + charge.renderingNpi() + "|" + charge.placeOfService();
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(found.get());
                groupCoverage.put(key, primary.get());
            }
            violations.throwIfAny();
            List<Claim> claims = new ArrayList<>();
            for (Map.Entry<String, List<Versioned<Charge>>> group : groups.entrySet()) {
                List<Versioned<Charge>> charges = new ArrayList<>(group.getValue());
                charges.sort(Comparator.comparing((Versioned<Charge> c) -> c.value().serviceDate()).thenComparing(c -> c.value().captured()));
                for (List<Versioned<Charge>> chunk : split(charges)) {
                    claims.add(createClaim(session, groupCoverage.get(group.getKey()), chunk));
                }
            }
            claims.sort(Comparator.comparing(Claim::firstServiceDate));
            return claims;
        });
    }

    /** Splits charges, in order, into claims of at most 50 lines and 12 distinct diagnoses. */
    static List<List<Versioned<Charge>>> split(List<Versioned<Charge>> charges) {
        List<List<Versioned<Charge>>> chunks = new ArrayList<>();
        List<Versioned<Charge>> current = new ArrayList<>();
        Set<String> diagnoses = new HashSet<>();
        for (Versioned<Charge> charge : charges) {
            Set<String> needed = new HashSet<>(diagnoses);
            pointed(charge.value()).forEach(needed::add);
            if (!current.isEmpty() && (current.size() == Claim.MAX_LINES || needed.size() > Claim.MAX_DIAGNOSES)) {
                chunks.add(current);
                current = new ArrayList<>();
                needed = new HashSet<>(pointed(charge.value()));
            }
            current.add(charge);
            diagnoses = needed;
        }
        chunks.add(current);
        return chunks;
    }

    /** The diagnoses a charge's pointers name: only they travel to the claim. */
    private static List<String> pointed(Charge charge) {
        return charge.diagnosisPointers().stream().map(p -> charge.diagnoses().get(p - 1)).toList();
    }

    private Claim createClaim(DataSession session, Coverage coverage, List<Versioned<Charge>> charges) {
        ClaimId id = ClaimId.next(clock);
        String control = nextControlNumber(session);
        List<String> diagnoses = new ArrayList<>();
        List<ClaimLine> lines = new ArrayList<>();
        for (Versioned<Charge> versioned : charges) {
            Charge charge = versioned.value();
            List<Integer> pointers = new ArrayList<>();
            for (String code : pointed(charge)) {
                int at = diagnoses.indexOf(code);
                if (at < 0) {
                    diagnoses.add(code);
                    at = diagnoses.size() - 1;
                }
                pointers.add(at + 1);
            }
            int number = lines.size() + 1;
            lines.add(new ClaimLine(number, charge.id(), control + "-" + number, charge.procedure(), charge.modifiers(), charge.units(),
                    charge.amount(), pointers, charge.serviceDate(), charge.placeOfService(), charge.renderingNpi()));
            session.update(Documents.CHARGE, charge.id().asString(), versioned.version(), charge.withStatus(ChargeStatus.BILLED, Optional.of(id)));
        }
        Claim claim = new Claim(id, control, coverage.patient(), coverage.id(), coverage.payer(), coverage.order(), Optional.empty(),
                charges.get(0).value().billingNpi(), diagnoses, lines, ClaimStatus.DRAFT, List.of(), session.now());
        session.insert(Documents.CLAIM, id.asString(), claim);
        session.publish(new ClaimCreated(id, claim.patient(), claim.payer(), claim.order()));
        return claim;
    }

    /** Claim control numbers are {@code MC} and ten digits, sequential per tenant: short enough for every payer's CLM01. */
    private static String nextControlNumber(DataSession session) {
        session.lock(Documents.CLAIM_LOCK, "counter");
        Optional<Versioned<Documents.Counter>> current = session.find(Documents.COUNTER, "claim");
        long next = current.map(c -> c.value().value() + 1).orElse(1L);
        if (current.isPresent()) {
            session.update(Documents.COUNTER, "claim", current.get().version(), new Documents.Counter(next));
        } else {
            session.insert(Documents.COUNTER, "claim", new Documents.Counter(next));
        }
        return String.format("MC%010d", next);
    }

    @Override
    public Claim buildSecondary(AccessContext context, ClaimId primaryId) {
        return data.inTransaction(context, session -> {
            Claim primary = claim(session, primaryId);
            Access.billing(session, Action.CREATE, Optional.of(primary.patient()), "claim.build-secondary", "bill-claim/" + primaryId);
            if (!primary.status().adjudicated()) {
                throw new ConflictException(Codes.NOT_ADJUDICATED, "claim " + primaryId + " is " + primary.status()
                        + "; a claim to the next payer follows the adjudication of this one");
            }
            CoverageOrder nextOrder = primary.order() == CoverageOrder.PRIMARY ? CoverageOrder.SECONDARY : CoverageOrder.TERTIARY;
            Optional<Coverage> next = primary.order() == CoverageOrder.TERTIARY ? Optional.empty()
                    : DefaultCoverageService.forPatient(session, primary.patient()).stream()
                    .filter(c -> c.order() == nextOrder && primary.lines().stream().allMatch(l -> c.activeOn(l.serviceDate()))).findFirst();
            new Violations().addIf(next.isEmpty(), "claim", Codes.NO_NEXT_COVERAGE, "the patient has no " + nextOrder
                    + " coverage active on the claim's dates of service").throwIfAny();
            ClaimId id = ClaimId.next(clock);
            String control = nextControlNumber(session);
            List<ClaimLine> lines = new ArrayList<>();
            for (ClaimLine line : primary.lines()) {
                lines.add(new ClaimLine(line.number(), line.charge(), control + "-" + line.number(), line.procedure(), line.modifiers(),
                        line.units(), line.amount(), line.diagnosisPointers(), line.serviceDate(), line.placeOfService(), line.renderingNpi()));
            }
            Claim claim = new Claim(id, control, primary.patient(), next.get().id(), next.get().payer(), nextOrder, Optional.of(primaryId),
                    primary.billingNpi(), primary.diagnoses(), lines, ClaimStatus.DRAFT, List.of(), session.now());
            session.insert(Documents.CLAIM, id.asString(), claim);
            session.publish(new ClaimCreated(id, claim.patient(), claim.payer(), claim.order()));
            return claim;
        });
    }

    // ---- reading

    static Claim claim(DataSession session, ClaimId id) {
        return session.find(Documents.CLAIM, id.asString()).map(Versioned::value)
                .orElseThrow(() -> new NotFoundException(Codes.NOT_FOUND, "claim " + id + " was not found"));
    }

    @Override
    public Claim claim(AccessContext context, ClaimId id) {
        return data.inTransaction(context, session -> {
            Claim claim = claim(session, id);
            Access.billing(session, Action.READ, Optional.of(claim.patient()), "claim.read", "bill-claim/" + id);
            return claim;
        });
    }

    @Override
    public Claim byControlNumber(AccessContext context, String controlNumber) {
        return data.inTransaction(context, session -> {
            Claim claim = session.query(Documents.CLAIM, Criteria.all().eq("control", controlNumber == null ? "" : controlNumber.strip()).limit(1))
                    .items().stream().findFirst().map(Versioned::value)
                    .orElseThrow(() -> new NotFoundException(Codes.NOT_FOUND, "no claim has this control number"));
            Access.billing(session, Action.READ, Optional.of(claim.patient()), "claim.by-control-number", "bill-claim/" + claim.id());
            return claim;
        });
    }

    @Override
    public List<Claim> forPatient(AccessContext context, PatientId patient) {
        return data.inTransaction(context, session -> {
            Access.billing(session, Action.SEARCH, Optional.of(patient), "claim.for-patient", "bill-claim");
            return session.query(Documents.CLAIM, Criteria.all().eq("patient", patient.asString()).limit(10_000)).items().stream()
                    .map(Versioned::value).sorted(Comparator.comparing(Claim::created).thenComparing(Claim::controlNumber)).toList();
        });
    }

    // ---- lifecycle

    @Override
    public ScrubReport scrub(AccessContext context, ClaimId id) {
        return data.inTransaction(context, session -> {
            session.lock(Documents.CLAIM_LOCK, id.asString());
            Versioned<Claim> current = session.find(Documents.CLAIM, id.asString())
                    .orElseThrow(() -> new NotFoundException(Codes.NOT_FOUND, "claim " + id + " was not found"));
            Claim claim = current.value();
            Access.billing(session, Action.UPDATE, Optional.of(claim.patient()), "claim.scrub", "bill-claim/" + id);
            if (claim.status() != ClaimStatus.DRAFT) {
                throw new ConflictException(Codes.NOT_DRAFT, "claim " + id + " is " + claim.status() + "; only drafts are scrubbed");
            }
            ScrubReport report = scrubber.check(session, claim);
            if (report.clean()) {
                move(session, current, ClaimStatus.SCRUBBED, List.of());
            }
            return report;
        });
    }

    @Override
    public Claim recordStatus(AccessContext context, ClaimId id, ClaimStatus status, List<String> reasons) {
        List<String> codes = reasons == null ? List.of() : reasons.stream().map(r -> r == null ? "" : r.strip()).toList();
        new Violations()
                .addIf(status == null, "status", Codes.ILLEGAL_TRANSITION, "give the new status")
                .addIf((status == ClaimStatus.DENIED || status == ClaimStatus.REJECTED) && codes.isEmpty(), "reasons", Codes.REASONS_REQUIRED,
                        "a denial or rejection carries its reason codes")
                .addIf(codes.stream().anyMatch(c -> !c.matches("[A-Za-z0-9.:-]{1,20}")), "reasons", Codes.REASONS_REQUIRED,
                        "reason codes are 1 to 20 letters, digits and . : - (CARC, RARC or rejection codes, never free text)")
                .throwIfAny();
        if (status == ClaimStatus.SCRUBBED || status == ClaimStatus.SUBMITTED) {
            throw new ConflictException(Codes.ILLEGAL_TRANSITION, "a claim becomes " + status + " through ClaimService."
                    + (status == ClaimStatus.SCRUBBED ? "scrub" : "submit") + ", not by recording a status");
        }
        return data.inTransaction(context, session -> {
            session.lock(Documents.CLAIM_LOCK, id.asString());
            Versioned<Claim> current = session.find(Documents.CLAIM, id.asString())
                    .orElseThrow(() -> new NotFoundException(Codes.NOT_FOUND, "claim " + id + " was not found"));
            Access.billing(session, Action.UPDATE, Optional.of(current.value().patient()), "claim.status", "bill-claim/" + id);
            return move(session, current, status, codes).value();
        });
    }

    private static Versioned<Claim> move(DataSession session, Versioned<Claim> current, ClaimStatus status, List<String> reasons) {
        Claim claim = current.value();
        if (!claim.status().canMoveTo(status)) {
            throw new ConflictException(Codes.ILLEGAL_TRANSITION, "claim " + claim.id() + " cannot move from " + claim.status() + " to "
                    + status + "; from " + claim.status() + " it may move to " + claim.status().next());
        }
        Claim moved = claim.movedTo(status, session.now(), reasons);
        Versioned<Claim> stored = session.update(Documents.CLAIM, claim.id().asString(), current.version(), moved);
        session.publish(new ClaimStatusChanged(claim.id(), claim.patient(), claim.payer(), claim.status(), status, reasons));
        return stored;
    }

    @Override
    public Claim refreshStatus(AccessContext context, ClaimId id) {
        record Ask(Claim claim, Payer payer, Optional<String> trackingId) {
        }
        Ask ask = data.inTransaction(context, session -> {
            Claim claim = claim(session, id);
            Access.billing(session, Action.DISCLOSE, Optional.of(claim.patient()), "claim.status-inquiry", "bill-claim/" + id);
            Payer payer = DefaultPayerRegistry.payer(session, claim.payer());
            Optional<String> tracking = session.query(Documents.SUBMISSION, Criteria.all().eq("claim", id.asString()).limit(100)).items()
                    .stream().map(Versioned::value).filter(s -> s.state() == Documents.SubmissionState.SENT).findFirst()
                    .flatMap(Documents.SubmissionRecord::trackingId);
            return new Ask(claim, payer, tracking);
        });
        PayerAdapter adapter = adapters.forPayer(ask.payer().x12PayerId());
        ClaimStatusResponse response = adapter.claimStatus(new ClaimStatusRequest(ask.payer().x12PayerId(), ask.claim().controlNumber(),
                ask.trackingId()));
        return data.inTransaction(context, session -> {
            session.lock(Documents.CLAIM_LOCK, id.asString());
            Versioned<Claim> current = session.get(Documents.CLAIM, id.asString());
            Access.billing(session, Action.UPDATE, Optional.of(current.value().patient()), "claim.status", "bill-claim/" + id);
            ClaimStatus reported = response.status();
            if (reported == current.value().status()) {
                return current.value();
            }
            // A payer may report adjudication before we heard of its acceptance: record the acceptance first.
            if (current.value().status() == ClaimStatus.SUBMITTED && ClaimStatus.ACCEPTED.canMoveTo(reported)) {
                current = move(session, current, ClaimStatus.ACCEPTED, List.of());
            }
            return move(session, current, reported, response.reasons()).value();
        });
    }

    // ---- submission

    @Override
    public Submission submit(AccessContext context, ClaimId id, String idempotencyKey) {
        new Violations().addIf(idempotencyKey == null || !idempotencyKey.matches("[A-Za-z0-9._:-]{1,128}"), "idempotencyKey", Codes.KEY_INVALID,
                "an idempotency key is 1 to 128 of letters, digits and . _ : -").throwIfAny();
        record Prepared(Optional<Submission> done, Claim claim, Payer payer, PayerAdapter adapter, byte[] interchange) {
        }
        Prepared prepared = data.inTransaction(context, session -> {
            session.lock(Documents.SUBMISSION_LOCK, idempotencyKey);
            Claim claim = claim(session, id);
            Access.billing(session, Action.DISCLOSE, Optional.of(claim.patient()), "claim.submit", "bill-claim/" + id);
            Optional<Versioned<Documents.SubmissionRecord>> earlier = session.find(Documents.SUBMISSION, idempotencyKey);
            if (earlier.isPresent()) {
                Documents.SubmissionRecord record = earlier.get().value();
                if (!record.claim().equals(id)) {
                    throw new ConflictException(Codes.NOT_SUBMITTABLE, "this idempotency key was used for another claim; use one key per claim");
                }
                if (record.state() == Documents.SubmissionState.SENT) {
                    return new Prepared(Optional.of(submission(record)), claim, null, null, null);
                }
                if (record.state() == Documents.SubmissionState.IN_FLIGHT) {
                    throw new ConflictException(Codes.SUBMISSION_IN_FLIGHT, "claim " + id + " is being submitted with this key right now;"
                            + " ask again in a moment for its outcome");
                }
            }
            if (claim.status() != ClaimStatus.SCRUBBED) {
                throw new ConflictException(Codes.NOT_SUBMITTABLE, "claim " + id + " is " + claim.status() + "; only scrubbed claims are submitted");
            }
            ScrubReport report = scrubber.check(session, claim);
            if (!report.clean()) {
                throw new ValidationException(report.errors().stream().map(e -> new Violation(e.field(), e.code(), e.message())).toList());
            }
            Payer payer = DefaultPayerRegistry.payer(session, claim.payer());
            Coverage coverage = DefaultCoverageService.coverage(session, claim.coverage());
            PayerAdapter adapter = adapters.forPayer(payer.x12PayerId());
            byte[] interchange = encoder.encode(session, claim, coverage, payer);
            Documents.SubmissionRecord inFlight = new Documents.SubmissionRecord(idempotencyKey, id, Documents.SubmissionState.IN_FLIGHT,
                    payer.x12PayerId(), adapter.id(), Optional.empty(), Optional.empty(), session.now());
            if (earlier.isPresent()) {
                session.update(Documents.SUBMISSION, idempotencyKey, earlier.get().version(), inFlight);
            } else {
                session.insert(Documents.SUBMISSION, idempotencyKey, inFlight);
            }
            return new Prepared(Optional.empty(), claim, payer, adapter, interchange);
        });
        if (prepared.done().isPresent()) {
            return prepared.done().get();
        }
        SubmissionReceipt receipt;
        try {
            receipt = prepared.adapter().submitClaim(new ClaimSubmission(idempotencyKey, prepared.payer().x12PayerId(), prepared.interchange(),
                    prepared.claim()));
        } catch (RuntimeException e) {
            data.inTransaction(context, session -> {
                Versioned<Documents.SubmissionRecord> record = session.get(Documents.SUBMISSION, idempotencyKey);
                session.update(Documents.SUBMISSION, idempotencyKey, record.version(), withState(record.value(), Documents.SubmissionState.FAILED,
                        Optional.empty(), Optional.empty(), session.now()));
                return null;
            });
            throw new MedCoordException(Codes.ADAPTER_FAILED, "payer adapter '" + prepared.adapter().id() + "' failed to submit claim " + id
                    + " (" + e.getClass().getName() + "); submit again with the same idempotency key", e);
        }
        return data.inTransaction(context, session -> {
            session.lock(Documents.CLAIM_LOCK, id.asString());
            Versioned<Documents.SubmissionRecord> record = session.get(Documents.SUBMISSION, idempotencyKey);
            Documents.SubmissionRecord sent = withState(record.value(), Documents.SubmissionState.SENT, Optional.of(receipt.trackingId()),
                    receipt.message(), session.now());
            session.update(Documents.SUBMISSION, idempotencyKey, record.version(), sent);
            Versioned<Claim> current = session.get(Documents.CLAIM, id.asString());
            Claim claim = move(session, current, ClaimStatus.SUBMITTED, List.of()).value();
            session.publish(new ClaimSubmitted(id, claim.patient(), claim.payer(), receipt.trackingId()));
            return submission(sent);
        });
    }

    private static Documents.SubmissionRecord withState(Documents.SubmissionRecord record, Documents.SubmissionState state,
                                                        Optional<String> tracking, Optional<String> message, java.time.Instant at) {
        return new Documents.SubmissionRecord(record.key(), record.claim(), state, record.payerId(), record.adapter(), tracking, message, at);
    }

    private static Submission submission(Documents.SubmissionRecord record) {
        return new Submission(record.claim(), record.key(), record.payerId(), record.adapter(), record.trackingId().orElseThrow(),
                record.message(), record.changed());
    }
}
