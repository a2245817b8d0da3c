package org.medcoord.records.internal;

import com.google.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.code.CodeValidator;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.ResultPage;
import org.medcoord.core.data.Versioned;
import org.medcoord.records.EntrySource;
import org.medcoord.records.EntryStatus;
import org.medcoord.records.HistoryEntry;
import org.medcoord.records.HistoryEntryId;
import org.medcoord.records.HistoryEntryRecorded;
import org.medcoord.records.HistoryEntryStatusChanged;
import org.medcoord.records.HistoryItem;
import org.medcoord.records.HistoryKind;
import org.medcoord.records.IntakeForm;
import org.medcoord.records.MedicalHistory;
import org.medcoord.records.Provenance;
import org.medcoord.records.RecordVersion;
import org.medcoord.records.SensitiveCategory;

/** History intake on core's data layer. */
final class DefaultMedicalHistory implements MedicalHistory {

    private final DataStore data;
    private final CareRelationship care;
    private final Clock clock;
    private final CodeValidator codes;

    @Inject
    DefaultMedicalHistory(DataStore data, Clock clock, CodeValidator codes, CareRelationship care) {
        this.care = care;
        this.data = data;
        this.clock = clock;
        this.codes = codes;
    }

    @Override
    public HistoryEntry record(AccessContext context, PatientId patient, HistoryItem item, EntrySource source) {
        return record(context, patient, item, source, Set.of());
    }

    @Override
    public HistoryEntry record(AccessContext context, PatientId patient, HistoryItem item, EntrySource source,
                               Set<SensitiveCategory> sensitivity) {
        Violations v = new Violations();
        HistoryRules.check(v, "item", item, codes, LocalDate.now(clock));
        v.addIf(source == null, "source", "MC-REC-001", "the source is required");
        v.throwIfAny();
        return store(context, patient, List.of(item), source, sensitivity == null ? Set.of() : sensitivity).get(0);
    }

    @Override
    public List<HistoryEntry> recordAll(AccessContext context, PatientId patient, List<HistoryItem> items, EntrySource source) {
        return recordAll(context, patient, items, source, Set.of());
    }

    @Override
    public List<HistoryEntry> recordIntake(AccessContext context, PatientId patient, IntakeForm form) {
        Violations v = new Violations();
        if (form == null) {
            v.add("form", "MC-REC-001", "the intake form is required");
            v.throwIfAny();
        }
        List<IntakeMapping.Answer> answers = IntakeMapping.answers(form);
        v.addIf(answers.isEmpty(), "form", "MC-REC-001", "the form has no answers to record");
        LocalDate today = LocalDate.now(clock);
        Violations found = new Violations();
        for (IntakeMapping.Answer answer : answers) {
            HistoryRules.check(found, answer.field(), answer.item(), codes, today);
        }
        for (var violation : found.list()) {
            v.add(IntakeMapping.formField(violation.field()), violation.code(), violation.message());
        }
        v.throwIfAny();
        return store(context, patient, answers.stream().map(IntakeMapping.Answer::item).toList(), EntrySource.PATIENT_REPORTED, Set.of());
    }

    private List<HistoryEntry> recordAll(AccessContext context, PatientId patient, List<HistoryItem> items, EntrySource source,
                                         Set<SensitiveCategory> sensitivity) {
        Violations v = new Violations();
        v.addIf(items == null || items.isEmpty(), "items", "MC-REC-001", "at least one item is required");
        LocalDate today = LocalDate.now(clock);
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                HistoryRules.check(v, "items[" + i + "]", items.get(i), codes, today);
            }
        }
        v.addIf(source == null, "source", "MC-REC-001", "the source is required");
        v.throwIfAny();
        return store(context, patient, items, source, sensitivity);
    }

    /** Stores checked items in one transaction. */
    private List<HistoryEntry> store(AccessContext context, PatientId patient, List<HistoryItem> items, EntrySource source,
                                     Set<SensitiveCategory> sensitivity) {
        return data.inTransaction(context, s -> {
            List<HistoryEntryId> ids = new ArrayList<>();
            for (HistoryItem item : items) {
                HistoryEntryId id = HistoryEntryId.next(clock);
                s.authorize(Action.CREATE, item.kind().category(), Optional.of(patient), "records.history.record", subject(id));
                ids.add(id);
            }
            Charts.openForWriting(s, patient);
            List<HistoryEntry> saved = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                saved.add(insert(s, ids.get(i), patient, items.get(i), source, sensitivity));
            }
            return saved;
        });
    }

    private HistoryEntry insert(DataSession s, HistoryEntryId id, PatientId patient, HistoryItem item, EntrySource source,
                                Set<SensitiveCategory> sensitivity) {
        String by = s.context().principal().userId();
        StoredEntry entry = new StoredEntry(patient, item, EntryStatus.ACTIVE, new Provenance(by, s.now(), source), by,
                Sensitivity.of(item, sensitivity));
        Versioned<StoredEntry> saved = Revisions.insert(s, id.asString(), entry);
        s.publish(new HistoryEntryRecorded(patient, id, item.kind()));
        return view(saved);
    }

    @Override
    public List<HistoryEntry> list(AccessContext context, PatientId patient, Set<HistoryKind> kinds) {
        Set<HistoryKind> wanted = kinds == null || kinds.isEmpty() ? EnumSet.allOf(HistoryKind.class) : EnumSet.copyOf(kinds);
        return data.inTransaction(context, s -> {
            Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
            wanted.forEach(k -> categories.add(k.category()));
            for (DataCategory category : categories) {
                s.authorize(Action.READ, category, Optional.of(patient), "records.history.list", DefaultPatientRegistry.subject(patient));
            }
            care.requireReadable(s, patient);
            Sensitivity.Filter filter = new Sensitivity.Filter(s);
            return listAll(s, patient, wanted).stream().filter(e -> filter.allows(e.value())).map(DefaultMedicalHistory::view).toList();
        });
    }

    static List<Versioned<StoredEntry>> listAll(DataSession s, PatientId patient, Set<HistoryKind> kinds) {
        Criteria criteria = Criteria.all().eq("patient", patient.asString())
                .anyOf("kind", kinds.stream().map(Enum::name).toList()).limit(500);
        List<Versioned<StoredEntry>> all = new ArrayList<>();
        ResultPage<Versioned<StoredEntry>> page = s.query(HistoryDocuments.ENTRY, criteria);
        all.addAll(page.items());
        while (page.nextPageToken().isPresent()) {
            page = s.query(HistoryDocuments.ENTRY, criteria.after(page.nextPageToken().get()));
            all.addAll(page.items());
        }
        return all;
    }

    @Override
    public HistoryEntry get(AccessContext context, HistoryEntryId entry) {
        return data.inTransaction(context, s -> {
            Versioned<StoredEntry> found = load(s, entry);
            s.authorize(Action.READ, found.value().item().kind().category(), Optional.of(found.value().patient()),
                    "records.history.read", subject(entry));
            care.requireReadable(s, found.value().patient());
            return view(found);
        });
    }

    @Override
    public List<RecordVersion<HistoryEntry>> versions(AccessContext context, HistoryEntryId entry) {
        return data.inTransaction(context, s -> {
            Versioned<StoredEntry> found = load(s, entry);
            s.authorize(Action.READ, found.value().item().kind().category(), Optional.of(found.value().patient()),
                    "records.history.versions", subject(entry));
            care.requireReadable(s, found.value().patient());
            return Revisions.entryVersions(s, entry.asString(), DefaultMedicalHistory::view);
        });
    }

    @Override
    public HistoryEntry changeStatus(AccessContext context, HistoryEntryId entry, long expectedVersion, EntryStatus status) {
        if (status == null) {
            new Violations().add("status", "MC-REC-001", "the new status is required").throwIfAny();
        }
        return data.inTransaction(context, s -> {
            Versioned<StoredEntry> found = load(s, entry);
            PatientId patient = found.value().patient();
            s.authorize(Action.UPDATE, found.value().item().kind().category(), Optional.of(patient), "records.history.change-status",
                    subject(entry));
            Charts.openForWriting(s, patient);
            Versioned<StoredEntry> saved = Revisions.update(s, entry.asString(), expectedVersion,
                    found.value().withStatus(status, context.principal().userId()));
            s.publish(new HistoryEntryStatusChanged(patient, entry, status));
            return view(saved);
        });
    }

    /**
     * Loads before authorizing because the patient, and so the access decision, is known only from the
     * entry; an unknown id says nothing about any patient. A sensitive entry the caller may not see is
     * reported exactly like one that does not exist.
     */
    static Versioned<StoredEntry> load(DataSession s, HistoryEntryId entry) {
        return s.find(HistoryDocuments.ENTRY, entry.asString())
                .filter(e -> Hidden.unlessAllowed(s, new Sensitivity.Filter(s).allows(e.value()), e.value().item().kind().category(),
                        e.value().patient(), subject(entry), "sensitive entry"))
                .orElseThrow(() -> new NotFoundException("MC-REC-404", "history entry " + entry + " was not found in this clinic"));
    }

    private static String subject(HistoryEntryId id) {
        return "history/" + id;
    }

    static HistoryEntry view(Versioned<StoredEntry> v) {
        StoredEntry e = v.value();
        return new HistoryEntry(HistoryEntryId.parse(v.id()), v.version(), e.patient(), e.item(), e.status(), e.provenance(),
                v.written(), e.updatedBy(), e.sensitivity());
    }
}
