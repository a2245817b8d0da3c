package org.medcoord.fhir;

/**
 * Hears a bulk export's progress. Called on the exporting thread after every page, once the files are flushed;
 * keep the latest cursor somewhere durable to resume after a crash. An exception thrown here stops the export
 * (the files stay as the cursor describes them).
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface BulkExportListener {

    /** @param progress how far the export is */
    void progress(BulkExportProgress progress);
}
