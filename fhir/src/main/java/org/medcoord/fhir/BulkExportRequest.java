package org.medcoord.fhir;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to export where.
 *
 * @param directory  where the NDJSON files go (created when missing)
 * @param pageSize   how many outbox events to read per page (1 to 10,000); progress is reported after each page
 * @param resumeFrom the cursor of an interrupted export of the same directory, or empty to start afresh
 * @param listener   hears the progress after every page (on the exporting thread)
 * @since 0.1.0
 */
public record BulkExportRequest(Path directory, int pageSize, Optional<BulkExportCursor> resumeFrom, BulkExportListener listener) {
    public BulkExportRequest {
        Objects.requireNonNull(directory, "directory");
        resumeFrom = resumeFrom == null ? Optional.empty() : resumeFrom;
        listener = listener == null ? progress -> { } : listener;
    }

    /** @return a fresh export into {@code directory}, 500 events per page, without a listener */
    public static BulkExportRequest into(Path directory) {
        return new BulkExportRequest(directory, 500, Optional.empty(), null);
    }

    /** @return this request resuming from {@code cursor} */
    public BulkExportRequest resumingFrom(BulkExportCursor cursor) {
        return new BulkExportRequest(directory, pageSize, Optional.of(cursor), listener);
    }

    /** @return this request reporting to {@code value} */
    public BulkExportRequest withListener(BulkExportListener value) {
        return new BulkExportRequest(directory, pageSize, resumeFrom, value);
    }

    /** @return this request reading {@code size} events per page */
    public BulkExportRequest withPageSize(int size) {
        return new BulkExportRequest(directory, size, resumeFrom, listener);
    }
}
