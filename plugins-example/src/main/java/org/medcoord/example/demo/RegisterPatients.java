package org.medcoord.example.demo;

import java.time.LocalDate;
import java.util.List;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.code.Coding;
import org.medcoord.core.data.ResultPage;
import org.medcoord.records.AddCareTeamMember;
import org.medcoord.records.AdministrativeSex;
import org.medcoord.records.CareTeams;
import org.medcoord.records.ContactPoint;
import org.medcoord.records.Demographics;
import org.medcoord.records.ExternalIdentifier;
import org.medcoord.records.HistoryEntry;
import org.medcoord.records.HistoryItem;
import org.medcoord.records.IntakeForm;
import org.medcoord.records.MedicalHistory;
import org.medcoord.records.PageRequest;
import org.medcoord.records.Patient;
import org.medcoord.records.PatientRegistry;
import org.medcoord.records.PersonName;
import org.medcoord.records.RegisterPatient;

/**
 * The clinic's six (fictional) patients: registered with their intake history on the first run, found by
 * the clinic's own patient number (an external identifier, unique per tenant) on later runs. Both doctors
 * join each patient's care team, so that they may read the chart.
 */
final class RegisterPatients implements Step {

    /** The clinic's own patient numbers, P-01 to P-06. */
    static final String PATIENT_NUMBER = "urn:example:north-clinic:patient-number";

    record Person(String key, String given, String family, LocalDate born, AdministrativeSex sex, String phone, IntakeForm intake) {
    }

    static final Coding PENICILLIN = new Coding(CodeSystems.RXNORM, "7980", "Penicillin G");

    static final List<Person> ROSTER = List.of(
            new Person("P-01", "Ana", "Silva", LocalDate.of(1980, 5, 17), AdministrativeSex.FEMALE, "555-201-0001", intake(
                    List.of(new IntakeForm.AllergyAnswer(PENICILLIN, "hives", HistoryItem.Severity.SEVERE)),
                    List.of(new Coding(CodeSystems.ICD_10_CM, "I10", "Essential hypertension")),
                    List.of(new IntakeForm.MedicationAnswer(new Coding(CodeSystems.RXNORM, "29046", "Lisinopril"), "10 mg daily")),
                    IntakeForm.Tobacco.NEVER)),
            new Person("P-02", "Ben", "Carter", LocalDate.of(1975, 9, 2), AdministrativeSex.MALE, "555-201-0002", intake(
                    List.of(),
                    List.of(new Coding(CodeSystems.ICD_10_CM, "E11.9", "Type 2 diabetes mellitus without complications")),
                    List.of(new IntakeForm.MedicationAnswer(new Coding(CodeSystems.RXNORM, "6809", "Metformin"), "500 mg twice daily")),
                    IntakeForm.Tobacco.FORMER)),
            new Person("P-03", "Chloe", "Nguyen", LocalDate.of(1992, 1, 23), AdministrativeSex.FEMALE, "555-201-0003", intake(
                    List.of(new IntakeForm.AllergyAnswer(new Coding(CodeSystems.RXNORM, "1191", "Aspirin"), "wheezing",
                            HistoryItem.Severity.MODERATE)),
                    List.of(new Coding(CodeSystems.ICD_10_CM, "J45.909", "Unspecified asthma, uncomplicated")),
                    List.of(), IntakeForm.Tobacco.NEVER)),
            new Person("P-04", "David", "Osei", LocalDate.of(1961, 11, 30), AdministrativeSex.MALE, "555-201-0004", intake(
                    List.of(), List.of(new Coding(CodeSystems.ICD_10_CM, "K57.30", "Diverticulosis of large intestine")),
                    List.of(), IntakeForm.Tobacco.CURRENT)),
            new Person("P-05", "Elena", "Petrova", LocalDate.of(1988, 4, 11), AdministrativeSex.FEMALE, "555-201-0005", intake(
                    List.of(), List.of(), List.of(), IntakeForm.Tobacco.NEVER)),
            new Person("P-06", "Farid", "Haddad", LocalDate.of(1970, 7, 7), AdministrativeSex.MALE, "555-201-0006", intake(
                    List.of(), List.of(new Coding(CodeSystems.ICD_10_CM, "M54.50", "Low back pain, unspecified")),
                    List.of(), IntakeForm.Tobacco.NEVER)));

    private static IntakeForm intake(List<IntakeForm.AllergyAnswer> allergies, List<Coding> conditions,
                                     List<IntakeForm.MedicationAnswer> medications, IntakeForm.Tobacco tobacco) {
        return new IntakeForm(allergies, conditions, medications, List.of(), List.of(), tobacco, IntakeForm.Alcohol.MONTHLY_OR_LESS,
                List.of());
    }

    @Override
    public String title() {
        return "Patients: registration and intake history";
    }

    @Override
    public void run(Day day) {
        day.at(7, 0);
        PatientRegistry registry = day.service(PatientRegistry.class);
        MedicalHistory history = day.service(MedicalHistory.class);
        CareTeams careTeams = day.service(CareTeams.class);
        DayReport.Table table = day.report.table("no.", "patient", "born", "history entries", "");
        int registered = 0;
        int done = 0;
        for (Person person : ROSTER) {
            ExternalIdentifier number = new ExternalIdentifier(PATIENT_NUMBER, person.key());
            ResultPage<Patient> found = registry.findByIdentifier(day.desk, number, PageRequest.first(1));
            Patient patient;
            String status;
            if (found.items().isEmpty()) {
                patient = registry.register(day.desk, RegisterPatient.at(Day.FACILITY,
                        Demographics.of(PersonName.of(person.given(), person.family()), person.born(), person.sex())
                                .withContacts(List.of(ContactPoint.phone(person.phone(), ContactPoint.Use.MOBILE))))
                        .withIdentifiers(List.of(number)));
                careTeams.add(day.coordinator, patient.id(), AddCareTeamMember.practitioner("dr-okafor"));
                careTeams.add(day.coordinator, patient.id(), AddCareTeamMember.practitioner("dr-lee"));
                history.recordIntake(day.nurse, patient.id(), person.intake());
                registered++;
                status = "registered, intake recorded";
            } else {
                patient = found.items().get(0);
                status = "found by patient number";
            }
            day.patients.put(person.key(), patient);
            List<HistoryEntry> entries = history.list(day.nurse, patient.id(), java.util.Set.of());
            table.row(person.key(), day.label(person.key()), person.born(), entries.size(), status);
            day.report.progress("patients", ++done, ROSTER.size());
        }
        table.print();
        day.count("patients registered", registered);
    }
}
