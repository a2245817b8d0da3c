package org.medcoord.records.internal;

import com.google.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.medcoord.core.ConflictException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.UniqueKeyViolationException;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;
import org.medcoord.records.Encounter;
import org.medcoord.records.EncounterFinished;
import org.medcoord.records.EncounterId;
import org.medcoord.records.EncounterOpened;
import org.medcoord.records.EncounterStatus;
import org.medcoord.records.Encounters;
import org.medcoord.records.OpenEncounter;

/** Encounters on core's data layer. */
final class DefaultEncounters implements Encounters {

    /** How far ahead of the clock an encounter may start (a clock skew between desk and server, not a booking). */
    private static final Duration MAX_FUTURE_START = Duration.ofHours(1);

    private final DataStore data;
    private final CareRelationship care;
    private final Clock clock;

    @Inject
    DefaultEncounters(DataStore data, Clock clock, CareRelationship care) {
        this.care = care;
        this.data = data;
        this.clock = clock;
    }

    @Override
    public Encounter open(AccessContext context, OpenEncounter request) {
        Violations v = new Violations();
        v.addIf(request.patient() == null, "patient", "MC-REC-001", "the patient is required");
        v.addIf(request.encounterClass() == null, "encounterClass", "MC-REC-001", "the encounter class is required");
        if (request.start() == null) {
            v.add("start", "MC-REC-001", "the start time is required");
        } else {
            v.addIf(request.start().isAfter(clock.instant().plus(MAX_FUTURE_START)), "start", "MC-REC-042",
                    "an encounter starts when the patient is seen, not in the future; book future visits in scheduling");
        }
        DemographicsRules.length(v, "reason", request.reason(), 1000);
        v.throwIfAny();
        EncounterId id = EncounterId.next(clock);
        try {
            return data.inTransaction(context, s -> {
                s.authorize(Action.CREATE, DataCategory.CLINICAL, Optional.of(request.patient()), "records.encounter.open", subject(id));
                Charts.openForWriting(s, request.patient());
                StoredEncounter stored = new StoredEncounter(request.patient(), request.encounterClass(), EncounterStatus.IN_PROGRESS,
                        request.start(), null, request.reason(), request.appointment().orElse(null), context.principal().userId());
                Versioned<StoredEncounter> saved = s.insert(ClinicalDocuments.ENCOUNTER, id.asString(), stored);
                s.publish(new EncounterOpened(request.patient(), id, request.appointment()));
                return view(saved);
            });
        } catch (UniqueKeyViolationException e) {
            if (ClinicalDocuments.APPOINTMENT_KEY.equals(e.keyName())) {
                throw new ConflictException("MC-REC-043", "appointment " + request.appointment().map(UUID::toString).orElse("")
                        + " already has an encounter; find it with findByAppointment", e);
            }
            throw e;
        }
    }

    @Override
    public Encounter finish(AccessContext context, EncounterId encounter, long expectedVersion, Instant end) {
        if (end == null) {
            new Violations().add("end", "MC-REC-001", "the end time is required").throwIfAny();
        }
        return data.inTransaction(context, s -> {
            Versioned<StoredEncounter> found = load(s, encounter);
            PatientId patient = found.value().patient();
            s.authorize(Action.UPDATE, DataCategory.CLINICAL, Optional.of(patient), "records.encounter.finish", subject(encounter));
            Charts.openForWriting(s, patient);
            if (found.value().status() == EncounterStatus.FINISHED) {
                throw new ConflictException("MC-REC-042", "encounter " + encounter + " is already finished");
            }
            if (end.isBefore(found.value().start())) {
                throw new ConflictException("MC-REC-042", "encounter " + encounter + " cannot end before it began; check the end time");
            }
            Versioned<StoredEncounter> saved = s.update(ClinicalDocuments.ENCOUNTER, encounter.asString(), expectedVersion,
                    found.value().finished(end));
            s.publish(new EncounterFinished(patient, encounter));
            return view(saved);
        });
    }

    @Override
    public Encounter get(AccessContext context, EncounterId encounter) {
        return data.inTransaction(context, s -> {
            Versioned<StoredEncounter> found = load(s, encounter);
            s.authorize(Action.READ, DataCategory.CLINICAL, Optional.of(found.value().patient()), "records.encounter.read",
                    subject(encounter));
            care.requireReadable(s, found.value().patient());
            return view(found);
        });
    }

    @Override
    public List<Encounter> list(AccessContext context, PatientId patient) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.READ, DataCategory.CLINICAL, Optional.of(patient), "records.encounter.list",
                    DefaultPatientRegistry.subject(patient));
            care.requireReadable(s, patient);
            return ClinicalDocuments.all(s, ClinicalDocuments.ENCOUNTER, Criteria.all().eq("patient", patient.asString())
                    .orderBy("start", true)).stream().map(DefaultEncounters::view).toList();
        });
    }

    @Override
    public Optional<Encounter> findByAppointment(AccessContext context, UUID appointment) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.SEARCH, DataCategory.CLINICAL, Optional.empty(), "records.encounter.search-appointment", "encounter");
            return s.query(ClinicalDocuments.ENCOUNTER, Criteria.all().eq("appointment", appointment.toString()).limit(1))
                    .items().stream().findFirst()
                    .filter(e -> care.allows(s, e.value().patient()))
                    .map(DefaultEncounters::view);
        });
    }

    static Versioned<StoredEncounter> load(DataSession s, EncounterId encounter) {
        return s.find(ClinicalDocuments.ENCOUNTER, encounter.asString())
                .orElseThrow(() -> new NotFoundException("MC-REC-404", "encounter " + encounter + " was not found in this clinic"));
    }

    private static String subject(EncounterId id) {
        return "encounter/" + id;
    }

    static Encounter view(Versioned<StoredEncounter> v) {
        StoredEncounter e = v.value();
        return new Encounter(EncounterId.parse(v.id()), v.version(), e.patient(), e.encounterClass(), e.status(), e.start(),
                Optional.ofNullable(e.end()), e.reason(), Optional.ofNullable(e.appointment()), e.openedBy());
    }
}
