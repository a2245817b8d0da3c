package org.medcoord.fhir.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.medcoord.core.PatientId;
import org.medcoord.fhir.MappingIssue;
import org.medcoord.records.Encounter;
import org.medcoord.records.EncounterClass;
import org.medcoord.records.EncounterId;
import org.medcoord.records.EncounterStatus;

/** Encounters both ways; the class is HL7 v3 ActCode (AMB, EMER, IMP, VR, HH). */
final class EncounterMapping {

    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    private EncounterMapping() {
    }

    static org.hl7.fhir.r4.model.Encounter toFhir(Encounter e) {
        var r = new org.hl7.fhir.r4.model.Encounter();
        Fhir.meta(r, e.id().asString(), e.version(), Optional.empty());
        r.setStatus(e.status() == EncounterStatus.FINISHED ? org.hl7.fhir.r4.model.Encounter.EncounterStatus.FINISHED
                : org.hl7.fhir.r4.model.Encounter.EncounterStatus.INPROGRESS);
        r.setClass_(switch (e.encounterClass()) {
            case AMBULATORY -> new org.hl7.fhir.r4.model.Coding(ACT_CODE, "AMB", "ambulatory");
            case EMERGENCY -> new org.hl7.fhir.r4.model.Coding(ACT_CODE, "EMER", "emergency");
            case INPATIENT -> new org.hl7.fhir.r4.model.Coding(ACT_CODE, "IMP", "inpatient encounter");
            case VIRTUAL -> new org.hl7.fhir.r4.model.Coding(ACT_CODE, "VR", "virtual");
            case HOME -> new org.hl7.fhir.r4.model.Coding(ACT_CODE, "HH", "home health");
        });
        r.setSubject(Fhir.patientRef(e.patient()));
        Period period = new Period().setStartElement(Fhir.dateTime(e.start()));
        e.end().ifPresent(end -> period.setEndElement(Fhir.dateTime(end)));
        r.setPeriod(period);
        if (e.reason() != null && !e.reason().isEmpty()) {
            r.addReasonCode(new CodeableConcept().setText(e.reason()));
        }
        e.appointment().ifPresent(a -> r.addAppointment(new Reference("Appointment/" + a)));
        r.addParticipant().setIndividual(Fhir.userRef(e.openedBy()));
        return r;
    }

    static Optional<Encounter> fromFhir(org.hl7.fhir.r4.model.Encounter r, List<MappingIssue> issues) {
        Optional<UUID> id = Fhir.uuid(String.valueOf(Fhir.idPart(r)));
        Optional<PatientId> patient = Fhir.idOf(r.getSubject(), "Patient").flatMap(Fhir::uuid).map(PatientId::new);
        if (id.isEmpty()) {
            issues.add(Fhir.error("Encounter", "Encounter.id", "MC-FHIR-010", "not a MedCoord encounter id (a UUID)"));
        }
        if (patient.isEmpty()) {
            issues.add(Fhir.error("Encounter", "Encounter.subject", "MC-FHIR-011", "the encounter names no MedCoord patient"));
        }
        EncounterClass cls = switch (String.valueOf(r.getClass_().getCode())) {
            case "AMB" -> EncounterClass.AMBULATORY;
            case "EMER" -> EncounterClass.EMERGENCY;
            case "IMP", "ACUTE", "NONAC", "OBSENC", "PRENC", "SS" -> EncounterClass.INPATIENT;
            case "VR" -> EncounterClass.VIRTUAL;
            case "HH" -> EncounterClass.HOME;
            default -> null;
        };
        if (cls == null) {
            issues.add(Fhir.error("Encounter", "Encounter.class", "MC-FHIR-012", "an encounter class of v3 ActCode AMB, EMER, IMP, VR or HH"));
        }
        if (!r.getPeriod().hasStart()) {
            issues.add(Fhir.error("Encounter", "Encounter.period.start", "MC-FHIR-011", "an encounter needs a start"));
        }
        if (id.isEmpty() || patient.isEmpty() || cls == null || !r.getPeriod().hasStart()) {
            return Optional.empty();
        }
        EncounterStatus status = r.getStatus() == org.hl7.fhir.r4.model.Encounter.EncounterStatus.FINISHED ? EncounterStatus.FINISHED
                : EncounterStatus.IN_PROGRESS;
        String reason = r.getReasonCode().stream().map(CodeableConcept::getText).filter(t -> t != null).findFirst().orElse("");
        Optional<UUID> appointment = r.getAppointment().stream().map(a -> Fhir.idOf(a, "Appointment")).flatMap(Optional::stream)
                .map(Fhir::uuid).flatMap(Optional::stream).findFirst();
        String openedBy = r.getParticipant().stream().map(p -> p.getIndividual().getIdentifier().getValue()).filter(v -> v != null)
                .findFirst().orElse("");
        return Optional.of(new Encounter(new EncounterId(id.get()), Fhir.version(r), patient.get(), cls, status,
                Fhir.instantOf(r.getPeriod().getStartElement()),
                r.getPeriod().hasEnd() ? Optional.of(Fhir.instantOf(r.getPeriod().getEndElement())) : Optional.empty(), reason, appointment,
                openedBy));
    }
}
