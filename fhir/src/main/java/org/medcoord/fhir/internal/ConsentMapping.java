package org.medcoord.fhir.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.DataCategory;
import org.medcoord.fhir.FhirSystems;
import org.medcoord.fhir.MappingIssue;
import org.medcoord.records.ConsentDirective;
import org.medcoord.records.ConsentId;
import org.medcoord.records.ConsentStatus;

/** Disclosure permissions as Consent (scope patient-privacy, an opt-in permit to one recipient for a period). */
final class ConsentMapping {

    static final String RECIPIENT = FhirSystems.BASE + "/sid/recipient";

    private ConsentMapping() {
    }

    static Consent toFhir(ConsentDirective c) {
        var r = new Consent();
        Fhir.meta(r, c.id().asString(), c.version(), Optional.empty());
        r.setStatus(c.status() == ConsentStatus.ACTIVE ? Consent.ConsentState.ACTIVE : Consent.ConsentState.INACTIVE);
        r.setScope(Fhir.concept("http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy", "Privacy Consent"));
        r.addCategory(Fhir.concept(FhirSystems.LOINC, "59284-0", "Patient Consent"));
        r.setPatient(Fhir.patientRef(c.patient()));
        r.setDateTimeElement(Fhir.dateTime(c.from()));
        r.addPolicy().setUri(FhirSystems.BASE + "/policy/disclosure");
        r.addExtension(Fhir.string(Fhir.RECORDED_BY, c.recordedBy()));
        var provision = new Consent.ProvisionComponent();
        provision.setType(Consent.ConsentProvisionType.PERMIT);
        provision.setPeriod(new Period().setStartElement(Fhir.dateTime(c.from())).setEndElement(Fhir.dateTime(c.until())));
        provision.addActor().setRole(Fhir.concept("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP", "information recipient"))
                .setReference(new Reference().setIdentifier(new Identifier().setSystem(RECIPIENT).setValue(c.recipient())));
        c.categories().stream().sorted().forEach(cat -> provision.addCode(Fhir.concept(FhirSystems.CODES, "category-" + cat.name(), null)));
        r.setProvision(provision);
        return r;
    }

    static Optional<ConsentDirective> fromFhir(Consent r, List<MappingIssue> issues) {
        Optional<UUID> id = Fhir.uuid(String.valueOf(Fhir.idPart(r)));
        Optional<PatientId> patient = Fhir.idOf(r.getPatient(), "Patient").flatMap(Fhir::uuid).map(PatientId::new);
        var p = r.getProvision();
        String recipient = p.getActor().stream().map(a -> a.getReference().getIdentifier())
                .filter(i -> RECIPIENT.equals(i.getSystem())).map(Identifier::getValue).findFirst().orElse(null);
        if (id.isEmpty() || patient.isEmpty() || recipient == null || !p.getPeriod().hasStart() || !p.getPeriod().hasEnd()) {
            issues.add(Fhir.error("Consent", "Consent.provision", "MC-FHIR-011",
                    "a MedCoord consent needs its id, patient, one recipient and a period"));
            return Optional.empty();
        }
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        for (var code : p.getCode()) {
            for (var c : code.getCoding()) {
                if (FhirSystems.CODES.equals(c.getSystem()) && c.getCode() != null && c.getCode().startsWith("category-")) {
                    categories.add(DataCategory.valueOf(c.getCode().substring("category-".length())));
                }
            }
        }
        return Optional.of(new ConsentDirective(new ConsentId(id.get()), Fhir.version(r), patient.get(), recipient, categories,
                Fhir.instantOf(p.getPeriod().getStartElement()), Fhir.instantOf(p.getPeriod().getEndElement()),
                r.getStatus() == Consent.ConsentState.ACTIVE ? ConsentStatus.ACTIVE : ConsentStatus.REVOKED,
                Fhir.stringExt(r, Fhir.RECORDED_BY).orElse("")));
    }
}
