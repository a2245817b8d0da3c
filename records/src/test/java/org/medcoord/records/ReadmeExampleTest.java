package org.medcoord.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.MedCoord;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.audit.AuditField;
import org.medcoord.core.audit.AuditTrail;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.code.Coding;

/** The README's records example, kept compiling and working. */
class ReadmeExampleTest {

    private final Clinic clinic = new Clinic();

    @AfterEach
    void close() {
        clinic.close();
    }

    @Test
    void theReadmeExampleRunsAndPrintsThePatientsAuditTrail() {
        MedCoord medcoord = clinic.medcoord;
        AccessContext desk = Clinic.DESK;
        AccessContext nurse = Clinic.NURSE;
        AccessContext doctor = Clinic.DOCTOR;
        AccessContext auditor = Clinic.AUDITOR;
        Instant now = clinic.clock.instant();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        List<ScheduledDose> due;
        try {
            // --- README example starts here ---
            PatientRegistry registry = medcoord.service(PatientRegistry.class);
            MedicalHistory history = medcoord.service(MedicalHistory.class);
            MedicationSchedules mar = medcoord.service(MedicationSchedules.class);
            Amendments amendments = medcoord.service(Amendments.class);

            // Register: the facility issues a unique MRN (NORTH-00000018); the engine enforces it.
            Patient ana = registry.register(desk, RegisterPatient.at("NORTH",
                    Demographics.of(PersonName.of("Ana", "Silva"), LocalDate.of(1980, 5, 17), AdministrativeSex.FEMALE)
                            .withContacts(List.of(ContactPoint.phone("555-201-0001", ContactPoint.Use.MOBILE)))));

            // Record allergies, with provenance.
            HistoryEntry allergy = history.record(nurse, ana.id(), new HistoryItem.Allergy(
                    new Coding(CodeSystems.RXNORM, "7980", "Penicillin G"), "hives", HistoryItem.Severity.SEVERE),
                    EntrySource.PATIENT_REPORTED);

            // Order a medication (allergy and duplicate checks come back as warnings to acknowledge) and list due doses.
            OrderOutcome outcome = mar.order(doctor, new OrderMedication(ana.id(), new Coding(CodeSystems.RXNORM, "6809", "Metformin"),
                    Dose.of("500", "mg"), Route.ORAL, Frequency.parse("BID"), ZoneId.of("America/Chicago"),
                    now, Optional.empty(), "4-west", Set.of()));
            MedicationOrder metformin = outcome.order().orElseThrow();
            due = mar.schedule(nurse, metformin.id(), now, now.plus(Duration.ofDays(1)));

            // Amend an entry: the original stays byte-identical; the correction is linked to the request.
            Amendment request = amendments.request(doctor, allergy.id(), "the reaction was mild");
            amendments.acceptWithCorrection(doctor, request.id(), request.version(), new HistoryItem.Allergy(
                    new Coding(CodeSystems.RXNORM, "7980", "Penicillin G"), "hives", HistoryItem.Severity.MILD));

            // Print the audit report for that patient.
            medcoord.service(AuditTrail.class).report(auditor, Instant.EPOCH, now.plusSeconds(60), AuditField.TIME, true, 1000).stream()
                    .filter(e -> e.event().patient().equals(Optional.of(ana.id())))
                    .forEach(e -> System.out.println(e.event().at() + " " + e.event().userId() + " " + e.event().action()
                            + " " + e.event().category() + " " + e.event().source()));
            // --- README example ends here ---
            assertThat(ana.mrn()).isEqualTo("NORTH-00000018");
        } finally {
            System.setOut(out);
        }
        assertThat(due).hasSize(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("desk-1 CREATE DEMOGRAPHICS records.patient.register",
                "rn-1 CREATE CLINICAL records.history.record", "dr-1 CREATE MEDICATION records.medication.order",
                "dr-1 UPDATE CLINICAL records.amendment.accept");
    }
}
