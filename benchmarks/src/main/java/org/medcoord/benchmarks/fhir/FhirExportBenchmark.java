package org.medcoord.benchmarks.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.medcoord.core.InMemoryStorage;
import org.medcoord.core.MedCoord;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.audit.AuditTrail;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.code.Coding;
import org.medcoord.core.data.DataStore;
import org.medcoord.fhir.BulkExportRequest;
import org.medcoord.fhir.BulkExports;
import org.medcoord.fhir.PatientExports;
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
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The FHIR module's exports through its public services on the in-memory engine (access checks, audit and
 * decryption included), each next to HAPI FHIR's own JSON serialisation of the same, already built, resources in
 * the same run: the ratio is the cost of reading the record and mapping it.
 *
 * <ul>
 *   <li>{@code patientBundle*}: one patient with 14 history entries and 12 vital signs (about 45 resources);
 *       operations per second are bundles per second.</li>
 *   <li>{@code bulk*}: 500 patients (demographics, 2 history entries, 2 vital signs each); operations per second are
 *       patients per second.</li>
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar FhirExportBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class FhirExportBenchmark {

    static final int BULK_PATIENTS = 500;
    static final Instant NOW = Instant.parse("2026-11-02T12:00:00Z");
    static final TenantId TENANT = TenantId.of("bench");
    static final AccessContext SYSTEM = AccessContext.of(TENANT, Principal.of("worker", Roles.SYSTEM), PurposeOfUse.OPERATIONS);
    static final AccessContext COPY = AccessContext.of(TENANT, Principal.of("dr-1", Roles.CLINICIAN, Roles.SYSTEM),
            PurposeOfUse.PATIENT_REQUEST);

    MedCoord medcoord;
    PatientId charted;
    Bundle builtBundle;
    List<Resource> builtBulk;
    IParser json;
    Path dir;

    @Setup(Level.Trial)
    public void chart() throws IOException {
        SecureRandom random = new SecureRandom();
        byte[] a = new byte[32];
        byte[] b = new byte[32];
        random.nextBytes(a);
        random.nextBytes(b);
        medcoord = MedCoord.builder().storage(InMemoryStorage.provider()).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .setting("medcoord.keys.encryption", Base64.getEncoder().encodeToString(a))
                .setting("medcoord.keys.token", Base64.getEncoder().encodeToString(b)).build();
        AccessContext admin = AccessContext.of(TENANT, Principal.of("admin", Roles.ADMIN), PurposeOfUse.SYSTEM_ADMINISTRATION);
        // Reads are audited in production; here they would only grow the in-memory trail across iterations.
        medcoord.service(AuditTrail.class).setReadAuditing(admin, false, "benchmark");
        PatientRegistry registry = medcoord.service(PatientRegistry.class);
        MedicalHistory history = medcoord.service(MedicalHistory.class);
        Vitals vitals = medcoord.service(Vitals.class);
        medcoord.service(DataStore.class).inTransaction(SYSTEM, s -> {
            for (int i = 0; i < BULK_PATIENTS; i++) {
                PatientId p = registry.register(SYSTEM, RegisterPatient.at("MAIN", Demographics.of(PersonName.of("Given" + i, "Family" + i),
                        LocalDate.of(1950 + i % 50, 1 + i % 12, 1 + i % 28), AdministrativeSex.values()[i % 4]))).id();
                int entries = i == 0 ? 14 : 2;
                for (int k = 0; k < entries; k++) {
                    history.record(SYSTEM, p, new HistoryItem.Problem(new Coding(CodeSystems.ICD_10_CM, "E11." + (k % 10), null),
                            LocalDate.of(2020, 1, 1).plusDays(k)), EntrySource.CLINICIAN);
                }
                int taken = i == 0 ? 6 : 1;
                for (int k = 0; k < taken; k++) {
                    Instant at = NOW.minus(Duration.ofHours(k + 1));
                    vitals.record(SYSTEM, p, VitalKind.HEART_RATE, BigDecimal.valueOf(60 + k), "/min", at, Optional.empty());
                    vitals.record(SYSTEM, p, VitalKind.WEIGHT, new BigDecimal("70.5"), "kg", at, Optional.empty());
                }
                if (i == 0) {
                    charted = p;
                }
            }
            return null;
        });
        json = FhirContext.forR4Cached().newJsonParser();
        builtBundle = medcoord.service(PatientExports.class).export(COPY, charted).bundle();
        dir = Files.createTempDirectory("fhir-bench");
        medcoord.service(BulkExports.class).export(SYSTEM, BulkExportRequest.into(dir));
        builtBulk = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".ndjson")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    builtBulk.add((Resource) json.parseResource(line));
                }
            }
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        medcoord.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Ours: read the record through records (checked, decrypted), map it, serialise the bundle. */
    @Benchmark
    public byte[] patientBundleExport() {
        return medcoord.service(PatientExports.class).exportJson(COPY, charted);
    }

    /** HAPI: serialise the same bundle, already built. */
    @Benchmark
    public String patientBundleHapiJsonOnly() {
        return json.encodeResourceToString(builtBundle);
    }

    /** Ours: every patient of the tenant to NDJSON files; operations are patients. */
    @Benchmark
    @OperationsPerInvocation(BULK_PATIENTS)
    public long bulkExport() {
        return medcoord.service(BulkExports.class).export(SYSTEM, BulkExportRequest.into(dir)).patientsExported();
    }

    /** HAPI: serialise the same resources, already built, one per line; operations are patients. */
    @Benchmark
    @OperationsPerInvocation(BULK_PATIENTS)
    public long bulkHapiJsonOnly() {
        long chars = 0;
        for (Resource r : builtBulk) {
            chars += json.encodeResourceToString(r).length() + 1;
        }
        return chars;
    }
}
