package org.medcoord.fhir.internal;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Reference;
import org.medcoord.core.PatientId;
import org.medcoord.fhir.FhirSystems;
import org.medcoord.fhir.MappingIssue;
import org.medcoord.records.ClinicalNote;
import org.medcoord.records.EncounterId;
import org.medcoord.records.NoteId;
import org.medcoord.records.NoteStatus;
import org.medcoord.records.SensitiveCategory;

/** Clinical notes and addenda as DocumentReference (LOINC 11506-3 progress note, plain text attachment). */
final class NoteMapping {

    static final String SIGNED_BY = FhirSystems.extension("signed-by");
    static final String SIGNED_AT = FhirSystems.extension("signed-at");
    static final String CREATED_AT = FhirSystems.extension("created-at");

    private NoteMapping() {
    }

    static DocumentReference toFhir(ClinicalNote n) {
        var r = new DocumentReference();
        Fhir.meta(r, n.id().asString(), n.version(), Optional.empty());
        for (SensitiveCategory c : n.sensitivity()) {
            r.getMeta().addSecurity(HistoryMapping.ACT_CODE, HistoryMapping.securityCode(c), null);
        }
        r.setStatus(DocumentReferenceStatus.CURRENT);
        r.setDocStatus(n.status() == NoteStatus.SIGNED ? DocumentReference.ReferredDocumentStatus.FINAL
                : DocumentReference.ReferredDocumentStatus.PRELIMINARY);
        r.setType(Fhir.concept(FhirSystems.LOINC, "11506-3", "Progress note"));
        r.setSubject(Fhir.patientRef(n.patient()));
        r.setDateElement(Fhir.instant(n.signedAt().orElse(n.createdAt())));
        r.addAuthor(Fhir.userRef(n.author()));
        n.signedBy().ifPresent(by -> r.setAuthenticator(Fhir.userRef(by)));
        n.signedBy().ifPresent(by -> r.addExtension(Fhir.string(SIGNED_BY, by)));
        n.signedAt().ifPresent(at -> r.addExtension(new Extension(SIGNED_AT, Fhir.dateTime(at))));
        r.addExtension(new Extension(CREATED_AT, Fhir.dateTime(n.createdAt())));
        r.setDescription(n.title());
        n.addendumTo().ifPresent(a -> r.addRelatesTo().setCode(DocumentReference.DocumentRelationshipType.APPENDS)
                .setTarget(new Reference("DocumentReference/" + a.asString())));
        r.addContent().setAttachment(new Attachment().setContentType("text/plain; charset=utf-8")
                .setData(n.text().getBytes(StandardCharsets.UTF_8)).setTitle(n.title()));
        n.encounter().ifPresent(e -> r.getContext().addEncounter(new Reference("Encounter/" + e.asString())));
        return r;
    }

    static Optional<ClinicalNote> fromFhir(DocumentReference r, List<MappingIssue> issues) {
        Optional<UUID> id = Fhir.uuid(String.valueOf(Fhir.idPart(r)));
        Optional<PatientId> patient = Fhir.idOf(r.getSubject(), "Patient").flatMap(Fhir::uuid).map(PatientId::new);
        var created = r.getExtensionByUrl(CREATED_AT);
        if (id.isEmpty() || patient.isEmpty() || created == null || !r.hasContent() || r.getAuthor().isEmpty()) {
            issues.add(Fhir.error("DocumentReference", "DocumentReference", "MC-FHIR-011",
                    "a MedCoord note needs its id, patient, author, creation time and text"));
            return Optional.empty();
        }
        Set<SensitiveCategory> sensitivity = EnumSet.noneOf(SensitiveCategory.class);
        for (var s : r.getMeta().getSecurity()) {
            for (SensitiveCategory c : SensitiveCategory.values()) {
                if (HistoryMapping.ACT_CODE.equals(s.getSystem()) && HistoryMapping.securityCode(c).equals(s.getCode())) {
                    sensitivity.add(c);
                }
            }
        }
        var signedAt = r.getExtensionByUrl(SIGNED_AT);
        return Optional.of(new ClinicalNote(new NoteId(id.get()), Fhir.version(r), patient.get(),
                r.getContext().getEncounter().stream().map(e -> Fhir.idOf(e, "Encounter")).flatMap(Optional::stream).map(Fhir::uuid)
                        .flatMap(Optional::stream).findFirst().map(EncounterId::new),
                r.getRelatesTo().stream().map(x -> Fhir.idOf(x.getTarget(), "DocumentReference")).flatMap(Optional::stream).map(Fhir::uuid)
                        .flatMap(Optional::stream).findFirst().map(NoteId::new),
                r.getDescription() == null ? "" : r.getDescription(),
                new String(r.getContentFirstRep().getAttachment().getData(), StandardCharsets.UTF_8),
                r.getDocStatus() == DocumentReference.ReferredDocumentStatus.FINAL ? NoteStatus.SIGNED : NoteStatus.DRAFT,
                r.getAuthorFirstRep().getIdentifier().getValue(),
                ((org.hl7.fhir.r4.model.DateTimeType) created.getValue()).getValue().toInstant(),
                Fhir.stringExt(r, SIGNED_BY),
                signedAt == null ? Optional.empty() : Optional.of(((org.hl7.fhir.r4.model.DateTimeType) signedAt.getValue()).getValue().toInstant()),
                sensitivity));
    }
}
