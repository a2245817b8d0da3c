package org.medcoord.testkit.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.medcoord.core.AccessDeniedException;
import org.medcoord.core.ConflictException;
import org.medcoord.core.MedCoord;
import org.medcoord.core.MedCoordException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.TenantId;
import org.medcoord.core.VersionConflictException;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.audit.AuditField;
import org.medcoord.core.audit.AuditOutcome;
import org.medcoord.core.audit.AuditTrail;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.code.Coding;
import org.medcoord.core.spi.storage.StorageProvider;
import org.medcoord.records.AddCareTeamMember;
import org.medcoord.records.AdministrationOutcome;
import org.medcoord.records.AdministrativeSex;
import org.medcoord.records.CareTeams;
import org.medcoord.records.Consents;
import org.medcoord.records.Demographics;
import org.medcoord.records.Dose;
import org.medcoord.records.EntrySource;
import org.medcoord.records.EntryStatus;
import org.medcoord.records.ExternalIdentifier;
import org.medcoord.records.Frequency;
import org.medcoord.records.HistoryEntry;
import org.medcoord.records.HistoryItem;
import org.medcoord.records.MedicalHistory;
import org.medcoord.records.MedicationOrder;
import org.medcoord.records.MedicationSchedules;
import org.medcoord.records.OrderMedication;
import org.medcoord.records.PageRequest;
import org.medcoord.records.Patient;
import org.medcoord.records.PatientRegistry;
import org.medcoord.records.PersonName;
import org.medcoord.records.RecordVersion;
import org.medcoord.records.RecordsModule;
import org.medcoord.records.RegisterPatient;
import org.medcoord.records.Route;
import org.medcoord.records.ScheduledDose;
import org.medcoord.testsupport.MutableClock;
import org.medcoord.testsupport.TestKeys;

/**
 * What a storage engine must guarantee for the records module, proven by racing real threads through
 * the public records API: MRNs stay unique per facility and external identifiers stay with one patient
 * however registrations interleave (the engine's unique keys, not a check-then-insert), and concurrent
 * updates never lose one another (optimistic versions); a dose is recorded once however many nurses
 * press the button; and chart entries written while a merge runs are moved by it or refused, never
 * stranded on the merged record (the chart lock). Extend it and return your provider.
 *
 * @since 0.1.0
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Records contract")
public abstract class RecordsContract {

    private static final int THREADS = 8;
    private static final LocalDate BIRTH = LocalDate.of(1975, 2, 14);

    /** @return the provider under test; MedCoord opens one engine from it for the whole class */
    protected abstract StorageProvider storageProvider();

    /** @return settings the provider needs (a JDBC URL, ...) */
    protected Map<String, String> storageSettings() {
        return Map.of();
    }

    private MedCoord medcoord;
    private PatientRegistry registry;
    private AccessContext desk;

    @BeforeAll
    void start() {
        medcoord = MedCoord.builder()
                .storage(storageProvider())
                .settings(TestKeys.settings())
                .settings(storageSettings())
                .clock(new MutableClock(Instant.parse("2026-11-02T09:00:00Z")))
                .withoutDiscovery()
                .module(new RecordsModule())
                .build();
        registry = medcoord.service(PatientRegistry.class);
    }

    @AfterAll
    void stop() {
        if (medcoord != null) {
            medcoord.close();
        }
    }

    @BeforeEach
    void freshTenant() {
        TenantId tenant = TenantId.of("records-" + UUID.randomUUID().toString().substring(0, 8));
        desk = AccessContext.of(tenant, Principal.of("desk-1", Roles.FRONT_DESK), PurposeOfUse.OPERATIONS);
    }

    private AccessContext as(String user, String role) {
        return AccessContext.of(desk.tenant(), Principal.of(user, role), PurposeOfUse.TREATMENT);
    }

    private static Demographics person(String given, String family) {
        return Demographics.of(PersonName.of(given, family), BIRTH, AdministrativeSex.MALE);
    }

    /** Runs {@code task} on {@link #THREADS} threads released together; returns each outcome (value or failure). */
    private static <T> List<Outcome<T>> race(int threads, TaskFactory<T> task) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<T> work = task.forThread(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await(10, TimeUnit.SECONDS);
                    return work.call();
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).as("all threads started").isTrue();
            go.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> f : futures) {
                try {
                    outcomes.add(new Outcome<>(f.get(30, TimeUnit.SECONDS), null));
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome<>(null, e.getCause()));
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("a racing thread did not finish within 30 s (deadlock?)", e);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private interface TaskFactory<T> {
        Callable<T> forThread(int index);
    }

    private record Outcome<T>(T value, Throwable failure) {
        boolean succeeded() {
            return failure == null;
        }
    }

    @Nested
    @DisplayName("Medical record numbers and identifiers")
    class Uniqueness {

        @Test
        @DisplayName("concurrent registrations at one facility get distinct, gap-free MRNs")
        void concurrentRegistrationsGetDistinctMrns() throws InterruptedException {
            List<Outcome<List<String>>> outcomes = race(THREADS, i -> () -> {
                List<String> mrns = new ArrayList<>();
                for (int n = 0; n < 5; n++) {
                    mrns.add(registry.register(desk, RegisterPatient.at("NORTH", person("P" + i + "x" + n, "Racer"))).mrn());
                }
                return mrns;
            });

            assertThat(outcomes).allMatch(Outcome::succeeded);
            List<String> all = outcomes.stream().flatMap(o -> o.value().stream()).toList();
            assertThat(all).hasSize(THREADS * 5).doesNotHaveDuplicates();
            assertThat(all.stream().map(m -> Integer.parseInt(m.substring("NORTH-".length(), "NORTH-".length() + 7))).sorted().toList())
                    .as("sequence numbers 1..40 without gaps")
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(1, THREADS * 5).boxed().toList());
        }

        @Test
        @DisplayName("eight threads registering one identity with one external identifier create exactly one record")
        void sameExternalIdentifierRegistersOnce() throws InterruptedException {
            ExternalIdentifier payerId = new ExternalIdentifier("urn:payer:acme", "MEMBER-4411");
            List<Outcome<Patient>> outcomes = race(THREADS, i -> () -> registry.register(desk,
                    RegisterPatient.at("NORTH", person("Sam", "Same")).withIdentifiers(List.of(payerId))));

            assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.succeeded()).allSatisfy(o -> assertThat(o.failure())
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-REC-020")));
            assertThat(registry.findByNameAndBirthDate(desk, "Same", "Sam", BIRTH, PageRequest.first(20)).items()).hasSize(1);
            assertThat(registry.findByIdentifier(desk, payerId, PageRequest.first(20)).items()).hasSize(1);
        }

        @Test
        @DisplayName("eight threads importing one legacy MRN at one facility: exactly one holds it")
        void sameImportedMrnIsHeldOnce() throws InterruptedException {
            List<Outcome<Patient>> outcomes = race(THREADS, i -> () -> registry.register(desk,
                    RegisterPatient.at("NORTH", person("Imp" + i, "Orted")).withImportedMrn("LEGACY-9001")));

            assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.succeeded()).allSatisfy(o -> assertThat(o.failure())
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-REC-021")));
            assertThat(registry.findByMrn(desk, "LEGACY-9001", PageRequest.first(20)).items()).hasSize(1);
        }
    }

    @Nested
    @DisplayName("Optimistic versions")
    class Versions {

        @Test
        @DisplayName("eight threads updating one record from the same version: exactly one wins, the rest get a version conflict")
        void staleUpdatesFail() throws InterruptedException {
            Patient p = registry.register(desk, RegisterPatient.at("NORTH", person("Vera", "Version")));
            List<Outcome<Patient>> outcomes = race(THREADS, i -> () -> registry.updateDemographics(desk, p.id(), p.version(),
                    p.demographics().withPreferredLanguage(i % 2 == 0 ? "es" : "fr")));

            assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.succeeded()).allSatisfy(o -> assertThat(o.failure())
                    .isInstanceOf(VersionConflictException.class));
            assertThat(registry.get(desk, p.id()).version()).isEqualTo(2);
        }

        @Test
        @DisplayName("eight threads each retrying their own change on conflict lose no update: versions 2..9, all changes present")
        void retriedUpdatesLoseNothing() throws InterruptedException {
            Patient p = registry.register(desk, RegisterPatient.at("NORTH", person("Una", "Update")));
            List<Outcome<Long>> outcomes = race(THREADS, i -> () -> {
                for (int attempt = 0; attempt < 100; attempt++) {
                    Patient current = registry.get(desk, p.id());
                    try {
                        return registry.addIdentifier(desk, p.id(), current.version(), new ExternalIdentifier("urn:thread", "T-" + i))
                                .version();
                    } catch (VersionConflictException e) {
                        Thread.onSpinWait();
                    }
                }
                throw new AssertionError("thread " + i + " never got its update in");
            });

            assertThat(outcomes).allMatch(Outcome::succeeded);
            assertThat(outcomes.stream().map(Outcome::value).sorted().toList())
                    .as("every success is a distinct version, with no gaps")
                    .isEqualTo(java.util.stream.LongStream.rangeClosed(2, THREADS + 1).boxed().toList());
            Patient last = registry.get(desk, p.id());
            assertThat(last.version()).isEqualTo(THREADS + 1);
            assertThat(last.identifiers()).extracting(ExternalIdentifier::value)
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, THREADS).mapToObj(i -> "T-" + i).toList());
        }
    }

    @Nested
    @DisplayName("Version history")
    class History {

        @Test
        @DisplayName("eight threads changing one history entry from the same version: one wins, and the history holds exactly the committed versions")
        void racingStatusChangesLeaveOnlyCommittedVersions() throws InterruptedException {
            Patient p = registry.register(desk, RegisterPatient.at("NORTH", person("Hugo", "History")));
            AccessContext nurse = as("rn-1", Roles.NURSE);
            MedicalHistory history = medcoord.service(MedicalHistory.class);
            HistoryEntry entry = history.record(nurse, p.id(), new HistoryItem.Problem(new Coding(CodeSystems.ICD_10_CM, "J45.909", null),
                    null), EntrySource.CLINICIAN);
            List<Outcome<HistoryEntry>> outcomes = race(THREADS, i -> () -> history.changeStatus(as("rn-" + i, Roles.NURSE), entry.id(),
                    entry.version(), i % 2 == 0 ? EntryStatus.RESOLVED : EntryStatus.INACTIVE));

            assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
            HistoryEntry winner = outcomes.stream().filter(Outcome::succeeded).findFirst().orElseThrow().value();
            List<RecordVersion<HistoryEntry>> versions = history.versions(nurse, entry.id());
            assertThat(versions).extracting(RecordVersion::version).containsExactly(1L, 2L);
            assertThat(versions.get(1).value()).isEqualTo(winner);
            assertThat(versions.get(1).changedBy()).isEqualTo(winner.updatedBy());
        }
    }

    @Nested
    @DisplayName("Medication administration record")
    class Administration {

        @Test
        @DisplayName("eight nurses recording one dose at once: exactly one outcome is kept")
        void oneDoseIsRecordedOnce() throws InterruptedException {
            Patient p = registry.register(desk, RegisterPatient.at("NORTH", person("Dot", "Dose")));
            AccessContext nurse = as("rn-1", Roles.NURSE);
            Instant start = Instant.parse("2026-11-02T00:00:00Z");
            MedicationOrder order = medcoord.service(MedicationSchedules.class).order(as("dr-1", Roles.CLINICIAN), new OrderMedication(
                    p.id(), new Coding(CodeSystems.RXNORM, "6809", "Metformin"), Dose.of("500", "mg"), Route.ORAL, Frequency.parse("q8h"),
                    ZoneId.of("UTC"), start, Optional.empty(), "4-west", java.util.Set.of())).order().orElseThrow();
            List<Outcome<ScheduledDose>> outcomes = race(THREADS, i -> () -> medcoord.service(MedicationSchedules.class)
                    .record(nurse, order.id(), start, i == 0 ? AdministrationOutcome.GIVEN : AdministrationOutcome.MISSED, Optional.empty()));

            assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.succeeded()).allSatisfy(o -> assertThat(o.failure())
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-REC-074")));
            ScheduledDose kept = outcomes.stream().filter(Outcome::succeeded).findFirst().orElseThrow().value();
            assertThat(medcoord.service(MedicationSchedules.class).schedule(nurse, order.id(), start, start.plusSeconds(1)))
                    .extracting(ScheduledDose::outcome).containsExactly(kept.outcome());
        }
    }

    @Nested
    @DisplayName("Care relationship")
    class CareRelationship {

        @Test
        @DisplayName("a clinician outside the care team is denied the chart, and the denial survives the rollback in the audit trail")
        void aClinicianOutsideTheCareTeamIsDeniedAndAudited() {
            Patient p = registry.register(desk, RegisterPatient.at("NORTH", person("Cal", "Care")));
            AccessContext doctor = as("dr-1", Roles.CLINICIAN);
            MedicalHistory history = medcoord.service(MedicalHistory.class);

            assertThatThrownBy(() -> history.list(doctor, p.id(), java.util.Set.of()))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("MC-REC-102"));
            medcoord.service(CareTeams.class).add(as("coord-1", Roles.COORDINATOR), p.id(), AddCareTeamMember.practitioner("dr-1"));
            assertThat(history.list(doctor, p.id(), java.util.Set.of())).isEmpty();

            AccessContext auditor = AccessContext.of(desk.tenant(), Principal.of("aud-1", Roles.AUDITOR), PurposeOfUse.LEGAL);
            assertThat(medcoord.service(AuditTrail.class).report(auditor, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"),
                    AuditField.SEQUENCE, true, 10_000))
                    .filteredOn(e -> e.event().userId().equals("dr-1") && e.event().outcome() == AuditOutcome.DENIED)
                    .singleElement().satisfies(e -> assertThat(e.event().patient()).contains(p.id()));
        }

        @Test
        @DisplayName("a read hidden by a consent restriction answers not found, and is audited as denied")
        void aHiddenReadIsAuditedAsDenied() {
            Patient p = registry.register(desk, RegisterPatient.at("NORTH", person("Hal", "Hidden")));
            medcoord.service(Consents.class).restrictAccess(as("coord-1", Roles.COORDINATOR), p.id(), p.version(), java.util.Set.of("dr-1"));

            assertThatThrownBy(() -> registry.get(desk, p.id())).isInstanceOf(NotFoundException.class);

            AccessContext auditor = AccessContext.of(desk.tenant(), Principal.of("aud-1", Roles.AUDITOR), PurposeOfUse.LEGAL);
            assertThat(medcoord.service(AuditTrail.class).report(auditor, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"),
                    AuditField.SEQUENCE, true, 10_000))
                    .filteredOn(e -> e.event().userId().equals("desk-1") && e.event().outcome() == AuditOutcome.DENIED)
                    .singleElement().satisfies(e -> assertThat(e.event().patient()).contains(p.id()));
        }
    }

    @Nested
    @DisplayName("Merge")
    class Merge {

        @Test
        @DisplayName("entries written while a merge runs are either moved by it or refused: none is left behind")
        void chartWritesRacingAMergeAreNeverLost() throws InterruptedException {
            Patient keep = registry.register(desk, RegisterPatient.at("NORTH", person("Lou", "Lost")));
            Patient dup = registry.register(desk, RegisterPatient.at("NORTH", person("Lou", "Lost")));
            AccessContext doctor = as("dr-1", Roles.CLINICIAN);
            medcoord.service(CareTeams.class).add(doctor, keep.id(), AddCareTeamMember.practitioner("dr-1"));
            MedicalHistory history = medcoord.service(MedicalHistory.class);
            HistoryItem problem = new HistoryItem.Problem(new Coding(CodeSystems.ICD_10_CM, "J45.909", null), null);
            // Writers keep writing to the duplicate until the merge refuses them, so writes overlap the merge.
            List<Outcome<Integer>> outcomes = race(THREADS, i -> () -> {
                if (i == 0) {
                    registry.merge(doctor, keep.id(), keep.version(), dup.id(), dup.version());
                    return 0;
                }
                int written = 0;
                for (int n = 0; n < 200; n++) {
                    try {
                        history.record(doctor, dup.id(), problem, EntrySource.CLINICIAN);
                        written++;
                    } catch (ConflictException e) {
                        assertThat(e.code()).isEqualTo("MC-REC-022");
                        return written;
                    }
                }
                return written;
            });

            assertThat(outcomes).allMatch(Outcome::succeeded);
            int written = outcomes.stream().mapToInt(Outcome::value).sum();
            assertThat(history.list(doctor, keep.id(), java.util.Set.of())).hasSize(written);
            assertThat(history.list(as("rn-1", Roles.NURSE), dup.id(), java.util.Set.of())).isEmpty();
        }

        @Test
        @DisplayName("two concurrent merges of one duplicate: exactly one succeeds")
        void concurrentMergesOfOneDuplicate() throws InterruptedException {
            Patient a = registry.register(desk, RegisterPatient.at("NORTH", person("Mo", "Merge")));
            Patient b = registry.register(desk, RegisterPatient.at("NORTH", person("Mo", "Merge")));
            Patient c = registry.register(desk, RegisterPatient.at("NORTH", person("Mo", "Merge")));
            AccessContext doctor = as("dr-1", Roles.CLINICIAN);
            List<Outcome<Patient>> outcomes = race(2, i -> () -> i == 0
                    ? registry.merge(doctor, a.id(), a.version(), c.id(), c.version())
                    : registry.merge(doctor, b.id(), b.version(), c.id(), c.version()));

            assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.succeeded()).allSatisfy(o -> assertThat(o.failure()).isInstanceOf(MedCoordException.class));
            Patient merged = registry.get(desk, c.id());
            Patient survivor = outcomes.stream().filter(Outcome::succeeded).findFirst().orElseThrow().value();
            assertThat(merged.mergedInto()).contains(survivor.id());
            assertThat(survivor.mergedMrns()).containsExactly(c.mrn());
        }
    }
}
