package org.medcoord.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.data.DataStore;
import org.medcoord.fhir.PatientBundle;
import org.medcoord.fhir.PatientExports;
import org.medcoord.records.PatientRecord;
import org.medcoord.records.RecordExports;
import org.medcoord.records.Vitals;

/** Collects the record through records' export (audited), audits the disclosure, and maps it, all in one transaction. */
final class DefaultPatientExports implements PatientExports {

    static final String SOURCE = "fhir.patient-export";
    private static final List<DataCategory> DISCLOSED = List.of(DataCategory.DEMOGRAPHICS, DataCategory.CLINICAL,
            DataCategory.MEDICATION, DataCategory.NOTES, DataCategory.CONSENT);

    private final DataStore data;
    private final RecordExports exports;
    private final Vitals vitals;
    private final FhirContext fhir;

    DefaultPatientExports(DataStore data, RecordExports exports, Vitals vitals, FhirContext fhir) {
        this.data = data;
        this.exports = exports;
        this.vitals = vitals;
        this.fhir = fhir;
    }

    @Override
    public PatientBundle export(AccessContext context, PatientId patient) {
        return data.inTransaction(context, s -> {
            for (DataCategory category : DISCLOSED) {
                s.authorize(Action.DISCLOSE, category, Optional.of(patient), SOURCE, "patient/" + patient.asString());
            }
            PatientRecord record = exports.collect(context, patient);
            var resources = RecordBundles.resources(record, vitals.bmi(context, patient));
            return new PatientBundle(RecordBundles.collection(resources.resources(), record.exportedAt()), resources.issues());
        });
    }

    @Override
    public byte[] exportJson(AccessContext context, PatientId patient) {
        PatientBundle bundle = export(context, patient);
        return fhir.newJsonParser().encodeResourceToString(bundle.bundle()).getBytes(StandardCharsets.UTF_8);
    }
}
