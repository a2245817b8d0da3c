package org.medcoord.records.internal;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import org.medcoord.records.Amendments;
import org.medcoord.records.CareTeams;
import org.medcoord.records.ClinicalNotes;
import org.medcoord.records.Consents;
import org.medcoord.records.Encounters;
import org.medcoord.records.MedicalHistory;
import org.medcoord.records.MedicationSchedules;
import org.medcoord.records.PatientRegistry;
import org.medcoord.records.RecordExports;
import org.medcoord.records.Vitals;

/** Binds the records services to their implementations; public so that the API's RecordsModule can install it. */
public final class RecordsBindings extends AbstractModule {

    @Override
    protected void configure() {
        bind(PatientRegistry.class).to(DefaultPatientRegistry.class).in(Singleton.class);
        bind(Encounters.class).to(DefaultEncounters.class).in(Singleton.class);
        bind(ClinicalNotes.class).to(DefaultClinicalNotes.class).in(Singleton.class);
        bind(Consents.class).to(DefaultConsents.class).in(Singleton.class);
        bind(Vitals.class).to(DefaultVitals.class).in(Singleton.class);
        bind(MedicationSchedules.class).to(DefaultMedicationSchedules.class).in(Singleton.class);
        bind(Amendments.class).to(DefaultAmendments.class).in(Singleton.class);
        bind(RecordExports.class).to(DefaultRecordExports.class).in(Singleton.class);
        bind(MedicalHistory.class).to(DefaultMedicalHistory.class).in(Singleton.class);
        bind(CareTeams.class).to(DefaultCareTeams.class).in(Singleton.class);
    }
}
