package org.medcoord.records.internal;

import com.google.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.ConflictException;
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
import org.medcoord.core.data.DocumentType;
import org.medcoord.core.data.FieldKind;
import org.medcoord.core.data.Versioned;
import org.medcoord.records.Amendment;
import org.medcoord.records.AmendmentDecided;
import org.medcoord.records.AmendmentId;
import org.medcoord.records.AmendmentStatus;
import org.medcoord.records.Amendments;
import org.medcoord.records.EntrySource;
import org.medcoord.records.EntryStatus;
import org.medcoord.records.HistoryEntryId;
import org.medcoord.records.HistoryEntryRecorded;
import org.medcoord.records.HistoryItem;
import org.medcoord.records.NoteId;
import org.medcoord.records.NoteSigned;
import org.medcoord.records.NoteStatus;
import org.medcoord.records.Provenance;

/**
 * Amendments on core's data layer. Neither acceptance nor denial ever passes the original entry or note
 * to {@code update}: the correction is a new document, so the original stays byte-identical.
 */
final class DefaultAmendments implements Amendments {

    static final DocumentType<StoredAmendment> AMENDMENT = DocumentType.builder("records.amendment", StoredAmendment.class)
            .field("patient", FieldKind.TEXT, a -> List.of(a.patient().asString()))
            .field("target", FieldKind.TEXT, a -> List.of(a.target()))
            .build();

    private static final int MAX_TEXT = 4000;

    private final DataStore data;
    private final CareRelationship care;
    private final Clock clock;
    private final CodeValidator codes;

    @Inject
    DefaultAmendments(DataStore data, Clock clock, CodeValidator codes, CareRelationship care) {
        this.care = care;
        this.data = data;
        this.clock = clock;
        this.codes = codes;
    }

    @Override
    public Amendment request(AccessContext context, HistoryEntryId entry, String requestedChange) {
        text(requestedChange, "requestedChange");
        AmendmentId id = AmendmentId.next(clock);
        return data.inTransaction(context, s -> {
            StoredEntry target = DefaultMedicalHistory.load(s, entry).value();
            return file(s, id, target.patient(), target.item().kind().category(), entry, null, requestedChange);
        });
    }

    @Override
    public Amendment request(AccessContext context, NoteId note, String requestedChange) {
        text(requestedChange, "requestedChange");
        AmendmentId id = AmendmentId.next(clock);
        return data.inTransaction(context, s -> {
            StoredNote target = DefaultClinicalNotes.load(s, note).value();
            return file(s, id, target.patient(), DataCategory.NOTES, null, note, requestedChange);
        });
    }

    private Amendment file(DataSession s, AmendmentId id, PatientId patient, DataCategory category, HistoryEntryId entry, NoteId note,
                           String change) {
        s.authorize(Action.CREATE, category, Optional.of(patient), "records.amendment.request", subject(id));
        Charts.openForWriting(s, patient);
        StoredAmendment stored = new StoredAmendment(patient, entry, note, change.strip(), AmendmentStatus.REQUESTED,
                s.context().principal().userId(), s.now(), null, null, null, null, null, null);
        Versioned<StoredAmendment> saved = s.insert(AMENDMENT, id.asString(), stored);
        s.publish(new AmendmentDecided(patient, id, AmendmentStatus.REQUESTED));
        return view(saved);
    }

    @Override
    public Amendment acceptWithCorrection(AccessContext context, AmendmentId amendment, long expectedVersion, HistoryItem correction) {
        Violations v = new Violations();
        HistoryRules.check(v, "correction", correction, codes, LocalDate.now(clock));
        v.throwIfAny();
        HistoryEntryId fixId = HistoryEntryId.next(clock);
        return data.inTransaction(context, s -> {
            Versioned<StoredAmendment> found = decide(s, amendment);
            StoredAmendment a = found.value();
            if (a.entry() == null) {
                throw new ConflictException("MC-REC-082", "amendment " + amendment + " is against a note; accept it with an addendum");
            }
            StoredEntry original = DefaultMedicalHistory.load(s, a.entry()).value();
            if (original.item().kind() != correction.kind()) {
                throw new ConflictException("MC-REC-082", "the correction of a " + original.item().kind() + " entry must be a "
                        + original.item().kind() + " too");
            }
            s.authorize(Action.UPDATE, original.item().kind().category(), Optional.of(a.patient()), "records.amendment.accept",
                    subject(amendment));
            String by = context.principal().userId();
            StoredEntry fix = new StoredEntry(a.patient(), correction, EntryStatus.ACTIVE, new Provenance(by, s.now(), EntrySource.CLINICIAN), by,
                    Sensitivity.of(correction, original.sensitivity()));
            Revisions.insert(s, fixId.asString(), fix);
            s.publish(new HistoryEntryRecorded(a.patient(), fixId, correction.kind()));
            return finish(s, amendment, expectedVersion, a.accepted(by, s.now(), fixId, null), AmendmentStatus.ACCEPTED);
        });
    }

    @Override
    public Amendment acceptWithAddendum(AccessContext context, AmendmentId amendment, long expectedVersion, String text) {
        text(text, "text");
        NoteId addendumId = NoteId.next(clock);
        return data.inTransaction(context, s -> {
            Versioned<StoredAmendment> found = decide(s, amendment);
            StoredAmendment a = found.value();
            if (a.note() == null) {
                throw new ConflictException("MC-REC-082", "amendment " + amendment + " is against a history entry; accept it with a correction");
            }
            s.authorize(Action.UPDATE, DataCategory.NOTES, Optional.of(a.patient()), "records.amendment.accept", subject(amendment));
            StoredNote note = DefaultClinicalNotes.load(s, a.note()).value();
            if (note.status() != NoteStatus.SIGNED) {
                throw new ConflictException("MC-REC-041", "note " + a.note() + " is still a draft; its author revises it instead");
            }
            String by = context.principal().userId();
            StoredNote addendum = new StoredNote(a.patient(), note.encounter(), a.note(), "Amendment", text, NoteStatus.SIGNED, by, s.now(),
                    by, s.now(), note.sensitivity());
            Revisions.insert(s, addendumId.asString(), addendum);
            s.publish(new NoteSigned(a.patient(), addendumId, Optional.of(a.note())));
            return finish(s, amendment, expectedVersion, a.accepted(by, s.now(), null, addendumId), AmendmentStatus.ACCEPTED);
        });
    }

    @Override
    public Amendment deny(AccessContext context, AmendmentId amendment, long expectedVersion, String reason) {
        text(reason, "reason");
        return data.inTransaction(context, s -> {
            StoredAmendment a = decide(s, amendment).value();
            s.authorize(Action.UPDATE, category(s, a), Optional.of(a.patient()), "records.amendment.deny", subject(amendment));
            return finish(s, amendment, expectedVersion, a.denied(context.principal().userId(), s.now(), reason.strip()), AmendmentStatus.DENIED);
        });
    }

    @Override
    public Amendment recordDisagreement(AccessContext context, AmendmentId amendment, long expectedVersion, String statement) {
        text(statement, "statement");
        return data.inTransaction(context, s -> {
            StoredAmendment a = load(s, amendment).value();
            s.authorize(Action.UPDATE, category(s, a), Optional.of(a.patient()), "records.amendment.disagreement", subject(amendment));
            Charts.openForWriting(s, a.patient());
            if (a.status() != AmendmentStatus.DENIED) {
                throw new ConflictException("MC-REC-083", "amendment " + amendment + " is " + a.status()
                        + "; a statement of disagreement answers a denial");
            }
            return view(s.update(AMENDMENT, amendment.asString(), expectedVersion, a.withDisagreement(statement.strip())));
        });
    }

    @Override
    public List<Amendment> forEntry(AccessContext context, HistoryEntryId entry) {
        return data.inTransaction(context, s -> {
            StoredEntry target = DefaultMedicalHistory.load(s, entry).value();
            s.authorize(Action.READ, target.item().kind().category(), Optional.of(target.patient()), "records.amendment.list",
                    "history/" + entry);
            care.requireReadable(s, target.patient());
            return list(s, "history/" + entry);
        });
    }

    @Override
    public List<Amendment> forNote(AccessContext context, NoteId note) {
        return data.inTransaction(context, s -> {
            StoredNote target = DefaultClinicalNotes.load(s, note).value();
            s.authorize(Action.READ, DataCategory.NOTES, Optional.of(target.patient()), "records.amendment.list", "note/" + note);
            care.requireReadable(s, target.patient());
            return list(s, "note/" + note);
        });
    }

    private static List<Amendment> list(DataSession s, String target) {
        return ClinicalDocuments.all(s, AMENDMENT, Criteria.all().eq("target", target)).stream().map(DefaultAmendments::view).toList();
    }

    /** Loads an undecided request and locks its patient's chart. */
    private static Versioned<StoredAmendment> decide(DataSession s, AmendmentId amendment) {
        Versioned<StoredAmendment> found = load(s, amendment);
        Charts.openForWriting(s, found.value().patient());
        if (found.value().status() != AmendmentStatus.REQUESTED) {
            throw new ConflictException("MC-REC-081", "amendment " + amendment + " was already " + found.value().status());
        }
        return found;
    }

    private static Amendment finish(DataSession s, AmendmentId id, long expectedVersion, StoredAmendment next, AmendmentStatus status) {
        Versioned<StoredAmendment> saved = s.update(AMENDMENT, id.asString(), expectedVersion, next);
        s.publish(new AmendmentDecided(next.patient(), id, status));
        return view(saved);
    }

    private static DataCategory category(DataSession s, StoredAmendment a) {
        return a.entry() == null ? DataCategory.NOTES
                : s.get(HistoryDocuments.ENTRY, a.entry().asString()).value().item().kind().category();
    }

    private static Versioned<StoredAmendment> load(DataSession s, AmendmentId amendment) {
        return s.find(AMENDMENT, amendment.asString())
                .orElseThrow(() -> new NotFoundException("MC-REC-404", "amendment " + amendment + " was not found in this clinic"));
    }

    private static void text(String value, String field) {
        Violations v = new Violations();
        v.addIf(value == null || value.isBlank(), field, "MC-REC-080", "the text is required");
        DemographicsRules.length(v, field, value, MAX_TEXT);
        v.throwIfAny();
    }

    private static String subject(AmendmentId id) {
        return "amendment/" + id;
    }

    static Amendment view(Versioned<StoredAmendment> v) {
        StoredAmendment a = v.value();
        return new Amendment(AmendmentId.parse(v.id()), v.version(), a.patient(), Optional.ofNullable(a.entry()), Optional.ofNullable(a.note()),
                a.requestedChange(), a.status(), a.requestedBy(), a.requestedAt(), Optional.ofNullable(a.decidedBy()),
                Optional.ofNullable(a.decidedAt()), Optional.ofNullable(a.denialReason()), Optional.ofNullable(a.disagreement()),
                Optional.ofNullable(a.correctionEntry()), Optional.ofNullable(a.correctionNote()));
    }
}
