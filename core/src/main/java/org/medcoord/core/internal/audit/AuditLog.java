package org.medcoord.core.internal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.medcoord.core.MedCoordException;
import org.medcoord.core.audit.AuditEntry;
import org.medcoord.core.audit.AuditEvent;
import org.medcoord.core.audit.AuditVerification;
import org.medcoord.core.internal.codec.Codec;
import org.medcoord.core.internal.crypto.FieldCipher;
import org.medcoord.core.spi.AuditRecord;
import org.medcoord.core.spi.storage.DocumentKey;
import org.medcoord.core.spi.storage.LogEntry;
import org.medcoord.core.spi.storage.StoredDocument;
import org.medcoord.core.spi.storage.Transaction;

/**
 * A tenant's audit trail on the storage SPI: the append-only stream {@value #STREAM}, each entry
 * encrypted and chained to its predecessor by SHA-256 over {@code previousHash, seq, canonical event}.
 * A head document holds the last hash; appenders lock it first, so one tenant's appends are serialised
 * while other tenants' never wait.
 */
public final class AuditLog {

    public static final String STREAM = "audit";
    static final String GENESIS = "0".repeat(64);
    private static final DocumentKey HEAD = new DocumentKey("audit-head", "chain");
    private static final int PAGE = 500;

    private final Codec codec;
    private final FieldCipher cipher;

    public AuditLog(Codec codec, FieldCipher cipher) {
        this.codec = codec;
        this.cipher = cipher;
    }

    /** Appends {@code event} in {@code tx}; returns the sealed record. */
    public AuditRecord append(Transaction tx, AuditEvent event) {
        tx.lock(HEAD);
        Optional<StoredDocument> stored = tx.get(HEAD);
        ChainHead head = stored.map(d -> codec.read(cipher.open(d.body(), headAad(tx)), ChainHead.class)).orElse(ChainHead.EMPTY);
        long seq = head.seq() + 1;
        String hash = hash(head.hash(), seq, event);
        byte[] sealed = cipher.seal(codec.write(new ChainedEntry(seq, head.hash(), hash, event)), entryAad(tx));
        long assigned = tx.append(STREAM, sealed);
        if (assigned != seq) {
            throw new MedCoordException("MC-AUDIT-002", "the audit stream of tenant " + tx.tenant() + " is at sequence "
                    + assigned + " but its chain head expected " + seq + "; run AuditTrail.verify() and check the storage engine");
        }
        byte[] headBody = cipher.seal(codec.write(new ChainHead(seq, hash)), headAad(tx));
        if (stored.isPresent()) {
            tx.update(HEAD, stored.get().version(), headBody, List.of(), List.of());
        } else {
            tx.insert(HEAD, headBody, List.of(), List.of());
        }
        return new AuditRecord(tx.tenant(), seq, event, hash);
    }

    /** Walks the whole chain in {@code tx} and names the first entry that does not check out. */
    public AuditVerification verify(Transaction tx) {
        String expectedPrevious = GENESIS;
        long checked = 0;
        long next = 1;
        while (true) {
            List<LogEntry> page = tx.read(STREAM, next, PAGE);
            for (LogEntry raw : page) {
                checked++;
                if (raw.seq() != next) {
                    return broken(checked, next, "entry " + next + " is missing (found " + raw.seq() + " in its place)");
                }
                ChainedEntry entry;
                try {
                    entry = codec.read(cipher.open(raw.entry(), entryAad(tx)), ChainedEntry.class);
                } catch (MedCoordException e) {
                    return broken(checked, raw.seq(), "entry cannot be decrypted or parsed: its bytes were altered");
                }
                if (entry.seq() != raw.seq()) {
                    return broken(checked, raw.seq(), "entry claims sequence " + entry.seq());
                }
                if (!entry.previousHash().equals(expectedPrevious)) {
                    return broken(checked, raw.seq(), "entry does not chain to its predecessor");
                }
                if (!hash(entry.previousHash(), entry.seq(), entry.event()).equals(entry.hash())) {
                    return broken(checked, raw.seq(), "entry content does not match its hash");
                }
                expectedPrevious = entry.hash();
                next++;
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        Optional<StoredDocument> stored = tx.get(HEAD);
        if (stored.isPresent()) {
            ChainHead head;
            try {
                head = codec.read(cipher.open(stored.get().body(), headAad(tx)), ChainHead.class);
            } catch (MedCoordException e) {
                return broken(checked, next, "the chain head cannot be decrypted: it was altered");
            }
            if (head.seq() >= next) {
                return broken(checked, next, "entries from " + next + " to " + head.seq() + " were removed");
            }
            if (!head.hash().equals(expectedPrevious)) {
                return broken(checked, head.seq(), "the chain head does not match the last entry");
            }
        }
        return new AuditVerification(checked, OptionalLong.empty(), "");
    }

    /** Reads every entry in sequence order (decrypting); entries that fail to open are skipped by {@code verify}, not here. */
    public List<AuditEntry> readAll(Transaction tx, java.util.function.Predicate<AuditEvent> filter) {
        List<AuditEntry> result = new ArrayList<>();
        long next = 1;
        while (true) {
            List<LogEntry> page = tx.read(STREAM, next, PAGE);
            for (LogEntry raw : page) {
                ChainedEntry entry = codec.read(cipher.open(raw.entry(), entryAad(tx)), ChainedEntry.class);
                if (filter.test(entry.event())) {
                    result.add(new AuditEntry(entry.seq(), entry.event(), entry.hash()));
                }
                next = raw.seq() + 1;
            }
            if (page.size() < PAGE) {
                return result;
            }
        }
    }

    private static AuditVerification broken(long checked, long seq, String problem) {
        return new AuditVerification(checked, OptionalLong.of(seq), "audit entry " + seq + ": " + problem);
    }

    String hash(String previousHash, long seq, AuditEvent event) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            sha.update(Long.toString(seq).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            sha.update(codec.canonicalJson(event).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static byte[] entryAad(Transaction tx) {
        return (tx.tenant().value() + "|log|" + STREAM).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] headAad(Transaction tx) {
        return (tx.tenant().value() + "|" + HEAD.type() + "|" + HEAD.id()).getBytes(StandardCharsets.UTF_8);
    }
}
