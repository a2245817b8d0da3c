package org.medcoord.records.internal;

import com.google.inject.Inject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.ConflictException;
import org.medcoord.core.PatientId;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.DocumentType;
import org.medcoord.core.data.FieldKind;
import org.medcoord.core.data.Versioned;
import org.medcoord.records.Bmi;
import org.medcoord.records.EncounterId;
import org.medcoord.records.ObservationId;
import org.medcoord.records.Vital;
import org.medcoord.records.VitalFlag;
import org.medcoord.records.VitalKind;
import org.medcoord.records.VitalRecorded;
import org.medcoord.records.VitalTrend;
import org.medcoord.records.Vitals;

/** Vital signs on core's data layer, indexed by series (patient and kind) and time, never by value. */
final class DefaultVitals implements Vitals {

    static final DocumentType<StoredVital> VITAL = DocumentType.builder("records.vital", StoredVital.class)
            .field("patient", FieldKind.TEXT, v -> List.of(v.patient().asString()))
            .field("series", FieldKind.TEXT, v -> List.of(v.series()))
            .field("takenAt", FieldKind.INSTANT, v -> List.of(v.takenAt()))
            .build();

    /** Clocks of bedside devices drift; a reading a few minutes "ahead" is not an error. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final BigDecimal BMI_LOW = new BigDecimal("18.5");
    private static final BigDecimal BMI_HIGH = new BigDecimal("25");

    private final DataStore data;
    private final CareRelationship care;
    private final Clock clock;

    @Inject
    DefaultVitals(DataStore data, Clock clock, CareRelationship care) {
        this.care = care;
        this.data = data;
        this.clock = clock;
    }

    @Override
    public Vital record(AccessContext context, PatientId patient, VitalKind kind, BigDecimal value, String unit, Instant takenAt,
                        Optional<EncounterId> encounter) {
        Violations v = new Violations();
        v.addIf(kind == null, "kind", "MC-REC-001", "the kind of vital sign is required");
        v.addIf(value == null, "value", "MC-REC-001", "the value is required");
        v.addIf(takenAt == null, "takenAt", "MC-REC-001", "the time it was measured is required");
        Optional<BigDecimal> canonical = Optional.empty();
        if (kind != null) {
            if (unit == null || unit.isBlank()) {
                v.add("unit", "MC-REC-060", "the unit is required; use one of " + kind.units() + " (UCUM)");
            } else if (value != null) {
                canonical = kind.toCanonical(value, unit.strip());
                if (canonical.isEmpty()) {
                    v.add("unit", "MC-REC-060", "a " + kind + " is measured in one of " + kind.units() + " (UCUM)");
                } else if (!kind.plausible(canonical.get())) {
                    v.add("value", "MC-REC-061", "the value is not physically possible for a " + kind + "; check it and its unit");
                } else if (kind == VitalKind.PAIN_SCORE && canonical.get().stripTrailingZeros().scale() > 0) {
                    v.add("value", "MC-REC-061", "a pain score is a whole number from 0 to 10");
                }
            }
        }
        v.addIf(takenAt != null && takenAt.isAfter(clock.instant().plus(CLOCK_SKEW)), "takenAt", "MC-REC-062",
                "the measurement time is in the future; check the device clock");
        v.throwIfAny();
        BigDecimal stored = canonical.orElseThrow();
        ObservationId id = ObservationId.next(clock);
        return data.inTransaction(context, s -> {
            s.authorize(Action.CREATE, DataCategory.CLINICAL, Optional.of(patient), "records.vital.record", "vital/" + id);
            Charts.openForWriting(s, patient);
            encounter.ifPresent(e -> {
                if (!DefaultEncounters.load(s, e).value().patient().equals(patient)) {
                    throw new ConflictException("MC-REC-045", "encounter " + e + " belongs to another patient");
                }
            });
            StoredVital vital = new StoredVital(patient, kind, stored, value, unit.strip(), takenAt, encounter.orElse(null),
                    context.principal().userId());
            Versioned<StoredVital> saved = s.insert(VITAL, id.asString(), vital);
            VitalFlag flag = kind.flag(stored);
            s.publish(new VitalRecorded(patient, id, kind, flag));
            return view(saved);
        });
    }

    @Override
    public List<Vital> series(AccessContext context, PatientId patient, VitalKind kind, Instant from, Instant to) {
        return data.inTransaction(context, s -> {
            authorizeRead(s, patient);
            return points(s, patient, kind, from, to);
        });
    }

    @Override
    public Optional<Vital> latest(AccessContext context, PatientId patient, VitalKind kind) {
        return data.inTransaction(context, s -> {
            authorizeRead(s, patient);
            return latest(s, patient, kind);
        });
    }

    @Override
    public Optional<VitalTrend> trend(AccessContext context, PatientId patient, VitalKind kind, Instant from, Instant to) {
        return data.inTransaction(context, s -> {
            authorizeRead(s, patient);
            List<Vital> points = points(s, patient, kind, from, to);
            if (points.isEmpty()) {
                return Optional.empty();
            }
            BigDecimal min = points.stream().map(Vital::value).min(BigDecimal::compareTo).orElseThrow();
            BigDecimal max = points.stream().map(Vital::value).max(BigDecimal::compareTo).orElseThrow();
            BigDecimal sum = points.stream().map(Vital::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal mean = sum.divide(BigDecimal.valueOf(points.size()), new MathContext(12, RoundingMode.HALF_EVEN))
                    .setScale(2, RoundingMode.HALF_EVEN);
            BigDecimal change = points.get(points.size() - 1).value().subtract(points.get(0).value());
            return Optional.of(new VitalTrend(kind, points.size(), min, max, mean, change, points));
        });
    }

    @Override
    public Optional<Bmi> bmi(AccessContext context, PatientId patient) {
        return data.inTransaction(context, s -> {
            authorizeRead(s, patient);
            Optional<Vital> weight = latest(s, patient, VitalKind.WEIGHT);
            Optional<Vital> height = latest(s, patient, VitalKind.HEIGHT);
            if (weight.isEmpty() || height.isEmpty()) {
                return Optional.empty();
            }
            BigDecimal meters = height.get().value().divide(new BigDecimal("100"));
            BigDecimal value = weight.get().value().divide(meters.multiply(meters), new MathContext(12, RoundingMode.HALF_EVEN))
                    .setScale(1, RoundingMode.HALF_EVEN);
            VitalFlag flag = value.compareTo(BMI_LOW) < 0 ? VitalFlag.LOW : value.compareTo(BMI_HIGH) >= 0 ? VitalFlag.HIGH : VitalFlag.NORMAL;
            return Optional.of(new Bmi(value, flag, weight.get().takenAt(), height.get().takenAt()));
        });
    }

    private void authorizeRead(DataSession s, PatientId patient) {
        s.authorize(Action.READ, DataCategory.CLINICAL, Optional.of(patient), "records.vital.read", DefaultPatientRegistry.subject(patient));
        care.requireReadable(s, patient);
    }

    private static List<Vital> points(DataSession s, PatientId patient, VitalKind kind, Instant from, Instant to) {
        Criteria criteria = Criteria.all().eq("series", StoredVital.series(patient, kind)).orderBy("takenAt", true);
        if (from != null || to != null) {
            criteria = criteria.between("takenAt", from, to);
        }
        return ClinicalDocuments.all(s, VITAL, criteria).stream().map(DefaultVitals::view).toList();
    }

    private static Optional<Vital> latest(DataSession s, PatientId patient, VitalKind kind) {
        return s.query(VITAL, Criteria.all().eq("series", StoredVital.series(patient, kind)).orderBy("takenAt", false).limit(1))
                .items().stream().findFirst().map(DefaultVitals::view);
    }

    static Vital view(Versioned<StoredVital> v) {
        StoredVital x = v.value();
        return new Vital(ObservationId.parse(v.id()), x.patient(), x.kind(), x.value(), x.kind().canonicalUnit(), x.enteredValue(),
                x.enteredUnit(), x.kind().flag(x.value()), x.takenAt(), Optional.ofNullable(x.encounter()), x.recordedBy());
    }
}
