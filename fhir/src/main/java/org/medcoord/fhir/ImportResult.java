package org.medcoord.fhir;

import java.util.List;
import java.util.Objects;
import org.medcoord.core.PatientId;

/**
 * What an import did.
 *
 * @param patient        the patient the bundle was imported into
 * @param patientCreated true when the import registered the patient, false when it matched one by identifier
 * @param created        how many history entries and vital signs it recorded
 * @param unchanged      how many it found already recorded and left alone
 * @param warnings       content left out (resource types the import does not take, elements records has no place for)
 * @since 0.1.0
 */
public record ImportResult(PatientId patient, boolean patientCreated, int created, int unchanged, List<MappingIssue> warnings) {
    public ImportResult {
        Objects.requireNonNull(patient, "patient");
        warnings = List.copyOf(warnings);
    }
}
