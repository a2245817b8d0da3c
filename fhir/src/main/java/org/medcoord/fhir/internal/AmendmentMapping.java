package org.medcoord.fhir.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.medcoord.core.PatientId;
import org.medcoord.fhir.FhirSystems;
import org.medcoord.fhir.MappingIssue;
import org.medcoord.records.Amendment;
import org.medcoord.records.AmendmentId;
import org.medcoord.records.AmendmentStatus;
import org.medcoord.records.HistoryEntryId;
import org.medcoord.records.NoteId;

/**
 * HIPAA amendment requests (45 CFR 164.526) as FHIR Tasks. R4 has no Amendment resource; a request to change a
 * record, decided by the clinic, is what a Task with code {@code change} (CodeSystem task-code: "update the focal
 * resource ... to reflect the content specified") describes, and its lifecycle matches: requested, then
 * {@code completed} when accepted (the correction is made at acceptance) or {@code rejected} when denied. A vendor
 * finds the request with {@code Task?code=change&for=Patient/...}, the amended resource in {@code focus}, the
 * correction in {@code output}. Provenance was not chosen (it records who did what, not a pending request), nor a
 * DocumentReference with relatesTo (that links the corrected document, which the note addendum already does).
 *
 * <p>Fields: id and version as the resource's id and meta.versionId; {@code for} the patient; {@code focus} the
 * amended note (DocumentReference) or history entry (a logical reference by identifier: the entry's FHIR type
 * depends on its kind); {@code description} the requested change; {@code requester} and {@code authoredOn} who
 * filed it and when; {@code owner} and {@code lastModified} who decided and when; {@code statusReason} the denial
 * reason; a {@code note} authored by the patient the statement of disagreement; {@code output} (type
 * {@code correction}) the correcting entry or addendum.
 */
final class AmendmentMapping {

    static final String HISTORY_ENTRY = FhirSystems.BASE + "/sid/history-entry";
    static final String TASK_CODES = "http://hl7.org/fhir/CodeSystem/task-code";

    private AmendmentMapping() {
    }

    static Task toFhir(Amendment a) {
        Task t = new Task();
        Fhir.meta(t, a.id().asString(), a.version(), Optional.empty());
        t.setStatus(switch (a.status()) {
            case REQUESTED -> Task.TaskStatus.REQUESTED;
            case ACCEPTED -> Task.TaskStatus.COMPLETED;
            case DENIED -> Task.TaskStatus.REJECTED;
        });
        t.setIntent(Task.TaskIntent.PROPOSAL);
        t.setCode(Fhir.concept(TASK_CODES, "change", "Change the focal resource"));
        t.setFor(Fhir.patientRef(a.patient()));
        a.note().ifPresent(n -> t.setFocus(noteRef(n)));
        a.entry().ifPresent(e -> t.setFocus(entryRef(e)));
        t.setDescription(a.requestedChange());
        t.setRequester(Fhir.userRef(a.requestedBy()));
        t.setAuthoredOnElement(Fhir.dateTime(a.requestedAt()));
        a.decidedBy().ifPresent(by -> t.setOwner(Fhir.userRef(by)));
        a.decidedAt().ifPresent(at -> t.setLastModifiedElement(Fhir.dateTime(at)));
        a.denialReason().ifPresent(r -> t.setStatusReason(new CodeableConcept().setText(r)));
        a.disagreement().ifPresent(d -> t.addNote(new Annotation().setText(d).setAuthor(Fhir.patientRef(a.patient()))));
        CodeableConcept correction = Fhir.concept(FhirSystems.CODES, "correction", "Correction made on accepting the amendment");
        a.correctionEntry().ifPresent(e -> t.addOutput().setType(correction).setValue(entryRef(e)));
        a.correctionNote().ifPresent(n -> t.addOutput().setType(correction).setValue(noteRef(n)));
        return t;
    }

    static Optional<Amendment> fromFhir(Task t, List<MappingIssue> issues) {
        Optional<UUID> id = Fhir.uuid(String.valueOf(Fhir.idPart(t)));
        Optional<PatientId> patient = Fhir.idOf(t.getFor(), "Patient").flatMap(Fhir::uuid).map(PatientId::new);
        boolean change = t.getCode().getCoding().stream().anyMatch(c -> TASK_CODES.equals(c.getSystem()) && "change".equals(c.getCode()));
        AmendmentStatus status = switch (t.getStatus() == null ? Task.TaskStatus.NULL : t.getStatus()) {
            case REQUESTED -> AmendmentStatus.REQUESTED;
            case COMPLETED -> AmendmentStatus.ACCEPTED;
            case REJECTED -> AmendmentStatus.DENIED;
            default -> null;
        };
        if (id.isEmpty() || patient.isEmpty() || !change || status == null || !t.hasAuthoredOn() || !t.hasRequester()) {
            issues.add(Fhir.error("Task", "Task", "MC-FHIR-011", "a MedCoord amendment request is a Task with code change, status requested, "
                    + "completed or rejected, its id, patient (for), requester and authoredOn"));
            return Optional.empty();
        }
        Optional<Reference> correctionEntry = Optional.empty();
        Optional<Reference> correctionNote = Optional.empty();
        for (Task.TaskOutputComponent o : t.getOutput()) {
            if (o.getValue() instanceof Reference r) {
                if (isNote(r)) {
                    correctionNote = Optional.of(r);
                } else {
                    correctionEntry = Optional.of(r);
                }
            }
        }
        Reference focus = t.hasFocus() ? t.getFocus() : null;
        return Optional.of(new Amendment(new AmendmentId(id.get()), Fhir.version(t), patient.get(),
                focus != null && !isNote(focus) ? entryId(focus) : Optional.empty(),
                focus != null && isNote(focus) ? noteId(focus) : Optional.empty(),
                t.getDescription() == null ? "" : t.getDescription(), status, t.getRequester().getIdentifier().getValue(),
                Fhir.instantOf(t.getAuthoredOnElement()),
                t.hasOwner() ? Optional.ofNullable(t.getOwner().getIdentifier().getValue()) : Optional.empty(),
                t.hasLastModified() ? Optional.of(Fhir.instantOf(t.getLastModifiedElement())) : Optional.empty(),
                t.hasStatusReason() ? Optional.ofNullable(t.getStatusReason().getText()) : Optional.empty(),
                t.getNote().stream().map(Annotation::getText).findFirst(),
                correctionEntry.flatMap(AmendmentMapping::entryId), correctionNote.flatMap(AmendmentMapping::noteId)));
    }

    private static Reference noteRef(NoteId note) {
        return new Reference("DocumentReference/" + note.asString());
    }

    private static Reference entryRef(HistoryEntryId entry) {
        return new Reference().setIdentifier(new Identifier().setSystem(HISTORY_ENTRY).setValue(entry.asString()));
    }

    private static boolean isNote(Reference r) {
        return Fhir.idOf(r, "DocumentReference").isPresent();
    }

    private static Optional<NoteId> noteId(Reference r) {
        return Fhir.idOf(r, "DocumentReference").flatMap(Fhir::uuid).map(NoteId::new);
    }

    private static Optional<HistoryEntryId> entryId(Reference r) {
        return HISTORY_ENTRY.equals(r.getIdentifier().getSystem()) ? Fhir.uuid(r.getIdentifier().getValue()).map(HistoryEntryId::new) : Optional.empty();
    }
}
