package org.medcoord.records.internal;

import com.google.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.medcoord.core.ConflictException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.UniqueKeyViolationException;
import org.medcoord.core.Uuid7;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.code.CodeValidator;
import org.medcoord.core.code.Coding;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.DocumentType;
import org.medcoord.core.data.FieldKind;
import org.medcoord.core.data.Versioned;
import org.medcoord.records.AdministrationOutcome;
import org.medcoord.records.DoseRecorded;
import org.medcoord.records.EntryStatus;
import org.medcoord.records.Frequency;
import org.medcoord.records.HistoryItem;
import org.medcoord.records.HistoryKind;
import org.medcoord.records.MedicationOrder;
import org.medcoord.records.MedicationOrderId;
import org.medcoord.records.MedicationSchedules;
import org.medcoord.records.OrderMedication;
import org.medcoord.records.OrderOutcome;
import org.medcoord.records.OrderStatus;
import org.medcoord.records.OrderWarning;
import org.medcoord.records.ScheduledDose;

/**
 * Medication orders and the MAR on core's data layer. The drug-allergy check compares the ordered drug
 * with each active allergy's substance by code (same system and code) and by name (one display text
 * containing the other, ignoring case); it knows no drug classes (penicillin versus amoxicillin needs a
 * drug knowledge base the embedding product supplies).
 */
final class DefaultMedicationSchedules implements MedicationSchedules {

    static final String DOSE_KEY = "mar.dose";

    static final DocumentType<StoredOrder> ORDER = DocumentType.builder("records.medication-order", StoredOrder.class)
            .field("patient", FieldKind.TEXT, o -> List.of(o.patient().asString()))
            .field("location", FieldKind.TEXT, o -> List.of(o.location()))
            .field("status", FieldKind.TEXT, o -> List.of(o.status().name()))
            .build();

    static final DocumentType<StoredDose> DOSE = DocumentType.builder("records.medication-dose", StoredDose.class)
            .field("patient", FieldKind.TEXT, d -> List.of(d.patient().asString()))
            .field("order", FieldKind.TEXT, d -> List.of(d.order().asString()))
            .unique(DOSE_KEY, FieldKind.TEXT, d -> List.of(d.doseKey()))
            .build();

    private static final Duration MAX_WINDOW = Duration.ofDays(31);
    private static final Duration OVERDUE_LOOKBACK = Duration.ofHours(24);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final DataStore data;
    private final CareRelationship care;
    private final Clock clock;
    private final CodeValidator codes;

    @Inject
    DefaultMedicationSchedules(DataStore data, Clock clock, CodeValidator codes, CareRelationship care) {
        this.care = care;
        this.data = data;
        this.clock = clock;
        this.codes = codes;
    }

    @Override
    public OrderOutcome order(AccessContext context, OrderMedication request) {
        check(request);
        MedicationOrderId id = MedicationOrderId.next(clock);
        return data.inTransaction(context, s -> {
            PatientId patient = request.patient();
            s.authorize(Action.CREATE, DataCategory.MEDICATION, Optional.of(patient), "records.medication.order", subject(id));
            s.authorize(Action.READ, DataCategory.CLINICAL, Optional.of(patient), "records.medication.allergy-check",
                    DefaultPatientRegistry.subject(patient));
            Charts.openForWriting(s, patient);
            List<OrderWarning> warnings = warnings(s, patient, request.drug());
            boolean allAcknowledged = warnings.stream().allMatch(w -> request.acknowledged().contains(w.key()));
            if (!allAcknowledged) {
                return new OrderOutcome(Optional.empty(), warnings);
            }
            StoredOrder order = new StoredOrder(patient, request.drug(), request.dose(), request.route(), request.frequency(),
                    request.zone().getId(), request.start(), request.stop().orElse(null), request.location(), OrderStatus.ACTIVE,
                    context.principal().userId(), warnings.stream().map(OrderWarning::key).sorted().toList());
            return new OrderOutcome(Optional.of(view(s.insert(ORDER, id.asString(), order))), warnings);
        });
    }

    private void check(OrderMedication r) {
        Violations v = new Violations();
        v.addIf(r.patient() == null, "patient", "MC-REC-001", "the patient is required");
        if (r.drug() == null) {
            v.add("drug", "MC-REC-001", "the drug is required (RxNorm or NDC)");
        } else {
            v.addAll("", codes.validate("drug", r.drug()));
        }
        if (r.dose() == null || r.dose().amount() == null || r.dose().amount().signum() <= 0) {
            v.add("dose.amount", "MC-REC-070", "a dose needs a positive amount");
        }
        if (r.dose() == null || r.dose().unit().isEmpty()) {
            v.add("dose.unit", "MC-REC-070", "a dose needs a unit (UCUM), for example mg, mL or {tbl}");
        } else {
            DemographicsRules.length(v, "dose.unit", r.dose().unit(), 20);
        }
        v.addIf(r.route() == null, "route", "MC-REC-001", "the route is required");
        if (r.frequency() == null) {
            v.add("frequency", "MC-REC-001", "the frequency is required");
        } else if (r.frequency().kind() == Frequency.Kind.INTERVAL && (r.frequency().intervalHours() < 1 || r.frequency().intervalHours() > 72)) {
            v.add("frequency.intervalHours", "MC-REC-071", "an interval is 1 to 72 hours");
        } else if (r.frequency().kind() == Frequency.Kind.TIMES_OF_DAY && r.frequency().times().isEmpty()) {
            v.add("frequency.times", "MC-REC-071", "a daily schedule names at least one time of day");
        }
        v.addIf(r.zone() == null, "zone", "MC-REC-001", "the patient's time zone is required");
        v.addIf(r.start() == null, "start", "MC-REC-001", "the start is required");
        v.addIf(r.start() != null && r.stop().isPresent() && !r.stop().get().isAfter(r.start()), "stop", "MC-REC-071",
                "an order stops after it starts");
        v.addIf(r.location().isEmpty() || r.location().length() > 64, "location", "MC-REC-001",
                "the ward or unit is required (1 to 64 characters)");
        v.throwIfAny();
    }

    private static List<OrderWarning> warnings(DataSession s, PatientId patient, Coding drug) {
        List<OrderWarning> warnings = new ArrayList<>();
        for (Versioned<StoredEntry> e : DefaultMedicalHistory.listAll(s, patient, EnumSet.of(HistoryKind.ALLERGY))) {
            if (e.value().status() == EntryStatus.ACTIVE && e.value().item() instanceof HistoryItem.Allergy allergy
                    && sameSubstance(allergy.substance(), drug)) {
                warnings.add(new OrderWarning(OrderWarning.Kind.DRUG_ALLERGY, e.id(),
                        "the patient has an active recorded allergy to this drug (history entry " + e.id() + ")"));
            }
        }
        for (Versioned<StoredOrder> o : ClinicalDocuments.all(s, ORDER, Criteria.all().eq("patient", patient.asString())
                .eq("status", OrderStatus.ACTIVE.name()))) {
            if (sameCode(o.value().drug(), drug)) {
                warnings.add(new OrderWarning(OrderWarning.Kind.DUPLICATE_THERAPY, o.id(),
                        "the patient already has an active order for this drug (order " + o.id() + ")"));
            }
        }
        return warnings;
    }

    private static boolean sameSubstance(Coding substance, Coding drug) {
        if (sameCode(substance, drug)) {
            return true;
        }
        if (substance.display() == null || drug.display() == null) {
            return false;
        }
        String a = substance.display().toLowerCase(Locale.ROOT);
        String b = drug.display().toLowerCase(Locale.ROOT);
        return a.contains(b) || b.contains(a);
    }

    private static boolean sameCode(Coding a, Coding b) {
        return a.system().equals(b.system()) && a.code().equalsIgnoreCase(b.code());
    }

    @Override
    public MedicationOrder stop(AccessContext context, MedicationOrderId order, long expectedVersion, Instant at) {
        if (at == null) {
            new Violations().add("at", "MC-REC-001", "the stop time is required").throwIfAny();
        }
        return data.inTransaction(context, s -> {
            Versioned<StoredOrder> found = load(s, order);
            s.authorize(Action.UPDATE, DataCategory.MEDICATION, Optional.of(found.value().patient()), "records.medication.stop", subject(order));
            Charts.openForWriting(s, found.value().patient());
            if (found.value().status() == OrderStatus.STOPPED) {
                throw new ConflictException("MC-REC-075", "medication order " + order + " is already stopped");
            }
            return view(s.update(ORDER, order.asString(), expectedVersion, found.value().stopped(at)));
        });
    }

    @Override
    public List<MedicationOrder> orders(AccessContext context, PatientId patient) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.READ, DataCategory.MEDICATION, Optional.of(patient), "records.medication.orders",
                    DefaultPatientRegistry.subject(patient));
            care.requireReadable(s, patient);
            return ClinicalDocuments.all(s, ORDER, Criteria.all().eq("patient", patient.asString())).stream()
                    .map(DefaultMedicationSchedules::view).toList();
        });
    }

    @Override
    public List<ScheduledDose> schedule(AccessContext context, MedicationOrderId order, Instant from, Instant to) {
        Violations v = new Violations();
        v.addIf(from == null || to == null || !to.isAfter(from) || Duration.between(from, to).compareTo(MAX_WINDOW) > 0, "to",
                "MC-REC-071", "a schedule window is a non-empty period of at most 31 days");
        v.throwIfAny();
        return data.inTransaction(context, s -> {
            Versioned<StoredOrder> found = load(s, order);
            PatientId patient = found.value().patient();
            s.authorize(Action.READ, DataCategory.MEDICATION, Optional.of(patient), "records.medication.schedule", subject(order));
            care.requireReadable(s, patient);
            return doses(s, found, from, to, true);
        });
    }

    /** @return the order's doses due in [from, to) with their recorded outcome; recorded PRN doses too when {@code withPrn} */
    private static List<ScheduledDose> doses(DataSession s, Versioned<StoredOrder> order, Instant from, Instant to, boolean withPrn) {
        StoredOrder o = order.value();
        MedicationOrderId id = MedicationOrderId.parse(order.id());
        Map<Instant, StoredDose> recorded = new HashMap<>();
        for (Versioned<StoredDose> d : ClinicalDocuments.all(s, DOSE, Criteria.all().eq("order", order.id()))) {
            recorded.put(d.value().dueAt(), d.value());
        }
        List<ScheduledDose> result = new ArrayList<>();
        for (Instant due : DoseTimes.between(o.frequency(), ZoneId.of(o.zone()), o.start(), o.stop(), from, to)) {
            result.add(dose(id, o.patient(), due, Optional.ofNullable(recorded.remove(due))));
        }
        if (withPrn && o.frequency().kind() == Frequency.Kind.AS_NEEDED) {
            recorded.values().stream().filter(d -> !d.dueAt().isBefore(from) && d.dueAt().isBefore(to))
                    .forEach(d -> result.add(dose(id, o.patient(), d.dueAt(), Optional.of(d))));
        }
        result.sort(Comparator.comparing(ScheduledDose::dueAt));
        return result;
    }

    static ScheduledDose dose(MedicationOrderId order, PatientId patient, Instant due, Optional<StoredDose> recorded) {
        return new ScheduledDose(order, patient, due, recorded.map(StoredDose::outcome), recorded.map(StoredDose::by), recorded.map(StoredDose::at));
    }

    @Override
    public ScheduledDose record(AccessContext context, MedicationOrderId order, Instant dueAt, AdministrationOutcome outcome,
                                Optional<String> reason) {
        Violations v = new Violations();
        v.addIf(dueAt == null, "dueAt", "MC-REC-001", "the dose's due time is required");
        v.addIf(outcome == null, "outcome", "MC-REC-001", "the outcome is required");
        String why = reason == null ? "" : reason.map(String::strip).orElse("");
        v.addIf((outcome == AdministrationOutcome.HELD || outcome == AdministrationOutcome.REFUSED) && why.isEmpty(), "reason",
                "MC-REC-073", "say why the dose was held or refused");
        DemographicsRules.length(v, "reason", why, 500);
        v.throwIfAny();
        try {
            return data.inTransaction(context, s -> {
                Versioned<StoredOrder> found = load(s, order);
                StoredOrder o = found.value();
                s.authorize(Action.CREATE, DataCategory.MEDICATION, Optional.of(o.patient()), "records.medication.administer", subject(order));
                Charts.openForWriting(s, o.patient());
                boolean isDose = o.frequency().kind() == Frequency.Kind.AS_NEEDED
                        ? !dueAt.isBefore(o.start()) && (o.stop() == null || dueAt.isBefore(o.stop()))
                                && !dueAt.isAfter(s.now().plus(CLOCK_SKEW))
                        : DoseTimes.between(o.frequency(), ZoneId.of(o.zone()), o.start(), o.stop(), dueAt, dueAt.plusMillis(1))
                                .contains(dueAt);
                if (!isDose) {
                    new Violations().add("dueAt", "MC-REC-072", "this time is not a dose of order " + order
                            + "; list the order's schedule for its due times").throwIfAny();
                }
                StoredDose dose = new StoredDose(order, o.patient(), dueAt, outcome, why, context.principal().userId(), s.now());
                s.insert(DOSE, Uuid7.next(clock).toString(), dose);
                s.publish(new DoseRecorded(o.patient(), order, dueAt, outcome));
                return dose(order, o.patient(), dueAt, Optional.of(dose));
            });
        } catch (UniqueKeyViolationException e) {
            if (DOSE_KEY.equals(e.keyName())) {
                throw new ConflictException("MC-REC-074", "the dose of order " + order + " due at " + dueAt
                        + " was already recorded; read the schedule to see its outcome", e);
            }
            throw e;
        }
    }

    @Override
    public List<ScheduledDose> overdue(AccessContext context, String location, Instant asOf, Duration grace) {
        Violations v = new Violations();
        v.addIf(location == null || location.isBlank(), "location", "MC-REC-001", "the ward or unit is required");
        v.addIf(asOf == null, "asOf", "MC-REC-001", "the time to check at is required");
        v.addIf(grace == null || grace.isNegative() || grace.compareTo(OVERDUE_LOOKBACK) >= 0, "grace", "MC-REC-071",
                "the grace period is 0 to 24 hours");
        v.throwIfAny();
        Instant to = asOf.minus(grace);
        Instant from = to.minus(OVERDUE_LOOKBACK);
        return data.inTransaction(context, s -> {
            s.authorize(Action.SEARCH, DataCategory.MEDICATION, Optional.empty(), "records.medication.overdue", "ward");
            List<ScheduledDose> overdue = new ArrayList<>();
            for (Versioned<StoredOrder> o : ClinicalDocuments.all(s, ORDER, Criteria.all().eq("location", location.strip()))) {
                if (!care.allows(s, o.value().patient())) {
                    continue;
                }
                doses(s, o, from, to, false).stream().filter(d -> d.outcome().isEmpty()).forEach(overdue::add);
            }
            overdue.sort(Comparator.comparing(ScheduledDose::dueAt).thenComparing(d -> d.order().asString()));
            return overdue;
        });
    }

    private static Versioned<StoredOrder> load(DataSession s, MedicationOrderId order) {
        return s.find(ORDER, order.asString())
                .orElseThrow(() -> new NotFoundException("MC-REC-404", "medication order " + order + " was not found in this clinic"));
    }

    private static String subject(MedicationOrderId id) {
        return "medication-order/" + id;
    }

    static MedicationOrder view(Versioned<StoredOrder> v) {
        StoredOrder o = v.value();
        return new MedicationOrder(MedicationOrderId.parse(v.id()), v.version(), o.patient(), o.drug(), o.dose(), o.route(), o.frequency(),
                ZoneId.of(o.zone()), o.start(), Optional.ofNullable(o.stop()), o.location(), o.status(), o.orderedBy(), o.acknowledged());
    }
}
