package org.medcoord.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.Resource;
import org.medcoord.core.MedCoordException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.event.EventEnvelope;
import org.medcoord.core.event.EventLog;
import org.medcoord.fhir.BulkExportCursor;
import org.medcoord.fhir.BulkExportProgress;
import org.medcoord.fhir.BulkExportRequest;
import org.medcoord.fhir.BulkExportResult;
import org.medcoord.fhir.BulkExports;
import org.medcoord.records.PatientRecord;
import org.medcoord.records.PatientRegistered;
import org.medcoord.records.RecordExports;
import org.medcoord.records.VitalKind;
import org.medcoord.records.Vitals;

/**
 * Pages through the tenant's outbox for patient registrations, writes each patient's resources as NDJSON lines,
 * and checkpoints (flush, file lengths, cursor) after every page.
 */
final class DefaultBulkExports implements BulkExports {

    static final String MANIFEST = "manifest.json";

    private final DataStore data;
    private final EventLog events;
    private final RecordExports exports;
    private final Vitals vitals;
    private final FhirContext fhir;
    private final Clock clock;

    DefaultBulkExports(DataStore data, EventLog events, RecordExports exports, Vitals vitals, Clock clock) {
        this.data = data;
        this.events = events;
        this.exports = exports;
        this.vitals = vitals;
        // A context of the export's own: its parser skips HAPI's search for references to contain (a walk over every
        // element of every resource, about a quarter of the export's time). MedCoord's resources reference others by
        // id or identifier only, never by an attached resource object, so there is never anything to contain; the
        // shared context (also the application's, through forR4Cached) keeps HAPI's defaults.
        this.fhir = FhirContext.forR4();
        this.fhir.getParserOptions().setAutoContainReferenceTargetsWithNoId(false);
        this.clock = clock;
    }

    @Override
    public BulkExportResult export(AccessContext context, BulkExportRequest request) {
        if (request.pageSize() < 1 || request.pageSize() > 10_000) {
            throw new ValidationException(List.of(new Violation("pageSize", "MC-FHIR-041", "read 1 to 10,000 events per page")));
        }
        Path dir = request.directory();
        BulkExportCursor cursor = request.resumeFrom().orElse(BulkExportCursor.start());
        try (Output out = new Output(dir, cursor, request.resumeFrom().isPresent())) {
            IParser json = fhir.newJsonParser().setPrettyPrint(false);
            long exported = cursor.patientsExported();
            long skipped = cursor.patientsSkipped();
            long seq = cursor.nextSeq();
            while (true) {
                List<EventEnvelope> page = events.read(context, seq, request.pageSize());
                if (page.isEmpty()) {
                    break;
                }
                for (EventEnvelope e : page) {
                    if (e.event() instanceof PatientRegistered registered) {
                        Optional<List<Resource>> resources = patient(context, registered.patient());
                        if (resources.isEmpty()) {
                            skipped++;
                            continue;
                        }
                        for (Resource r : resources.get()) {
                            out.write(r.fhirType(), json.encodeResourceToString(r));
                        }
                        exported++;
                    }
                }
                seq = page.get(page.size() - 1).outboxSeq() + 1;
                cursor = out.checkpoint(seq, exported, skipped);
                request.listener().progress(new BulkExportProgress(exported, skipped, cursor.resources(), cursor));
            }
            cursor = out.checkpoint(seq, exported, skipped);
            List<Path> files = new ArrayList<>(out.files());
            files.add(out.manifest(clock.instant()));
            return new BulkExportResult(exported, skipped, cursor.resources(), files, cursor);
        } catch (IOException | UncheckedIOException e) {
            throw new MedCoordException("MC-FHIR-040", "the bulk export could not write its files (" + e.getClass().getSimpleName()
                    + "); check the directory's space and permissions, then resume from the last cursor", e);
        }
    }

    /**
     * One patient's resources, collected in one transaction through records' export (which authorizes and audits an
     * EXPORT of each record category of this patient); empty when the caller may not see the patient.
     */
    private Optional<List<Resource>> patient(AccessContext context, PatientId id) {
        try {
            return Optional.of(data.inTransaction(context, s -> {
                PatientRecord record = exports.collect(context, id);
                boolean bmi = record.vitals().stream().anyMatch(v -> v.kind() == VitalKind.WEIGHT)
                        && record.vitals().stream().anyMatch(v -> v.kind() == VitalKind.HEIGHT);
                return RecordBundles.resources(record, bmi ? vitals.bmi(context, id) : Optional.empty()).resources();
            }));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The NDJSON files: appended to, flushed at checkpoints, truncated to a cursor's lengths on resume. */
    private static final class Output implements AutoCloseable {

        private final Path dir;
        private final Map<String, OutputStream> streams = new TreeMap<>();
        private final Map<String, Long> bytes = new TreeMap<>();
        private final Map<String, Long> counts = new TreeMap<>();

        Output(Path dir, BulkExportCursor cursor, boolean resuming) throws IOException {
            this.dir = dir;
            Files.createDirectories(dir);
            try (var listing = Files.list(dir)) {
                for (Path p : listing.filter(f -> f.getFileName().toString().endsWith(".ndjson")).toList()) {
                    String type = p.getFileName().toString().replace(".ndjson", "");
                    long keep = resuming ? cursor.fileBytes().getOrDefault(type, 0L) : 0L;
                    if (Files.size(p) < keep) {
                        throw new ValidationException(List.of(new Violation("cursor", "MC-FHIR-041",
                                "the file for " + type + " is shorter than the cursor says; start a fresh export")));
                    }
                    try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
                        ch.truncate(keep);
                    }
                }
                Files.deleteIfExists(dir.resolve(MANIFEST));
            }
            if (resuming) {
                for (var e : cursor.fileBytes().entrySet()) {
                    if (!Files.exists(dir.resolve(e.getKey() + ".ndjson")) && e.getValue() > 0) {
                        throw new ValidationException(List.of(new Violation("cursor", "MC-FHIR-041",
                                "the file for " + e.getKey() + " is missing; start a fresh export")));
                    }
                }
                bytes.putAll(cursor.fileBytes());
                counts.putAll(cursor.resources());
            }
        }

        void write(String type, String line) throws IOException {
            OutputStream out = streams.get(type);
            if (out == null) {
                out = new java.io.BufferedOutputStream(Files.newOutputStream(dir.resolve(type + ".ndjson"), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND), 64 * 1024);
                streams.put(type, out);
            }
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            out.write(b);
            out.write('\n');
            bytes.merge(type, (long) b.length + 1, Long::sum);
            counts.merge(type, 1L, Long::sum);
        }

        BulkExportCursor checkpoint(long nextSeq, long exported, long skipped) throws IOException {
            for (OutputStream s : streams.values()) {
                s.flush();
            }
            return new BulkExportCursor(nextSeq, exported, skipped, counts, bytes);
        }

        List<Path> files() {
            return bytes.keySet().stream().map(t -> dir.resolve(t + ".ndjson")).toList();
        }

        /** The Bulk Data output manifest (transactionTime, output files with counts). */
        Path manifest(Instant at) throws IOException {
            StringBuilder b = new StringBuilder("{\"transactionTime\":\"").append(at).append("\",\"requiresAccessToken\":false,\"output\":[");
            Map<String, Long> ordered = new LinkedHashMap<>(counts);
            boolean first = true;
            for (var e : ordered.entrySet()) {
                b.append(first ? "" : ",").append("{\"type\":\"").append(e.getKey()).append("\",\"url\":\"").append(e.getKey())
                        .append(".ndjson\",\"count\":").append(e.getValue()).append('}');
                first = false;
            }
            b.append("],\"error\":[]}");
            Path p = dir.resolve(MANIFEST);
            Files.writeString(p, b.toString());
            return p;
        }

        @Override
        public void close() throws IOException {
            for (OutputStream s : streams.values()) {
                s.close();
            }
        }
    }
}
