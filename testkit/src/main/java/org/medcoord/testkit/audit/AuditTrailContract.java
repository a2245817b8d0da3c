package org.medcoord.testkit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.medcoord.core.AccessDeniedException;
import org.medcoord.core.MedCoord;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.BreakGlass;
import org.medcoord.core.access.BreakGlassGrant;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.audit.AuditEntry;
import org.medcoord.core.audit.AuditField;
import org.medcoord.core.audit.AuditOutcome;
import org.medcoord.core.audit.AuditTrail;
import org.medcoord.core.audit.AuditVerification;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.DocumentType;
import org.medcoord.core.data.FieldKind;
import org.medcoord.core.spi.AuditRecord;
import org.medcoord.core.spi.AuditSink;
import org.medcoord.core.spi.storage.StorageProvider;
import org.medcoord.testsupport.MutableClock;
import org.medcoord.testsupport.TestKeys;
import org.medcoord.testkit.storage.InterceptingStorageProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every storage engine must support for MedCoord's audit trail: events appended in the caller's
 * transaction, denied attempts kept even when the work rolls back, a SHA-256 chain that {@code verify()}
 * checks and that names the first altered or missing entry, reports by time range sorted by any field,
 * access checks on the trail itself, and break-glass. Extend it and return your provider.
 *
 * @since 0.1.0
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Audit trail contract")
public abstract class AuditTrailContract {

    /** A tiny clinical document for the kit's PHI operations. */
    public record KitNote(String patientId, String text) {
    }

    static final DocumentType<KitNote> NOTE = DocumentType.builder("kit-note", KitNote.class)
            .field("patient", FieldKind.TEXT, n -> List.of(n.patientId()))
            .build();

    private static final String EMERGENCY_USER = "dr-er";

    /** @return the provider under test; MedCoord opens one engine from it for the whole class */
    protected abstract StorageProvider storageProvider();

    /** @return settings the provider needs (a JDBC URL, ...) */
    protected Map<String, String> storageSettings() {
        return Map.of();
    }

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));
    private final List<AuditRecord> delivered = new CopyOnWriteArrayList<>();
    private InterceptingStorageProvider storage;
    private MedCoord medcoord;
    private DataStore data;
    private AuditTrail trail;
    private TenantId tenant;

    @BeforeAll
    void start() {
        storage = new InterceptingStorageProvider(storageProvider());
        medcoord = MedCoord.builder()
                .storage(storage)
                .settings(TestKeys.settings())
                .settings(storageSettings())
                .setting("medcoord.break-glass.users", EMERGENCY_USER)
                .setting("medcoord.break-glass.max-minutes", "30")
                .auditSink(new AuditSink() {
                    @Override
                    public String id() {
                        return "kit-capture";
                    }

                    @Override
                    public void accept(AuditRecord record) {
                        delivered.add(record);
                    }
                })
                .clock(clock)
                .withoutDiscovery()
                .build();
        data = medcoord.service(DataStore.class);
        trail = medcoord.service(AuditTrail.class);
    }

    @AfterAll
    void stop() {
        if (medcoord != null) {
            medcoord.close();
        }
    }

    @BeforeEach
    void freshTenant() {
        tenant = TenantId.of("audit-" + UUID.randomUUID().toString().substring(0, 8));
        clock.set(Instant.parse("2026-11-02T09:00:00Z"));
    }

    @AfterEach
    void stopTampering() {
        storage.stopTampering();
    }

    private AccessContext as(String user, String role, PurposeOfUse purpose) {
        return AccessContext.of(tenant, Principal.of(user, role), purpose);
    }

    private AccessContext clinician() {
        return as("dr-house", Roles.CLINICIAN, PurposeOfUse.TREATMENT);
    }

    private AccessContext auditor() {
        return as("privacy-officer", Roles.AUDITOR, PurposeOfUse.LEGAL);
    }

    private String writeNote(AccessContext context, PatientId patient) {
        String id = UUID.randomUUID().toString();
        data.inTransaction(context, session -> {
            session.authorize(Action.CREATE, DataCategory.NOTES, Optional.of(patient), "kit.note.create", "kit-note/" + id);
            return session.insert(NOTE, id, new KitNote(patient.asString(), "note text"));
        });
        return id;
    }

    private void readNote(AccessContext context, PatientId patient, String id) {
        data.inTransaction(context, session -> {
            session.authorize(Action.READ, DataCategory.NOTES, Optional.of(patient), "kit.note.read", "kit-note/" + id);
            return session.get(NOTE, id);
        });
    }

    private List<AuditEntry> everything() {
        return trail.report(auditor(), Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), AuditField.SEQUENCE, true, 100_000);
    }

    @Nested
    @DisplayName("recording")
    class Recording {

        @Test
        @DisplayName("a permitted write is audited with who, whose, what, which data, outcome, why and where")
        void permittedWriteIsAuditedWithEveryField() {
            PatientId patient = PatientId.next(clock);
            String id = writeNote(clinician(), patient);

            List<AuditEntry> entries = everything();
            AuditEntry write = entries.get(0);
            assertThat(write.seq()).isEqualTo(1);
            assertThat(write.event().at()).isEqualTo(clock.instant());
            assertThat(write.event().userId()).isEqualTo("dr-house");
            assertThat(write.event().patient()).contains(patient);
            assertThat(write.event().action()).isEqualTo(Action.CREATE);
            assertThat(write.event().category()).isEqualTo(DataCategory.NOTES);
            assertThat(write.event().outcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(write.event().purpose()).isEqualTo(PurposeOfUse.TREATMENT);
            assertThat(write.event().source()).isEqualTo("kit.note.create");
            assertThat(write.event().subject()).isEqualTo("kit-note/" + id);
            assertThat(write.hash()).hasSize(64);
        }

        @Test
        @DisplayName("a denied attempt is audited with outcome DENIED even though its transaction rolled back")
        void deniedAttemptIsAuditedWithFailureOutcome() {
            PatientId patient = PatientId.next(clock);
            AccessContext billing = as("biller-1", Roles.BILLING, PurposeOfUse.PAYMENT);

            assertThatThrownBy(() -> writeNote(billing, patient))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageStartingWith("MC-ACCESS-001: user biller-1 may not CREATE NOTES data (kit.note.create)");

            List<AuditEntry> entries = everything();
            assertThat(entries).first().satisfies(entry -> {
                assertThat(entry.event().outcome()).isEqualTo(AuditOutcome.DENIED);
                assertThat(entry.event().userId()).isEqualTo("biller-1");
                assertThat(entry.event().patient()).contains(patient);
                assertThat(entry.event().action()).isEqualTo(Action.CREATE);
            });
            List<?> stored = data.inTransaction(clinician(), s -> s.query(NOTE, org.medcoord.core.data.Criteria.all()).items());
            assertThat(stored).isEmpty();
        }

        @Test
        @DisplayName("a write that rolls back leaves no audit entry and reaches no sink")
        void rolledBackWriteLeavesNoEntry() {
            PatientId patient = PatientId.next(clock);
            int deliveredBefore = (int) delivered.stream().filter(r -> r.tenant().equals(tenant)).count();
            assertThatThrownBy(() -> data.inTransaction(clinician(), session -> {
                session.authorize(Action.CREATE, DataCategory.NOTES, Optional.of(patient), "kit.note.create", "kit-note/x");
                session.insert(NOTE, "x", new KitNote(patient.asString(), "t"));
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(everything()).allSatisfy(e -> assertThat(e.event().source()).isNotEqualTo("kit.note.create"));
            assertThat(delivered.stream().filter(r -> r.tenant().equals(tenant) && r.event().source().equals("kit.note.create")))
                    .isEmpty();
            assertThat(deliveredBefore).isZero();
        }

        @Test
        @DisplayName("the sink receives each committed record once, after commit")
        void sinkReceivesCommittedRecords() {
            PatientId patient = PatientId.next(clock);
            writeNote(clinician(), patient);
            assertThat(delivered.stream().filter(r -> r.tenant().equals(tenant))).singleElement()
                    .satisfies(r -> {
                        assertThat(r.seq()).isEqualTo(1);
                        assertThat(r.event().source()).isEqualTo("kit.note.create");
                    });
        }
    }

    @Nested
    @DisplayName("verification")
    class Verification {

        @Test
        @DisplayName("an untouched chain verifies and counts every entry")
        void intactChainVerifies() {
            PatientId patient = PatientId.next(clock);
            for (int i = 0; i < 20; i++) {
                writeNote(clinician(), patient);
            }
            AuditVerification result = trail.verify(auditor());
            assertThat(result.intact()).as(result.problem()).isTrue();
            // the verify call's own entry joins the chain as its transaction ends, after the walk
            assertThat(result.entriesChecked()).isEqualTo(20);
        }

        @Test
        @DisplayName("an entry altered at rest is named by its sequence number")
        void tamperedEntryIsNamed() {
            PatientId patient = PatientId.next(clock);
            for (int i = 0; i < 10; i++) {
                writeNote(clinician(), patient);
            }
            storage.corruptLogEntry("audit", 7);

            AuditVerification result = trail.verify(auditor());
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).hasValue(7);
            assertThat(result.problem()).startsWith("audit entry 7:");
        }

        @Test
        @DisplayName("an entry removed at rest is named by its sequence number")
        void removedEntryIsNamed() {
            PatientId patient = PatientId.next(clock);
            for (int i = 0; i < 10; i++) {
                writeNote(clinician(), patient);
            }
            storage.dropLogEntry("audit", 5);

            AuditVerification result = trail.verify(auditor());
            assertThat(result.firstBrokenSeq()).hasValue(5);
        }

        @Test
        @DisplayName("eight threads auditing at once leave one unbroken chain with no gap")
        void concurrentAppendsKeepTheChain() throws Exception {
            PatientId patient = PatientId.next(clock);
            int threads = 8;
            int perThread = 10;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        writeNote(clinician(), patient);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            List<AuditEntry> entries = everything();
            // every write, gap-free (the report's own entry joins the chain after it has read)
            assertThat(entries).extracting(AuditEntry::seq)
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, threads * perThread).boxed().toList());
            assertThat(entries).filteredOn(e -> e.event().source().equals("kit.note.create")).hasSize(threads * perThread);
            assertThat(trail.verify(auditor()).intact()).isTrue();
        }
    }

    @Nested
    @DisplayName("reports")
    class Reports {

        @Test
        @DisplayName("a report covers [from, to) and sorts by any field, ties by sequence")
        void reportByTimeRangeSortedByUser() {
            PatientId patient = PatientId.next(clock);
            Instant t0 = clock.instant();
            writeNote(as("user-b", Roles.CLINICIAN, PurposeOfUse.TREATMENT), patient);
            clock.advance(Duration.ofMinutes(10));
            writeNote(as("user-c", Roles.CLINICIAN, PurposeOfUse.TREATMENT), patient);
            clock.advance(Duration.ofMinutes(10));
            writeNote(as("user-a", Roles.NURSE, PurposeOfUse.TREATMENT), patient);
            clock.advance(Duration.ofMinutes(10));
            writeNote(as("user-d", Roles.NURSE, PurposeOfUse.TREATMENT), patient);

            List<AuditEntry> report = trail.report(auditor(), t0, t0.plus(Duration.ofMinutes(30)), AuditField.USER, false, 100);
            assertThat(report).extracting(e -> e.event().userId()).containsExactly("user-c", "user-b", "user-a");

            List<AuditEntry> byTime = trail.report(auditor(), t0.plus(Duration.ofMinutes(10)), t0.plus(Duration.ofHours(1)),
                    AuditField.TIME, true, 2);
            assertThat(byTime).extracting(e -> e.event().userId()).containsExactly("user-c", "user-a");
        }

        @Test
        @DisplayName("only auditors read the trail; anyone else is denied and the denial is audited")
        void onlyAuditorsReadTheTrail() {
            AccessContext frontDesk = as("desk-1", Roles.FRONT_DESK, PurposeOfUse.OPERATIONS);
            assertThatThrownBy(() -> trail.verify(frontDesk)).isInstanceOf(AccessDeniedException.class);
            assertThat(everything()).anySatisfy(e -> {
                assertThat(e.event().userId()).isEqualTo("desk-1");
                assertThat(e.event().outcome()).isEqualTo(AuditOutcome.DENIED);
                assertThat(e.event().category()).isEqualTo(DataCategory.AUDIT);
            });
        }

        @Test
        @DisplayName("the trail offers no way to change or delete an entry")
        void noApiChangesOrDeletesEntries() {
            assertThat(Arrays.stream(AuditTrail.class.getMethods()).map(java.lang.reflect.Method::getName).distinct().sorted())
                    .containsExactly("readAuditing", "report", "setReadAuditing", "verify");
        }
    }

    @Nested
    @DisplayName("read auditing switch")
    class ReadAuditingSwitch {

        @Test
        @DisplayName("only an admin may switch read auditing off; the switch is audited and writes stay audited")
        void switchingOffNeedsAdminAndIsAudited() {
            PatientId patient = PatientId.next(clock);
            AccessContext admin = as("admin-1", Roles.ADMIN, PurposeOfUse.SYSTEM_ADMINISTRATION);
            assertThatThrownBy(() -> trail.setReadAuditing(clinician(), false, "too many entries"))
                    .isInstanceOf(AccessDeniedException.class);

            String id = writeNote(clinician(), patient);
            readNote(clinician(), patient, id);
            trail.setReadAuditing(admin, false, "volume review");
            readNote(clinician(), patient, id);
            writeNote(clinician(), patient);

            List<AuditEntry> entries = everything();
            assertThat(entries).filteredOn(e -> e.event().source().equals("kit.note.read")).hasSize(1);
            assertThat(entries).filteredOn(e -> e.event().source().equals("kit.note.create")).hasSize(2);
            assertThat(entries).anySatisfy(e -> {
                assertThat(e.event().source()).isEqualTo("core.audit.read-auditing.off");
                assertThat(e.event().userId()).isEqualTo("admin-1");
            });
            assertThat(entries).anySatisfy(e -> {
                assertThat(e.event().outcome()).isEqualTo(AuditOutcome.DENIED);
                assertThat(e.event().source()).isEqualTo("core.audit.read-auditing");
            });
            assertThat(trail.readAuditing(admin)).isFalse();
        }
    }

    @Nested
    @DisplayName("break-glass")
    class BreakGlassAccess {

        @Test
        @DisplayName("a pre-listed principal gets a time-boxed grant; its use is audited; expired or forged grants are denied")
        void breakGlassLifecycle() {
            PatientId patient = PatientId.next(clock);
            String id = writeNote(clinician(), patient);
            BreakGlass breakGlass = medcoord.service(BreakGlass.class);
            AccessContext erDesk = as(EMERGENCY_USER, Roles.FRONT_DESK, PurposeOfUse.EMERGENCY_TREATMENT);

            assertThatThrownBy(() -> readNote(erDesk, patient, id)).isInstanceOf(AccessDeniedException.class);
            BreakGlassGrant grant = breakGlass.grant(erDesk, "unconscious patient in ER, need allergies", Duration.ofMinutes(15));
            readNote(erDesk.withBreakGlass(grant), patient, id);

            assertThat(everything()).anySatisfy(e -> {
                assertThat(e.event().source()).isEqualTo("kit.note.read");
                assertThat(e.event().outcome()).isEqualTo(AuditOutcome.SUCCESS);
                assertThat(e.event().breakGlass()).contains(grant.grantId().toString());
            });

            BreakGlassGrant forged = new BreakGlassGrant(UUID.randomUUID(), EMERGENCY_USER, "made up by the caller", clock.instant(),
                    clock.instant().plus(Duration.ofHours(1)));
            assertThatThrownBy(() -> readNote(erDesk.withBreakGlass(forged), patient, id)).isInstanceOf(AccessDeniedException.class);

            clock.advance(Duration.ofMinutes(16));
            assertThatThrownBy(() -> readNote(erDesk.withBreakGlass(grant), patient, id)).isInstanceOf(AccessDeniedException.class);
        }

        @Test
        @DisplayName("a principal not on the list cannot break the glass, and the attempt is audited")
        void unlistedPrincipalIsRefused() {
            BreakGlass breakGlass = medcoord.service(BreakGlass.class);
            AccessContext nurse = as("nurse-7", Roles.NURSE, PurposeOfUse.EMERGENCY_TREATMENT);
            assertThatThrownBy(() -> breakGlass.grant(nurse, "patient crashing in bay 3", Duration.ofMinutes(10)))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageStartingWith("MC-ACCESS-004:");
            assertThat(everything()).anySatisfy(e -> {
                assertThat(e.event().userId()).isEqualTo("nurse-7");
                assertThat(e.event().source()).isEqualTo("core.break-glass.grant");
                assertThat(e.event().outcome()).isEqualTo(AuditOutcome.DENIED);
            });
        }

        @Test
        @DisplayName("a grant needs a reason and a duration within the configured maximum")
        void grantIsValidated() {
            BreakGlass breakGlass = medcoord.service(BreakGlass.class);
            AccessContext er = as(EMERGENCY_USER, Roles.FRONT_DESK, PurposeOfUse.EMERGENCY_TREATMENT);
            assertThatThrownBy(() -> breakGlass.grant(er, "", Duration.ofHours(2)))
                    .isInstanceOf(org.medcoord.core.ValidationException.class)
                    .satisfies(e -> assertThat(((org.medcoord.core.ValidationException) e).violations())
                            .extracting(org.medcoord.core.Violation::code).containsExactly("MC-ACCESS-002", "MC-ACCESS-003"));
        }
    }
}
