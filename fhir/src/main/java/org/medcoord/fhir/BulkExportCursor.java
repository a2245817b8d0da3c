package org.medcoord.fhir;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;

/**
 * Where a bulk export stands: the next outbox sequence to read, and how long each file was when everything
 * before it had been written. Holds no PHI; store it as {@link #token()}.
 *
 * @param nextSeq          the outbox sequence number to read next (1 at the start)
 * @param patientsExported patients written before this point
 * @param patientsSkipped  patients skipped before this point
 * @param resources        resources written before this point, by resource type
 * @param fileBytes        the length of each file (by resource type) at this point
 * @since 0.1.0
 */
public record BulkExportCursor(long nextSeq, long patientsExported, long patientsSkipped, Map<String, Long> resources,
                               Map<String, Long> fileBytes) {
    public BulkExportCursor {
        resources = Map.copyOf(resources);
        fileBytes = Map.copyOf(fileBytes);
    }

    /** @return the cursor of an export that has not started */
    public static BulkExportCursor start() {
        return new BulkExportCursor(1, 0, 0, Map.of(), Map.of());
    }

    /** @return a compact text form, for example {@code v1;seq=501;p=480;s=0;Patient=480:123456/...} */
    public String token() {
        StringBuilder b = new StringBuilder("v1;seq=").append(nextSeq).append(";p=").append(patientsExported).append(";s=").append(patientsSkipped);
        for (var e : new TreeMap<>(fileBytes).entrySet()) {
            b.append(';').append(e.getKey()).append('=').append(resources.getOrDefault(e.getKey(), 0L)).append(':').append(e.getValue());
        }
        return b.toString();
    }

    /**
     * @return the cursor {@link #token()} wrote
     * @throws ValidationException {@code MC-FHIR-041} when {@code token} is not one
     */
    public static BulkExportCursor parse(String token) {
        try {
            String[] parts = token.split(";");
            if (!parts[0].equals("v1")) {
                throw new IllegalArgumentException("version");
            }
            long seq = Long.parseLong(parts[1].substring("seq=".length()));
            long p = Long.parseLong(parts[2].substring("p=".length()));
            long s = Long.parseLong(parts[3].substring("s=".length()));
            Map<String, Long> resources = new TreeMap<>();
            Map<String, Long> bytes = new TreeMap<>();
            for (int i = 4; i < parts.length; i++) {
                String type = parts[i].substring(0, parts[i].indexOf('='));
                String[] counts = parts[i].substring(type.length() + 1).split(":");
                if (!type.matches("[A-Z][A-Za-z]{1,63}")) {
                    throw new IllegalArgumentException("type");
                }
                resources.put(type, Long.parseLong(counts[0]));
                bytes.put(type, Long.parseLong(counts[1]));
            }
            return new BulkExportCursor(seq, p, s, resources, bytes);
        } catch (RuntimeException e) {
            throw new ValidationException(List.of(new Violation("cursor", "MC-FHIR-041", "not a bulk export cursor token")));
        }
    }
}
