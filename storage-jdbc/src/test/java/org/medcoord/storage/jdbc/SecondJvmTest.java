package org.medcoord.storage.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.audit.AuditTrail;
import org.medcoord.core.audit.AuditVerification;
import org.medcoord.core.UniqueKeyViolationException;
import org.medcoord.core.spi.storage.DocumentKey;
import org.medcoord.core.spi.storage.IndexEntry;
import org.medcoord.core.spi.storage.IndexValue;
import org.medcoord.core.spi.storage.LogEntry;
import org.medcoord.core.spi.storage.Predicate;
import org.medcoord.core.spi.storage.Query;
import org.medcoord.core.spi.storage.StorageEngine;
import org.medcoord.core.spi.storage.StorageSettings;
import org.medcoord.core.spi.storage.StoredDocument;
import org.medcoord.core.spi.storage.UniqueKey;
import org.medcoord.testsupport.TestKeys;

/**
 * Two processes on one PostgreSQL schema: this JVM and a child JVM running {@link SecondInstance} with
 * the same test class path, as two application instances would be.
 */
@Tag("postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecondJvmTest {

    private static final Duration STEP = Duration.ofSeconds(60);

    @RegisterExtension
    static final PostgresDatabase PG = new PostgresDatabase();

    @TempDir
    Path dir;

    private StorageEngine engine;

    @BeforeAll
    void open() {
        engine = new JdbcStorage().open(StorageSettings.of(PG.settings()));
    }

    @AfterAll
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void twoProcessesAppendingSellingAndClaimingKeepEveryInvariant() throws Exception {
        TenantId tenant = TenantId.of("race-" + UUID.randomUUID().toString().substring(0, 8));
        int stock = 60;
        engine.inTransaction(tenant, tx -> tx.insert(new DocumentKey(SecondInstance.STOCK, "item"),
                Integer.toString(stock).getBytes(UTF_8), List.of(), List.of()));
        try (Child child = Child.start(dir, "race", PG.schema(), tenant)) {
            child.awaitLine("READY");
            child.send("GO");
            SecondInstance.Outcome mine = SecondInstance.work(engine, tenant, "parent");
            int childSold = Integer.parseInt(child.awaitLine("SOLD ").substring(5));
            int childWon = Integer.parseInt(child.awaitLine("WON ").substring(4));
            child.awaitLine("DONE");
            child.awaitExit(0);

            // stock: never negative, and every sale is accounted for
            Optional<StoredDocument> item = engine.inTransaction(tenant, tx -> tx.get(new DocumentKey(SecondInstance.STOCK, "item")));
            int left = Integer.parseInt(new String(item.orElseThrow().body(), UTF_8));
            assertThat(left).isZero();
            assertThat(mine.sold() + childSold).isEqualTo(stock);
            // unique keys: each slot has exactly one owner, across both processes
            assertThat(mine.won() + childWon).isEqualTo(SecondInstance.SLOTS);
            int stored = engine.inTransaction(tenant, tx -> tx.query(Query.of("slot", List.of(), 10_000)).items().size());
            assertThat(stored).isEqualTo(SecondInstance.SLOTS);
            // logs: 1..total without gap or duplicate, every entry of both processes present once
            List<LogEntry> log = engine.inTransaction(tenant, tx -> tx.read("shared", 1, 10_000));
            assertThat(log).extracting(LogEntry::seq)
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 2L * SecondInstance.APPENDS).boxed().toList());
            assertThat(log).extracting(e -> new String(e.entry(), UTF_8)).doesNotHaveDuplicates()
                    .filteredOn(s -> s.startsWith("child-")).hasSize(SecondInstance.APPENDS);
        }
    }

    @Test
    void aProcessKilledInsideATransactionLeavesNothingOfIt() throws Exception {
        TenantId tenant = TenantId.of("crash-" + UUID.randomUUID().toString().substring(0, 8));
        try (Child child = Child.start(dir, "crash", PG.schema(), tenant)) {
            child.awaitLine("COMMITTED");
            child.awaitLine("IN-TRANSACTION");
            child.kill();
        }
        engine.inTransaction(tenant, tx -> {
            // the committed transaction is whole
            StoredDocument committed = tx.get(new DocumentKey("note", "committed")).orElseThrow();
            assertThat(committed.version()).isEqualTo(1);
            assertThat(new String(committed.body(), UTF_8)).isEqualTo("v1");
            assertThat(tx.query(Query.of("note", List.of(new Predicate.Equals("state", IndexValue.text("kept"))), 10)).items()).hasSize(1);
            // the killed one left nothing: no document, no index entries, no keys, no log entries
            assertThat(tx.get(new DocumentKey("note", "partial"))).isEmpty();
            assertThat(tx.query(Query.of("note", List.of(new Predicate.In("state",
                    List.of(IndexValue.text("partial"), IndexValue.text("changed")))), 10)).items()).isEmpty();
            assertThat(tx.read("audit", 1, 100)).extracting(e -> new String(e.entry(), UTF_8)).containsExactly("committed");
            // its lock is free, its keys are free, the committed key is still held, and the log goes on at 2
            tx.lock(new DocumentKey("resource-lock", "r1"));
            tx.insert(new DocumentKey("note", "n2"), new byte[] {1}, List.of(), List.of(new UniqueKey("note.code", "c2")));
            tx.insert(new DocumentKey("note", "n3"), new byte[] {1}, List.of(), List.of(new UniqueKey("note.code", "c3")));
            assertThatThrownBy(() -> tx.insert(new DocumentKey("note", "n4"), new byte[] {1}, List.of(new IndexEntry("x", IndexValue.number(1))),
                    List.of(new UniqueKey("note.code", "c1")))).isInstanceOf(UniqueKeyViolationException.class);
            assertThat(tx.append("audit", "after".getBytes(UTF_8))).isEqualTo(2);
            return null;
        });
    }

    @Test
    void afterAProcessDiesMidTransactionTheAuditChainStillVerifies() throws Exception {
        TenantId tenant = TenantId.of("audited-" + UUID.randomUUID().toString().substring(0, 8));
        String encryptionKey = TestKeys.randomKey();
        String tokenKey = TestKeys.randomKey();
        try (Child child = Child.start(dir, "crash-audited", PG.schema(), tenant, encryptionKey, tokenKey)) {
            child.awaitLine("COMMITTED");
            child.awaitLine("IN-TRANSACTION");
            child.kill();
        }
        try (AuditedClinic clinic = new AuditedClinic(PG.schema(), tenant, encryptionKey, tokenKey)) {
            clinic.writeNote(PatientId.next(java.time.Clock.systemUTC()));
            AuditVerification result = clinic.medcoord().service(AuditTrail.class).verify(clinic.auditor());
            assertThat(result.intact()).as(result.problem()).isTrue();
            // 3 committed by the child + 1 by this process, none of the killed two (the verify call's own
            // entry joins the chain as its transaction ends, after the walk)
            assertThat(result.entriesChecked()).isEqualTo(4);
        }
    }

    /** A child JVM speaking lines; every wait is bounded. */
    private static final class Child implements AutoCloseable {
        private final Process process;
        private final Path errors;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final Writer stdin;

        private Child(Process process, Path errors) {
            this.process = process;
            this.errors = errors;
            this.stdin = new java.io.OutputStreamWriter(process.getOutputStream(), UTF_8);
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException ended) {
                    // the child is gone; awaitLine reports it
                }
            }, "second-jvm-stdout");
            reader.setDaemon(true);
            reader.start();
        }

        static Child start(Path dir, String mode, String schema, TenantId tenant, String... more) throws IOException {
            String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
            Path errors = dir.resolve(mode + "-stderr.txt");
            List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                    SecondInstance.class.getName(), mode, schema, tenant.value()));
            command.addAll(List.of(more));
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.redirectError(errors.toFile());
            return new Child(builder.start(), errors);
        }

        String awaitLine(String prefix) throws Exception {
            long deadline = System.nanoTime() + STEP.toNanos();
            while (System.nanoTime() < deadline) {
                String line = lines.poll(200, TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith(prefix)) {
                    return line;
                }
                if (line == null && !process.isAlive() && lines.isEmpty()) {
                    throw new AssertionError("the child JVM exited (" + process.exitValue() + ") before printing " + prefix + ": " + stderr());
                }
            }
            throw new AssertionError("the child JVM did not print " + prefix + " within " + STEP + ": " + stderr());
        }

        void send(String line) throws IOException {
            stdin.write(line + "\n");
            stdin.flush();
        }

        void awaitExit(int expected) throws Exception {
            assertThat(process.waitFor(STEP.toSeconds(), TimeUnit.SECONDS)).as("child JVM exits").isTrue();
            assertThat(process.exitValue()).as("child exit code; stderr: %s", stderr()).isEqualTo(expected);
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(STEP.toSeconds(), TimeUnit.SECONDS)).as("killed child JVM is gone").isTrue();
        }

        private String stderr() {
            try {
                return Files.readString(errors);
            } catch (IOException e) {
                return "(no stderr: " + e.getMessage() + ")";
            }
        }

        @Override
        public void close() {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }
}
