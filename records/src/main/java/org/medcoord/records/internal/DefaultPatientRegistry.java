package org.medcoord.records.internal;

import com.google.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
import org.medcoord.core.data.LogType;
import org.medcoord.core.data.ResultPage;
import org.medcoord.core.data.Versioned;
import org.medcoord.records.Demographics;
import org.medcoord.records.DuplicateCandidate;
import org.medcoord.records.ExternalIdentifier;
import org.medcoord.records.PageRequest;
import org.medcoord.records.Patient;
import org.medcoord.records.PatientDeactivated;
import org.medcoord.records.PatientRegistered;
import org.medcoord.records.PatientRegistry;
import org.medcoord.records.PatientStatus;
import org.medcoord.records.PatientUpdated;
import org.medcoord.records.PatientsMerged;
import org.medcoord.records.RegisterPatient;

/** The patient registry on core's data layer. */
final class DefaultPatientRegistry implements PatientRegistry {

    private static final int CANDIDATES_PER_KEY = 50;

    private final DataStore data;
    private final Clock clock;

    @Inject
    DefaultPatientRegistry(DataStore data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    @Override
    public Patient register(AccessContext context, RegisterPatient request) {
        Violations v = new Violations();
        DemographicsRules.facility(v, "facility", request.facility());
        DemographicsRules.check(v, "demographics", request.demographics(), LocalDate.now(clock));
        DemographicsRules.identifiers(v, "identifiers", request.identifiers());
        request.importedMrn().ifPresent(mrn -> DemographicsRules.importedMrn(v, "importedMrn", request.facility(), mrn));
        v.throwIfAny();
        PatientId id = PatientId.next(clock);
        String facility = request.facility().toUpperCase(java.util.Locale.ROOT);
        return translatingClashes(() -> data.inTransaction(context, s -> {
            s.authorize(Action.CREATE, DataCategory.DEMOGRAPHICS, Optional.of(id), "records.patient.register", subject(id));
            String mrn = request.importedMrn().orElseGet(
                    () -> Mrns.format(facility, s.append(Mrns.LOG, Mrns.stream(facility), new Mrns.Issued(id))));
            StoredPatient stored = new StoredPatient(facility, mrn, request.demographics(), request.identifiers(),
                    PatientStatus.ACTIVE, null, List.of(), null, context.principal().userId());
            Versioned<StoredPatient> saved = create(s, id, stored);
            s.publish(new PatientRegistered(id, facility));
            return view(saved);
        }));
    }

    @Override
    public Patient get(AccessContext context, PatientId patient) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.READ, DataCategory.DEMOGRAPHICS, Optional.of(patient), "records.patient.read", subject(patient));
            return view(load(s, patient));
        });
    }

    @Override
    public Patient updateDemographics(AccessContext context, PatientId patient, long expectedVersion, Demographics demographics) {
        Violations v = new Violations();
        DemographicsRules.check(v, "demographics", demographics, LocalDate.now(clock));
        v.throwIfAny();
        return change(context, patient, expectedVersion, "records.patient.update",
                p -> p.withDemographics(demographics, context.principal().userId()));
    }

    @Override
    public Patient addIdentifier(AccessContext context, PatientId patient, long expectedVersion, ExternalIdentifier identifier) {
        Violations v = new Violations();
        DemographicsRules.identifier(v, "identifier", identifier);
        v.throwIfAny();
        return translatingClashes(() -> change(context, patient, expectedVersion, "records.patient.add-identifier", p -> {
            if (p.identifiers().stream().anyMatch(i -> MatchKeys.identifier(i.system(), i.value())
                    .equals(MatchKeys.identifier(identifier.system(), identifier.value())))) {
                return p;
            }
            return p.withIdentifier(identifier, context.principal().userId());
        }));
    }

    @Override
    public Patient deactivate(AccessContext context, PatientId patient, long expectedVersion) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.UPDATE, DataCategory.DEMOGRAPHICS, Optional.of(patient), "records.patient.deactivate", subject(patient));
            s.lock(PatientDocuments.CHART_LOCK, patient.asString());
            Versioned<StoredPatient> current = load(s, patient);
            requireActive(patient, current.value());
            Versioned<StoredPatient> saved = save(s, patient, expectedVersion, current.value().deactivated(context.principal().userId()));
            s.publish(new PatientDeactivated(patient));
            return view(saved);
        });
    }

    @Override
    public ResultPage<Patient> findByMrn(AccessContext context, String mrn, PageRequest page) {
        Violations v = new Violations();
        v.addIf(mrn == null || mrn.isBlank(), "mrn", "MC-REC-001", "an MRN is required");
        return search(context, v, page, "records.patient.search-mrn", "mrn", () -> mrn.strip(), false);
    }

    @Override
    public ResultPage<Patient> findByIdentifier(AccessContext context, ExternalIdentifier identifier, PageRequest page) {
        Violations v = new Violations();
        DemographicsRules.identifier(v, "identifier", identifier);
        return search(context, v, page, "records.patient.search-identifier", "identifier",
                () -> MatchKeys.identifier(identifier.system(), identifier.value()), false);
    }

    @Override
    public ResultPage<Patient> findByNameAndBirthDate(AccessContext context, String familyName, String givenName, LocalDate birthDate,
                                                      PageRequest page) {
        Violations v = new Violations();
        v.addIf(familyName == null || MatchKeys.name(familyName).isEmpty(), "familyName", "MC-REC-001", "a family name is required");
        v.addIf(birthDate == null, "birthDate", "MC-REC-001", "a birth date is required");
        boolean withGiven = givenName != null && !MatchKeys.name(givenName).isEmpty();
        return search(context, v, page, "records.patient.search-name", withGiven ? "nameBirth" : "familyBirth", () -> withGiven
                ? MatchKeys.nameBirth(familyName, givenName, birthDate)
                : MatchKeys.familyBirth(familyName, birthDate), true);
    }

    @Override
    public ResultPage<Patient> findByPhone(AccessContext context, String phone, PageRequest page) {
        Violations v = new Violations();
        if (phone == null) {
            v.add("phone", "MC-REC-001", "a phone number is required");
        } else {
            DemographicsRules.phone(v, "phone", phone);
        }
        return search(context, v, page, "records.patient.search-phone", "phone", () -> MatchKeys.phone(phone), true);
    }

    @Override
    public List<DuplicateCandidate> findDuplicates(AccessContext context, PatientId patient) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.READ, DataCategory.DEMOGRAPHICS, Optional.of(patient), "records.patient.read", subject(patient));
            Demographics probe = load(s, patient).value().demographics();
            return candidates(s, probe, patient);
        });
    }

    @Override
    public List<DuplicateCandidate> findDuplicates(AccessContext context, Demographics demographics) {
        Violations v = new Violations();
        DemographicsRules.check(v, "demographics", demographics, LocalDate.now(clock));
        v.throwIfAny();
        return data.inTransaction(context, s -> candidates(s, demographics, null));
    }

    private List<DuplicateCandidate> candidates(DataSession s, Demographics probe, PatientId self) {
        s.authorize(Action.SEARCH, DataCategory.DEMOGRAPHICS, Optional.empty(), "records.patient.find-duplicates", "patient");
        String family = probe.name().family();
        String given = probe.name().first();
        List<Criteria> keys = new ArrayList<>();
        keys.add(lookup(s.context(), "familyBirth", MatchKeys.familyBirth(family, probe.birthDate())));
        keys.add(lookup(s.context(), "fullName", MatchKeys.fullName(family, given)));
        if (!given.isEmpty()) {
            keys.add(lookup(s.context(), "givenBirth", MatchKeys.givenBirth(given, probe.birthDate())));
        }
        probe.phones().stream().map(MatchKeys::phone).distinct().forEach(p -> keys.add(lookup(s.context(), "phone", p)));
        Map<String, Versioned<StoredPatient>> found = new LinkedHashMap<>();
        for (Criteria key : keys) {
            for (Versioned<StoredPatient> hit : s.query(PatientDocuments.PATIENT,
                    key.eq("status", PatientStatus.ACTIVE.name()).limit(CANDIDATES_PER_KEY)).items()) {
                found.putIfAbsent(hit.id(), hit);
            }
        }
        if (self != null) {
            found.remove(self.asString());
        }
        return found.values().stream()
                .map(hit -> DuplicateScorer.score(PatientId.parse(hit.id()), probe, hit.value().demographics()))
                .filter(c -> c.score() >= DuplicateScorer.THRESHOLD)
                .sorted(Comparator.comparingInt(DuplicateCandidate::score).reversed()
                        .thenComparing(c -> c.patient().asString()))
                .toList();
    }

    @Override
    public Patient merge(AccessContext context, PatientId survivor, long survivorVersion, PatientId merged, long mergedVersion) {
        if (survivor.equals(merged)) {
            new Violations().add("merged", "MC-REC-023", "a patient cannot be merged into itself; pick the duplicate record").throwIfAny();
        }
        return translatingClashes(() -> data.inTransaction(context, s -> {
            for (PatientId id : List.of(survivor, merged)) {
                s.authorize(Action.UPDATE, DataCategory.DEMOGRAPHICS, Optional.of(id), "records.patient.merge", subject(id));
                s.authorize(Action.UPDATE, DataCategory.CLINICAL, Optional.of(id), "records.patient.merge", subject(id));
                s.authorize(Action.UPDATE, DataCategory.NOTES, Optional.of(id), "records.patient.merge", subject(id));
            }
            // Both charts are locked, so no entry can be written to the merged chart while it moves.
            s.lockAll(PatientDocuments.CHART_LOCK, List.of(survivor.asString(), merged.asString()));
            Versioned<StoredPatient> keep = load(s, survivor);
            Versioned<StoredPatient> gone = load(s, merged);
            if (!keep.value().status().equals(PatientStatus.ACTIVE) || !gone.value().status().equals(PatientStatus.ACTIVE)) {
                throw new ConflictException("MC-REC-023", "both patients must be active to merge (patient " + survivor + " is "
                        + keep.value().status() + ", patient " + merged + " is " + gone.value().status() + ")");
            }
            String by = context.principal().userId();
            // The merged side gives up its identifiers before the survivor claims them.
            save(s, merged, mergedVersion, gone.value().mergedInto(survivor, by));
            Versioned<StoredPatient> saved = save(s, survivor, survivorVersion, keep.value().absorbing(gone.value(), by));
            int moved = ChartDocuments.moveAll(s, merged, survivor);
            s.publish(new PatientsMerged(survivor, merged, moved));
            return view(saved);
        }));
    }

    private Patient change(AccessContext context, PatientId patient, long expectedVersion, String source,
                           Function<StoredPatient, StoredPatient> edit) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.UPDATE, DataCategory.DEMOGRAPHICS, Optional.of(patient), source, subject(patient));
            Versioned<StoredPatient> current = load(s, patient);
            requireActive(patient, current.value());
            Versioned<StoredPatient> saved = save(s, patient, expectedVersion, edit.apply(current.value()));
            s.publish(new PatientUpdated(patient, saved.version()));
            return view(saved);
        });
    }

    private ResultPage<Patient> search(AccessContext context, Violations v, PageRequest page, String source, String field,
                                       java.util.function.Supplier<String> key, boolean activeOnly) {
        Pages.check(v, page);
        v.throwIfAny();
        // Hidden records are filtered by the engine, not after it, so pages stay full and tokens reveal nothing.
        Criteria base = lookup(context, field, key.get());
        Criteria query = Pages.apply(activeOnly ? base.eq("status", PatientStatus.ACTIVE.name()) : base, page);
        return data.inTransaction(context, s -> {
            s.authorize(Action.SEARCH, DataCategory.DEMOGRAPHICS, Optional.empty(), source, "patient");
            return s.query(PatientDocuments.PATIENT, query).map(DefaultPatientRegistry::view);
        });
    }

    @Override
    public List<Patient> versions(AccessContext context, PatientId patient) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.READ, DataCategory.DEMOGRAPHICS, Optional.of(patient), "records.patient.versions", subject(patient));
            load(s, patient);
            List<Patient> all = new ArrayList<>();
            long next = 1;
            while (true) {
                var batch = s.read(VERSIONS, patient.asString(), next, 500);
                for (var logged : batch) {
                    PatientVersion v = logged.entry();
                    all.add(view(new Versioned<>(patient.asString(), v.version(), v.patient(), logged.appended())));
                    next = logged.seq() + 1;
                }
                if (batch.size() < 500) {
                    return all;
                }
            }
        });
    }

    /** One version of a patient as kept in the patient's version log (encrypted like the document). */
    record PatientVersion(long version, StoredPatient patient) {
        @Override
        public String toString() {
            return "PatientVersion[v" + version + "]";
        }
    }

    /** Every version of every patient, one stream per patient (named by the opaque id), appended in the writing transaction. */
    static final LogType<PatientVersion> VERSIONS = new LogType<>("records.versions/", PatientVersion.class);

    static Versioned<StoredPatient> create(DataSession s, PatientId patient, StoredPatient value) {
        Versioned<StoredPatient> saved = s.insert(PatientDocuments.PATIENT, patient.asString(), value);
        s.append(VERSIONS, patient.asString(), new PatientVersion(saved.version(), value));
        return saved;
    }

    static Versioned<StoredPatient> save(DataSession s, PatientId patient, long expectedVersion, StoredPatient value) {
        Versioned<StoredPatient> saved = s.update(PatientDocuments.PATIENT, patient.asString(), expectedVersion, value);
        s.append(VERSIONS, patient.asString(), new PatientVersion(saved.version(), value));
        return saved;
    }

    /**
     * Loads a patient the caller may see. A patient whose consent restriction excludes the caller is
     * reported exactly like one that does not exist, so that the restriction does not reveal the record.
     */
    /** Criteria finding the patients the caller may see under one search key. */
    private static Criteria lookup(AccessContext context, String field, String key) {
        return Criteria.all().anyOf(field, Visibility.probes(context, key));
    }

    static Versioned<StoredPatient> load(DataSession s, PatientId patient) {
        return s.find(PatientDocuments.PATIENT, patient.asString())
                .filter(p -> Hidden.unlessAllowed(s, Visibility.allows(s.context(), p.value()), DataCategory.DEMOGRAPHICS,
                        patient, subject(patient), "consent restriction"))
                .orElseThrow(() -> new NotFoundException("MC-REC-404", "patient " + patient
                        + " was not found in this clinic; check the id, or search by MRN"));
    }

    static void requireActive(PatientId patient, StoredPatient p) {
        if (p.status() != PatientStatus.ACTIVE) {
            String next = p.mergedInto() != null ? "; it was merged into patient " + p.mergedInto() + ", use that record"
                    : "; reactivation is not supported, register the patient again if needed";
            throw new ConflictException("MC-REC-022", "patient " + patient + " is " + p.status() + next);
        }
    }

    static String subject(PatientId patient) {
        return "patient/" + patient;
    }

    static Patient view(Versioned<StoredPatient> v) {
        StoredPatient p = v.value();
        return new Patient(PatientId.parse(v.id()), v.version(), p.facility(), p.mrn(), p.demographics(), p.identifiers(),
                p.status(), Optional.ofNullable(p.mergedInto()), p.mergedMrns(), v.written(), p.updatedBy(),
                p.restricted());
    }

    private static <T> T translatingClashes(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (UniqueKeyViolationException e) {
            if (PatientDocuments.IDENTIFIER_KEY.equals(e.keyName())) {
                throw new ConflictException("MC-REC-020", "another patient already holds this external identifier;"
                        + " find that patient with findByIdentifier instead of registering again", e);
            }
            if (PatientDocuments.MRN_KEY.equals(e.keyName())) {
                throw new ConflictException("MC-REC-021", "another patient of this facility already holds this MRN;"
                        + " find that patient with findByMrn", e);
            }
            throw e;
        }
    }
}
