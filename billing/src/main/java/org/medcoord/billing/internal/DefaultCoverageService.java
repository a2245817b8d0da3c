package org.medcoord.billing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.medcoord.billing.Coverage;
import org.medcoord.billing.CoverageChanged;
import org.medcoord.billing.CoverageId;
import org.medcoord.billing.CoverageService;
import org.medcoord.billing.InsuredPerson;
import org.medcoord.billing.NewCoverage;
import org.medcoord.billing.PayerId;
import org.medcoord.billing.SubscriberRelationship;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;

/** The stored {@link CoverageService}. */
final class DefaultCoverageService implements CoverageService {

    private static final Comparator<Coverage> BY_ORDER = Comparator.comparing(Coverage::order).thenComparing(Coverage::effectiveFrom);

    private final DataStore data;
    private final Clock clock;

    DefaultCoverageService(DataStore data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    @Override
    public Coverage add(AccessContext context, NewCoverage coverage) {
        Violations violations = new Violations();
        violations.addIf(coverage.patient() == null, "patient", Codes.PATIENT_REQUIRED, "name the covered patient");
        violations.addIf(coverage.payer() == null, "payer", Codes.PAYER_UNKNOWN, "name a registered payer");
        violations.addIf(blank(coverage.memberId()), "memberId", Codes.MEMBER_ID_REQUIRED, "give the member id from the insurance card");
        violations.addIf(blank(coverage.plan()), "plan", Codes.PLAN_REQUIRED, "give the plan name or code");
        violations.addIf(coverage.relationship() == null, "relationship", Codes.RELATIONSHIP_REQUIRED,
                "give the patient's relationship to the subscriber");
        person(violations, "subscriber", coverage.subscriber());
        Optional<InsuredPerson> dependent = coverage.dependent() == null ? Optional.empty() : coverage.dependent();
        boolean self = coverage.relationship() == SubscriberRelationship.SELF;
        violations.addIf(coverage.relationship() != null && !self && dependent.isEmpty(), "dependent", Codes.SUBSCRIBER_REQUIRED,
                "a policy the patient does not hold needs the patient's details as the payer knows them");
        if (!self) {
            dependent.ifPresent(d -> person(violations, "dependent", d));
        }
        violations.addIf(coverage.order() == null, "order", Codes.RELATIONSHIP_REQUIRED, "say whether it is primary, secondary or tertiary");
        violations.addIf(coverage.effectiveFrom() == null, "effectiveFrom", Codes.PERIOD_INVALID, "give the first covered day");
        Optional<LocalDate> to = coverage.effectiveTo() == null ? Optional.empty() : coverage.effectiveTo();
        violations.addIf(coverage.effectiveFrom() != null && to.isPresent() && to.get().isBefore(coverage.effectiveFrom()),
                "effectiveTo", Codes.PERIOD_INVALID, "the last covered day is not before the first");
        if (coverage.patient() == null) {
            violations.throwIfAny();
        }
        return data.inTransaction(context, session -> {
            Access.insurance(session, Action.CREATE, Optional.of(coverage.patient()), "coverage.add", "bill-coverage");
            session.lock(Documents.COVERAGE_LOCK, coverage.patient().asString());
            if (coverage.payer() != null && session.find(Documents.PAYER, coverage.payer().asString()).isEmpty()) {
                violations.add("payer", Codes.PAYER_UNKNOWN, "payer " + coverage.payer() + " is not registered");
            }
            violations.throwIfAny();
            Coverage stored = new Coverage(CoverageId.next(clock), coverage.patient(), coverage.payer(), coverage.memberId().strip(),
                    coverage.groupNumber() == null ? Optional.empty() : coverage.groupNumber().map(String::strip), coverage.plan().strip(),
                    coverage.relationship(), coverage.subscriber(), self ? Optional.empty() : dependent, coverage.order(), coverage.effectiveFrom(), to);
            checkNoOverlap(session, stored);
            session.insert(Documents.COVERAGE, stored.id().asString(), stored);
            session.publish(new CoverageChanged(stored.id(), stored.patient()));
            return stored;
        });
    }

    private static void checkNoOverlap(DataSession session, Coverage candidate) {
        for (Coverage other : forPatient(session, candidate.patient())) {
            if (other.id().equals(candidate.id()) || other.order() != candidate.order()) {
                continue;
            }
            LocalDate otherEnd = other.effectiveTo().orElse(LocalDate.MAX);
            LocalDate candidateEnd = candidate.effectiveTo().orElse(LocalDate.MAX);
            boolean overlap = !candidate.effectiveFrom().isAfter(otherEnd) && !other.effectiveFrom().isAfter(candidateEnd);
            new Violations().addIf(overlap, "order", Codes.ORDER_OVERLAP, "the patient already has " + candidate.order()
                    + " coverage " + other.id() + " in this period; end it first").throwIfAny();
        }
    }

    @Override
    public Coverage coverage(AccessContext context, CoverageId id) {
        return find(context, id).orElseThrow(() -> notFound(id));
    }

    @Override
    public Optional<Coverage> find(AccessContext context, CoverageId id) {
        return data.inTransaction(context, session -> {
            Optional<Coverage> found = session.find(Documents.COVERAGE, id.asString()).map(Versioned::value);
            Access.insurance(session, Action.READ, found.map(Coverage::patient), "coverage.read", "bill-coverage/" + id);
            return found;
        });
    }

    static Coverage coverage(DataSession session, CoverageId id) {
        return session.find(Documents.COVERAGE, id.asString()).map(Versioned::value).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(CoverageId id) {
        return new NotFoundException(Codes.NOT_FOUND, "coverage " + id + " was not found; record it with CoverageService.add");
    }

    static List<Coverage> forPatient(DataSession session, PatientId patient) {
        return session.query(Documents.COVERAGE, Criteria.all().eq("patient", patient.asString()).limit(1000)).items().stream()
                .map(Versioned::value).sorted(BY_ORDER).toList();
    }

    @Override
    public List<Coverage> forPatient(AccessContext context, PatientId patient) {
        return data.inTransaction(context, session -> {
            Access.insurance(session, Action.SEARCH, Optional.of(patient), "coverage.for-patient", "bill-coverage");
            return forPatient(session, patient);
        });
    }

    @Override
    public List<Coverage> activeOn(AccessContext context, PatientId patient, LocalDate day) {
        return forPatient(context, patient).stream().filter(c -> c.activeOn(day)).toList();
    }

    @Override
    public List<Coverage> byMemberId(AccessContext context, PayerId payer, String memberId) {
        return data.inTransaction(context, session -> {
            List<Coverage> found = blank(memberId) ? List.of()
                    : session.query(Documents.COVERAGE, Criteria.all().eq("member", Documents.memberKey(payer.asString(), memberId)).limit(100))
                    .items().stream().map(Versioned::value).sorted(BY_ORDER).toList();
            Access.insurance(session, Action.SEARCH, found.stream().map(Coverage::patient).findFirst(), "coverage.by-member", "bill-coverage");
            return found;
        });
    }

    @Override
    public Coverage end(AccessContext context, CoverageId id, LocalDate lastDay) {
        return data.inTransaction(context, session -> {
            Versioned<Coverage> current = session.find(Documents.COVERAGE, id.asString()).orElseThrow(() -> notFound(id));
            Coverage coverage = current.value();
            Access.insurance(session, Action.UPDATE, Optional.of(coverage.patient()), "coverage.end", "bill-coverage/" + id);
            new Violations().addIf(lastDay == null || lastDay.isBefore(coverage.effectiveFrom()), "lastDay", Codes.PERIOD_INVALID,
                    "the last covered day is not before the first").throwIfAny();
            Coverage ended = coverage.withEffectiveTo(lastDay);
            session.update(Documents.COVERAGE, id.asString(), current.version(), ended);
            session.publish(new CoverageChanged(id, coverage.patient()));
            return ended;
        });
    }

    private static void person(Violations violations, String field, InsuredPerson person) {
        if (person == null) {
            violations.add(field, Codes.SUBSCRIBER_REQUIRED, "give the insured person's name, birth date, sex and address as on the card");
            return;
        }
        violations.addIf(blank(person.firstName()) || blank(person.lastName()), field + ".name", Codes.SUBSCRIBER_REQUIRED,
                "give the first and last name as on the card");
        violations.addIf(!person.address().wellFormed(), field + ".address", Codes.ADDRESS_INVALID,
                "an address has a street line, a city, a two-letter state and a 5 or 9 digit ZIP code");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
