package org.medcoord.fhir;

import java.util.Map;
import java.util.Objects;

/**
 * How far a bulk export is.
 *
 * @param patientsExported patients written so far (including before a resume)
 * @param patientsSkipped  patients the caller may not see, skipped so far
 * @param resources        resources written so far, by resource type
 * @param cursor           where to resume from
 * @since 0.1.0
 */
public record BulkExportProgress(long patientsExported, long patientsSkipped, Map<String, Long> resources, BulkExportCursor cursor) {
    public BulkExportProgress {
        resources = Map.copyOf(resources);
        Objects.requireNonNull(cursor, "cursor");
    }
}
