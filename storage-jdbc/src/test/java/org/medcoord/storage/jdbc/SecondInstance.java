package org.medcoord.storage.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.UniqueKeyViolationException;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.spi.storage.DocumentKey;
import org.medcoord.core.spi.storage.IndexEntry;
import org.medcoord.core.spi.storage.IndexValue;
import org.medcoord.core.spi.storage.StorageEngine;
import org.medcoord.core.spi.storage.StorageSettings;
import org.medcoord.core.spi.storage.UniqueKey;

/**
 * A second application instance in its own JVM, started by {@link SecondJvmTest} with the test class
 * path: {@code java -cp ... SecondInstance <race|crash|crash-audited> <schema> <tenant> [keys]}. It talks to its parent by
 * lines on stdout and stdin.
 */
public final class SecondInstance {

    static final String STOCK = "stock";
    static final int APPENDS = 150;
    static final int SALES = 40;
    static final int SLOTS = 60;

    private SecondInstance() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        TenantId tenant = TenantId.of(args[2]);
        if ("crash-audited".equals(mode)) {
            crashAudited(args[1], tenant, args[3], args[4]);
            return;
        }
        try (StorageEngine engine = new JdbcStorage().open(StorageSettings.of(PostgresDatabase.settings(args[1])))) {
            if ("race".equals(mode)) {
                race(engine, tenant, "child");
            } else {
                crash(engine, tenant);
            }
        }
    }

    /** Appends, sells stock and claims slots; prints {@code SOLD n}, {@code WON n}, {@code DONE}. */
    static void race(StorageEngine engine, TenantId tenant, String who) throws Exception {
        System.out.println("READY");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, UTF_8));
        if (!"GO".equals(in.readLine())) {
            throw new IllegalStateException("expected GO from the parent");
        }
        Outcome outcome = work(engine, tenant, who);
        System.out.println("SOLD " + outcome.sold());
        System.out.println("WON " + outcome.won());
        System.out.println("DONE");
        System.out.flush();
    }

    record Outcome(int sold, int won) {
    }

    /** The work both instances do at once: interleaved appends, stock sales under a lock, and slot claims. */
    static Outcome work(StorageEngine engine, TenantId tenant, String who) {
        int sold = 0;
        int won = 0;
        for (int i = 0; i < Math.max(APPENDS, Math.max(SALES, SLOTS)); i++) {
            if (i < APPENDS) {
                int n = i;
                engine.inTransaction(tenant, tx -> tx.append("shared", (who + "-" + n).getBytes(UTF_8)));
            }
            if (i < SALES) {
                boolean sale = engine.inTransaction(tenant, tx -> {
                    DocumentKey stock = new DocumentKey(STOCK, "item");
                    tx.lock(new DocumentKey("stock-lock", "item"));
                    var current = tx.get(stock).orElseThrow();
                    int left = Integer.parseInt(new String(current.body(), UTF_8));
                    if (left == 0) {
                        return false;
                    }
                    tx.update(stock, current.version(), Integer.toString(left - 1).getBytes(UTF_8), List.of(), List.of());
                    return true;
                });
                sold += sale ? 1 : 0;
            }
            if (i < SLOTS) {
                int slot = i;
                try {
                    engine.inTransaction(tenant, tx -> tx.insert(new DocumentKey("slot", who + "-" + slot), new byte[] {1},
                            List.of(new IndexEntry("slot", IndexValue.number(slot))), List.of(new UniqueKey("slot.number", Integer.toString(slot)))));
                    won++;
                } catch (UniqueKeyViolationException taken) {
                    // the other instance claimed this slot first
                }
            }
        }
        return new Outcome(sold, won);
    }

    /** Writes three audited notes, then dies inside a fourth transaction that has audited two more. */
    private static void crashAudited(String schema, TenantId tenant, String encryptionKey, String tokenKey) {
        AuditedClinic clinic = new AuditedClinic(schema, tenant, encryptionKey, tokenKey);
        PatientId patient = PatientId.next(java.time.Clock.systemUTC());
        for (int i = 0; i < 3; i++) {
            clinic.writeNote(patient);
        }
        System.out.println("COMMITTED");
        System.out.flush();
        clinic.medcoord().service(DataStore.class).inTransaction(clinic.clinician(), session -> {
            AuditedClinic.writeNoteIn(session, patient);
            AuditedClinic.writeNoteIn(session, patient);
            System.out.println("IN-TRANSACTION");
            System.out.flush();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
    }

    /** Commits one transaction, then opens another, writes into it and waits to be killed. */
    private static void crash(StorageEngine engine, TenantId tenant) throws InterruptedException {
        engine.inTransaction(tenant, tx -> {
            tx.insert(new DocumentKey("note", "committed"), "v1".getBytes(UTF_8),
                    List.of(new IndexEntry("state", IndexValue.text("kept"))), List.of(new UniqueKey("note.code", "c1")));
            return tx.append("audit", "committed".getBytes(UTF_8));
        });
        System.out.println("COMMITTED");
        System.out.flush();
        engine.inTransaction(tenant, tx -> {
            tx.lock(new DocumentKey("resource-lock", "r1"));
            tx.insert(new DocumentKey("note", "partial"), "p".getBytes(UTF_8),
                    List.of(new IndexEntry("state", IndexValue.text("partial"))), List.of(new UniqueKey("note.code", "c2")));
            tx.update(new DocumentKey("note", "committed"), 1, "v2".getBytes(UTF_8),
                    List.of(new IndexEntry("state", IndexValue.text("changed"))), List.of(new UniqueKey("note.code", "c3")));
            tx.append("audit", "partial-1".getBytes(UTF_8));
            tx.append("audit", "partial-2".getBytes(UTF_8));
            System.out.println("IN-TRANSACTION");
            System.out.flush();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
    }
}
