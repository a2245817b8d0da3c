package org.medcoord.records.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.inject.Inject;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.MedCoordException;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataStore;
import org.medcoord.records.HistoryKind;
import org.medcoord.records.PatientRecord;
import org.medcoord.records.RecordExported;
import org.medcoord.records.RecordExports;
import org.medcoord.records.ScheduledDose;
import org.medcoord.records.Vital;

/** Collects a patient's whole record in one transaction, so the export is a consistent snapshot. */
final class DefaultRecordExports implements RecordExports {

    private static final List<DataCategory> CATEGORIES = List.of(DataCategory.DEMOGRAPHICS, DataCategory.CLINICAL,
            DataCategory.MEDICATION, DataCategory.NOTES, DataCategory.CONSENT);

    /** Configured once; the export format is the record types' public components. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final DataStore data;
    private final CareRelationship care;

    @Inject
    DefaultRecordExports(DataStore data, CareRelationship care) {
        this.care = care;
        this.data = data;
    }

    @Override
    public PatientRecord collect(AccessContext context, PatientId patient) {
        return data.inTransaction(context, s -> {
            for (DataCategory category : CATEGORIES) {
                s.authorize(Action.EXPORT, category, Optional.of(patient), "records.export", DefaultPatientRegistry.subject(patient));
            }
            care.requireReadable(s, patient);
            var p = DefaultPatientRegistry.view(DefaultPatientRegistry.load(s, patient));
            Criteria mine = Criteria.all().eq("patient", patient.asString());
            var history = DefaultMedicalHistory.listAll(s, patient, EnumSet.allOf(HistoryKind.class)).stream()
                    .map(DefaultMedicalHistory::view).toList();
            var encounters = ClinicalDocuments.all(s, ClinicalDocuments.ENCOUNTER, mine).stream().map(DefaultEncounters::view).toList();
            var notes = ClinicalDocuments.all(s, ClinicalDocuments.NOTE, mine).stream().map(DefaultClinicalNotes::view).toList();
            List<Vital> vitals = ClinicalDocuments.all(s, DefaultVitals.VITAL, mine).stream().map(DefaultVitals::view)
                    .sorted(Comparator.comparing(Vital::kind).thenComparing(Vital::takenAt)).toList();
            var orders = ClinicalDocuments.all(s, DefaultMedicationSchedules.ORDER, mine).stream()
                    .map(DefaultMedicationSchedules::view).toList();
            List<ScheduledDose> doses = ClinicalDocuments.all(s, DefaultMedicationSchedules.DOSE, mine).stream()
                    .map(d -> DefaultMedicationSchedules.dose(d.value().order(), patient, d.value().dueAt(), Optional.of(d.value())))
                    .sorted(Comparator.comparing(ScheduledDose::dueAt)).toList();
            var amendments = ClinicalDocuments.all(s, DefaultAmendments.AMENDMENT, mine).stream().map(DefaultAmendments::view).toList();
            var consents = DefaultConsents.directives(s, patient);
            s.publish(new RecordExported(patient, context.principal().userId()));
            return new PatientRecord(p, history, encounters, notes, vitals, orders, doses, amendments, consents, s.now(),
                    context.principal().userId());
        });
    }

    @Override
    public byte[] exportJson(AccessContext context, PatientId patient) {
        PatientRecord record = collect(context, patient);
        try {
            return JSON.writeValueAsBytes(record);
        } catch (JsonProcessingException e) {
            // The message names the type only: the record is PHI.
            throw new MedCoordException("MC-REC-090", "patient " + patient + "'s record could not be written as JSON ("
                    + e.getClass().getSimpleName() + "); report this as a defect", null);
        }
    }
}
