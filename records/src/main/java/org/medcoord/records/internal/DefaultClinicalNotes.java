package org.medcoord.records.internal;

import com.google.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.ConflictException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;
import org.medcoord.records.ClinicalNote;
import org.medcoord.records.ClinicalNotes;
import org.medcoord.records.EncounterId;
import org.medcoord.records.NoteId;
import org.medcoord.records.NoteSigned;
import org.medcoord.records.NoteStatus;
import org.medcoord.records.RecordVersion;
import org.medcoord.records.SensitiveCategory;
import java.util.Set;

/**
 * Clinical notes on core's data layer. A signed note is never passed to {@code update} again except by a
 * merge, which changes only which chart holds it; so signed text stays byte-identical.
 */
final class DefaultClinicalNotes implements ClinicalNotes {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 100_000;

    private final DataStore data;
    private final CareRelationship care;
    private final Clock clock;

    @Inject
    DefaultClinicalNotes(DataStore data, Clock clock, CareRelationship care) {
        this.care = care;
        this.data = data;
        this.clock = clock;
    }

    @Override
    public ClinicalNote draft(AccessContext context, PatientId patient, Optional<EncounterId> encounter, String title, String text) {
        return draft(context, patient, encounter, title, text, Set.of());
    }

    @Override
    public ClinicalNote draft(AccessContext context, PatientId patient, Optional<EncounterId> encounter, String title, String text,
                              Set<SensitiveCategory> sensitivity) {
        Violations v = new Violations();
        v.addIf(patient == null, "patient", "MC-REC-001", "the patient is required");
        content(v, title, text);
        v.throwIfAny();
        NoteId id = NoteId.next(clock);
        return data.inTransaction(context, s -> {
            s.authorize(Action.CREATE, DataCategory.NOTES, Optional.of(patient), "records.note.draft", subject(id));
            Charts.openForWriting(s, patient);
            if (encounter != null && encounter.isPresent()) {
                StoredEncounter visit = DefaultEncounters.load(s, encounter.get()).value();
                if (!visit.patient().equals(patient)) {
                    throw new ConflictException("MC-REC-045", "encounter " + encounter.get() + " belongs to another patient;"
                            + " document it in that patient's chart");
                }
            }
            StoredNote note = new StoredNote(patient, encounter == null ? null : encounter.orElse(null), null, title.strip(), text,
                    NoteStatus.DRAFT, context.principal().userId(), s.now(), null, null,
                    sensitivity == null ? Set.of() : sensitivity);
            return view(Revisions.insert(s, id.asString(), note));
        });
    }

    @Override
    public ClinicalNote revise(AccessContext context, NoteId note, long expectedVersion, String title, String text) {
        Violations v = new Violations();
        content(v, title, text);
        v.throwIfAny();
        return data.inTransaction(context, s -> {
            Versioned<StoredNote> found = load(s, note);
            s.authorize(Action.UPDATE, DataCategory.NOTES, Optional.of(found.value().patient()), "records.note.revise", subject(note));
            Charts.openForWriting(s, found.value().patient());
            requireAuthorsDraft(context, note, found.value());
            return view(Revisions.update(s, note.asString(), expectedVersion, found.value().revised(title.strip(), text)));
        });
    }

    @Override
    public ClinicalNote sign(AccessContext context, NoteId note, long expectedVersion) {
        return data.inTransaction(context, s -> {
            Versioned<StoredNote> found = load(s, note);
            PatientId patient = found.value().patient();
            s.authorize(Action.UPDATE, DataCategory.NOTES, Optional.of(patient), "records.note.sign", subject(note));
            Charts.openForWriting(s, patient);
            requireAuthorsDraft(context, note, found.value());
            Versioned<StoredNote> saved = Revisions.update(s, note.asString(), expectedVersion,
                    found.value().signed(context.principal().userId(), s.now()));
            s.publish(new NoteSigned(patient, note, Optional.empty()));
            return view(saved);
        });
    }

    @Override
    public ClinicalNote addAddendum(AccessContext context, NoteId note, String text) {
        Violations v = new Violations();
        content(v, "addendum", text);
        v.throwIfAny();
        NoteId id = NoteId.next(clock);
        return data.inTransaction(context, s -> {
            Versioned<StoredNote> found = load(s, note);
            PatientId patient = found.value().patient();
            s.authorize(Action.CREATE, DataCategory.NOTES, Optional.of(patient), "records.note.addendum", subject(id));
            Charts.openForWriting(s, patient);
            if (found.value().status() != NoteStatus.SIGNED) {
                throw new ConflictException("MC-REC-041", "note " + note + " is still a draft; revise it instead of adding an addendum");
            }
            String by = context.principal().userId();
            // an addendum is as sensitive as the note it completes
            StoredNote addendum = new StoredNote(patient, found.value().encounter(), note, "Addendum", text, NoteStatus.SIGNED, by,
                    s.now(), by, s.now(), found.value().sensitivity());
            Versioned<StoredNote> saved = Revisions.insert(s, id.asString(), addendum);
            s.publish(new NoteSigned(patient, id, Optional.of(note)));
            return view(saved);
        });
    }

    @Override
    public ClinicalNote get(AccessContext context, NoteId note) {
        return data.inTransaction(context, s -> {
            Versioned<StoredNote> found = load(s, note);
            s.authorize(Action.READ, DataCategory.NOTES, Optional.of(found.value().patient()), "records.note.read", subject(note));
            care.requireReadable(s, found.value().patient());
            return view(found);
        });
    }

    @Override
    public List<RecordVersion<ClinicalNote>> versions(AccessContext context, NoteId note) {
        return data.inTransaction(context, s -> {
            Versioned<StoredNote> found = load(s, note);
            s.authorize(Action.READ, DataCategory.NOTES, Optional.of(found.value().patient()), "records.note.versions", subject(note));
            care.requireReadable(s, found.value().patient());
            return Revisions.noteVersions(s, note.asString(), DefaultClinicalNotes::view);
        });
    }

    @Override
    public List<ClinicalNote> addenda(AccessContext context, NoteId note) {
        return data.inTransaction(context, s -> {
            Versioned<StoredNote> found = load(s, note);
            s.authorize(Action.READ, DataCategory.NOTES, Optional.of(found.value().patient()), "records.note.read", subject(note));
            care.requireReadable(s, found.value().patient());
            Sensitivity.Filter filter = new Sensitivity.Filter(s);
            return ClinicalDocuments.all(s, ClinicalDocuments.NOTE, Criteria.all().eq("addendumTo", note.asString()))
                    .stream().filter(n -> filter.allows(n.value())).map(DefaultClinicalNotes::view).toList();
        });
    }

    @Override
    public List<ClinicalNote> list(AccessContext context, PatientId patient) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.READ, DataCategory.NOTES, Optional.of(patient), "records.note.list", DefaultPatientRegistry.subject(patient));
            care.requireReadable(s, patient);
            Sensitivity.Filter filter = new Sensitivity.Filter(s);
            return ClinicalDocuments.all(s, ClinicalDocuments.NOTE, Criteria.all().eq("patient", patient.asString()))
                    .stream().filter(n -> filter.allows(n.value())).map(DefaultClinicalNotes::view).toList();
        });
    }

    private static void content(Violations v, String title, String text) {
        v.addIf(title == null || title.isBlank(), "title", "MC-REC-001", "a title is required");
        v.addIf(text == null || text.isBlank(), "text", "MC-REC-001", "the text is required");
        DemographicsRules.length(v, "title", title, MAX_TITLE);
        DemographicsRules.length(v, "text", text, MAX_TEXT);
    }

    private static void requireAuthorsDraft(AccessContext context, NoteId id, StoredNote note) {
        if (note.status() == NoteStatus.SIGNED) {
            throw new ConflictException("MC-REC-040", "note " + id + " is signed and can no longer change;"
                    + " add a signed addendum with addAddendum");
        }
        if (!note.author().equals(context.principal().userId())) {
            throw new ConflictException("MC-REC-044", "only the author of draft note " + id + " may revise or sign it");
        }
    }

    /** A sensitive note the caller may not see is reported exactly like one that does not exist. */
    static Versioned<StoredNote> load(DataSession s, NoteId note) {
        return s.find(ClinicalDocuments.NOTE, note.asString())
                .filter(n -> Hidden.unlessAllowed(s, new Sensitivity.Filter(s).allows(n.value()), DataCategory.NOTES,
                        n.value().patient(), subject(note), "sensitive note"))
                .orElseThrow(() -> new NotFoundException("MC-REC-404", "note " + note + " was not found in this clinic"));
    }

    private static String subject(NoteId id) {
        return "note/" + id;
    }

    static ClinicalNote view(Versioned<StoredNote> v) {
        StoredNote n = v.value();
        return new ClinicalNote(NoteId.parse(v.id()), v.version(), n.patient(), Optional.ofNullable(n.encounter()),
                Optional.ofNullable(n.addendumTo()), n.title(), n.text(), n.status(), n.author(), n.createdAt(),
                Optional.ofNullable(n.signedBy()), Optional.ofNullable(n.signedAt()), n.sensitivity());
    }
}
