package org.medcoord.fhir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a bulk export wrote.
 *
 * @param patientsExported patients written
 * @param patientsSkipped  patients the caller may not see
 * @param resources        resources written, by resource type
 * @param files            the NDJSON files, and the manifest last
 * @param cursor           the final cursor (resuming from it writes nothing new until more patients register)
 * @since 0.1.0
 */
public record BulkExportResult(long patientsExported, long patientsSkipped, Map<String, Long> resources, List<Path> files,
                               BulkExportCursor cursor) {
    public BulkExportResult {
        resources = Map.copyOf(resources);
        files = List.copyOf(files);
        Objects.requireNonNull(cursor, "cursor");
    }
}
