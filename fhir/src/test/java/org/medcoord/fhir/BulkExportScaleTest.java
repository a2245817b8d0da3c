package org.medcoord.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.audit.AuditTrail;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.code.Coding;
import org.medcoord.core.data.DataStore;
import org.medcoord.records.AdministrativeSex;
import org.medcoord.records.Demographics;
import org.medcoord.records.EntrySource;
import org.medcoord.records.HistoryItem;
import org.medcoord.records.MedicalHistory;
import org.medcoord.records.PatientRegistry;
import org.medcoord.records.PersonName;
import org.medcoord.records.RegisterPatient;
import org.medcoord.records.VitalKind;
import org.medcoord.records.Vitals;

/**
 * 10,000 generated patients exported under a heap cap: this class runs in its own surefire execution with
 * {@code -Xmx256m} (see the module's pom), so an exporter that held the tenant's resources in memory would fail.
 */
@Tag("heap-capped")
@DisplayName("Bulk export of 10,000 patients under a 256 MB heap")
class BulkExportScaleTest {

    static final int PATIENTS = 10_000;

    @Test
    void tenThousandPatientsExportWithFlatMemory(@TempDir Path dir) throws Exception {
        try (Clinic clinic = new Clinic()) {
            clinic.clock.advance(Duration.ofDays(1));
            AccessContext admin = AccessContext.of(Clinic.TENANT, Principal.of("admin-1", Roles.ADMIN), PurposeOfUse.SYSTEM_ADMINISTRATION);
            // Reads are not what this test is about: 120,000 audited reads would only grow the in-memory engine's trail.
            clinic.service(AuditTrail.class).setReadAuditing(admin, false, "bulk export scale test");
            DataStore data = clinic.service(DataStore.class);
            PatientRegistry registry = clinic.service(PatientRegistry.class);
            MedicalHistory history = clinic.service(MedicalHistory.class);
            Vitals vitals = clinic.service(Vitals.class);
            long generation = System.nanoTime();
            for (int batch = 0; batch < PATIENTS / 500; batch++) {
                int first = batch * 500;
                data.inTransaction(Clinic.SYSTEM, s -> {
                    for (int i = first; i < first + 500; i++) {
                        var p = registry.register(Clinic.SYSTEM, RegisterPatient.at("MAIN", Demographics.of(
                                PersonName.of("Given" + i, "Family" + (i % 997)), LocalDate.of(1940 + i % 70, 1 + i % 12, 1 + i % 28),
                                AdministrativeSex.values()[i % 4])));
                        if (i % 2 == 0) {
                            history.record(Clinic.SYSTEM, p.id(), new HistoryItem.Allergy(new Coding(CodeSystems.RXNORM, "7980", "Penicillin G"),
                                    "hives", HistoryItem.Severity.MILD), EntrySource.CLINICIAN);
                        }
                        if (i % 10 == 0) {
                            vitals.record(Clinic.SYSTEM, p.id(), VitalKind.HEART_RATE, BigDecimal.valueOf(60 + i % 40), "/min",
                                    clinic.clock.instant().minusSeconds(3600), Optional.empty());
                        }
                    }
                    return null;
                });
            }
            System.out.printf("generated %d patients in %.1f s%n", PATIENTS, (System.nanoTime() - generation) / 1e9);
            var memory = ManagementFactory.getMemoryMXBean();
            List<Long> heapAfterGc = new ArrayList<>();
            long started = System.nanoTime();

            BulkExportResult result = clinic.service(BulkExports.class).export(Clinic.SYSTEM, BulkExportRequest.into(dir).withPageSize(1000)
                    .withListener(progress -> {
                        if (progress.patientsExported() % 2000 < 300) {
                            System.gc();
                            heapAfterGc.add(memory.getHeapMemoryUsage().getUsed());
                        }
                    }));

            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(result.patientsExported()).isEqualTo(PATIENTS);
            assertThat(Files.lines(dir.resolve("Patient.ndjson")).count()).isEqualTo(PATIENTS);
            assertThat(Files.lines(dir.resolve("AllergyIntolerance.ndjson")).count()).isEqualTo(PATIENTS / 2);
            assertThat(Files.lines(dir.resolve("Observation.ndjson")).count()).isEqualTo(PATIENTS / 10);
            assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(256L * 1024 * 1024);
            // Flat: what the heap holds after a collection hardly grows from the first checkpoints to the last.
            assertThat(heapAfterGc).hasSizeGreaterThan(2);
            long growth = heapAfterGc.get(heapAfterGc.size() - 1) - heapAfterGc.get(0);
            assertThat(growth).isLessThan(32L * 1024 * 1024);
            System.out.printf("bulk export: %d patients in %.1f s (%.0f patients/s), heap after GC %s MB%n", PATIENTS, seconds,
                    PATIENTS / seconds, heapAfterGc.stream().map(b -> b / (1024 * 1024)).toList());
        }
    }
}
