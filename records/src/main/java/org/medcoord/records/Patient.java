package org.medcoord.records;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.PatientId;

/**
 * A patient record as read: who the patient is, the MRN their facility gave them, and the version to
 * pass to the next update.
 *
 * @param id          the patient id
 * @param version     the current version; updates must name it
 * @param facility    the code of the facility that registered the patient and issued the MRN
 * @param mrn         the medical record number, unique in the facility
 * @param demographics who the patient is
 * @param identifiers identifiers other systems gave the patient
 * @param status      active, inactive or merged
 * @param mergedInto  the survivor, when this record was merged into another
 * @param mergedMrns  MRNs of records merged into this one (still found by an MRN search)
 * @param updatedAt   when this version was written
 * @param updatedBy   the user id that wrote this version
 * @param restricted  true when a consent restriction limits who may see the patient (see {@link Consents})
 * @since 0.1.0
 */
public record Patient(PatientId id, long version, String facility, String mrn, Demographics demographics,
                      List<ExternalIdentifier> identifiers, PatientStatus status, Optional<PatientId> mergedInto,
                      List<String> mergedMrns, Instant updatedAt, String updatedBy,
                      boolean restricted) {
    public Patient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(demographics, "demographics");
        identifiers = List.copyOf(identifiers);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(mergedInto, "mergedInto");
        mergedMrns = List.copyOf(mergedMrns);
    }

    /** @return true when the record is in use (not deactivated, not merged) */
    public boolean active() {
        return status == PatientStatus.ACTIVE;
    }

    /** Prints the id, version and status only: the rest is PHI. */
    @Override
    public String toString() {
        return "Patient[" + id + " v" + version + " " + status + "]";
    }
}
