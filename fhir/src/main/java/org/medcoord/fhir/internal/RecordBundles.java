package org.medcoord.fhir.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Resource;
import org.medcoord.core.code.Coding;
import org.medcoord.fhir.MappingIssue;
import org.medcoord.records.Amendment;
import org.medcoord.records.Bmi;
import org.medcoord.records.ClinicalNote;
import org.medcoord.records.ConsentDirective;
import org.medcoord.records.Encounter;
import org.medcoord.records.HistoryEntry;
import org.medcoord.records.MedicationOrder;
import org.medcoord.records.MedicationOrderId;
import org.medcoord.records.Patient;
import org.medcoord.records.PatientRecord;
import org.medcoord.records.ScheduledDose;

/** Turns a patient's record into FHIR resources, in a stable order: patient first, then by kind. */
final class RecordBundles {

    private RecordBundles() {
    }

    /** Resources of one patient, and the issues met. */
    record Resources(List<Resource> resources, List<MappingIssue> issues) {
    }

    static Resources resources(PatientRecord record, Optional<Bmi> bmi) {
        List<Resource> out = new ArrayList<>();
        List<MappingIssue> issues = new ArrayList<>();
        out.addAll(chart(record.patient(), record.encounters(), record.history(), record.vitals(), bmi, record.medicationOrders()));
        for (ClinicalNote n : record.notes()) {
            out.add(NoteMapping.toFhir(n));
        }
        Map<MedicationOrderId, Coding> drugs = new HashMap<>();
        record.medicationOrders().forEach(o -> drugs.put(o.id(), o.drug()));
        for (ScheduledDose d : record.administrations()) {
            if (d.outcome().isPresent() && drugs.containsKey(d.order())) {
                out.add(MedicationMapping.toFhir(d, drugs.get(d.order())));
            }
        }
        for (ConsentDirective c : record.consents()) {
            out.add(ConsentMapping.toFhir(c));
        }
        for (Amendment a : record.amendments()) {
            out.add(AmendmentMapping.toFhir(a));
        }
        return new Resources(out, issues);
    }

    /** The resources bulk export writes too: patient, encounters, history with provenance, vitals, orders. */
    static List<Resource> chart(Patient patient, List<Encounter> encounters, List<HistoryEntry> history,
                                List<org.medcoord.records.Vital> vitals, Optional<Bmi> bmi, List<MedicationOrder> orders) {
        List<Resource> out = new ArrayList<>();
        out.add(PatientMapping.toFhir(patient));
        for (Encounter e : encounters) {
            out.add(EncounterMapping.toFhir(e));
        }
        for (HistoryEntry e : history) {
            DomainResource r = HistoryMapping.toFhir(e);
            out.add(r);
            out.add(HistoryMapping.provenance(e, r.fhirType()));
        }
        out.addAll(VitalMapping.toFhir(vitals));
        bmi.ifPresent(b -> out.add(VitalMapping.bmi(patient.id(), b)));
        for (MedicationOrder o : orders) {
            out.add(MedicationMapping.toFhir(o));
        }
        return out;
    }

    static Bundle collection(List<Resource> resources, java.time.Instant at) {
        Bundle b = new Bundle();
        b.setType(Bundle.BundleType.COLLECTION);
        b.setTimestampElement(Fhir.instant(at));
        b.setId(java.util.UUID.randomUUID().toString());
        for (Resource r : resources) {
            b.addEntry().setFullUrl(fullUrl(r)).setResource(r);
        }
        return b;
    }

    /** Absolute RESTful full URLs under MedCoord's base, so the relative references inside resolve within the bundle. */
    static String fullUrl(Resource r) {
        return org.medcoord.fhir.FhirSystems.BASE + "/" + r.fhirType() + "/" + r.getIdElement().getIdPart();
    }
}
