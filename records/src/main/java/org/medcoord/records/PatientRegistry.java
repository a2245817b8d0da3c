package org.medcoord.records;

import java.time.LocalDate;
import java.util.List;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.data.ResultPage;

/**
 * Registers, reads, updates, finds and merges patients. Every method checks the access policy for
 * {@link org.medcoord.core.access.DataCategory#DEMOGRAPHICS} and audits in the same transaction;
 * searches audit one SEARCH event that names no criteria values. Thread-safe.
 *
 * <p>Searches match exactly through tokenised index fields: after normalising case, white space and
 * (for names) accents, never by prefix or spelling. They return active patients only, except the MRN
 * search, which also returns inactive and merged records (a merged one names its survivor).
 *
 * @since 0.1.0
 */
public interface PatientRegistry {

    /**
     * Registers a patient and issues an MRN unique in the facility (or keeps a valid imported one).
     *
     * @throws org.medcoord.core.ValidationException listing every problem with the request; nothing is stored
     * @throws org.medcoord.core.ConflictException {@code MC-REC-020} when an external identifier is held by
     *         another patient, {@code MC-REC-021} when an imported MRN is taken
     */
    Patient register(AccessContext context, RegisterPatient request);

    /** @throws org.medcoord.core.NotFoundException when the tenant has no such patient */
    Patient get(AccessContext context, PatientId patient);

    /**
     * Replaces the demographics.
     *
     * @throws org.medcoord.core.VersionConflictException when {@code expectedVersion} is not current
     * @throws org.medcoord.core.ConflictException {@code MC-REC-022} when the patient is not active
     */
    Patient updateDemographics(AccessContext context, PatientId patient, long expectedVersion, Demographics demographics);

    /**
     * Adds an identifier another system gave the patient.
     *
     * @throws org.medcoord.core.ConflictException {@code MC-REC-020} when another patient holds it
     */
    Patient addIdentifier(AccessContext context, PatientId patient, long expectedVersion, ExternalIdentifier identifier);

    /**
     * @return every version of the patient record, oldest first, each with who wrote it and when: demographic
     *         changes, identifiers added, deactivation, merges and consent restrictions
     */
    List<Patient> versions(AccessContext context, PatientId patient);

    /** Marks the record inactive; it stays readable and keeps its MRN. */
    Patient deactivate(AccessContext context, PatientId patient, long expectedVersion);

    /** @return the patients with this MRN (any status); usually one */
    ResultPage<Patient> findByMrn(AccessContext context, String mrn, PageRequest page);

    /** @return the patient holding this external identifier, any status */
    ResultPage<Patient> findByIdentifier(AccessContext context, ExternalIdentifier identifier, PageRequest page);

    /**
     * @param givenName the first given name, or {@code null} to match on family name and birth date only
     * @return active patients with this name and birth date
     */
    ResultPage<Patient> findByNameAndBirthDate(AccessContext context, String familyName, String givenName, LocalDate birthDate,
                                               PageRequest page);

    /** @return active patients with this phone number (compared by digits; a leading US country code 1 is ignored) */
    ResultPage<Patient> findByPhone(AccessContext context, String phone, PageRequest page);

    /**
     * Looks for active patients that may be the same person as {@code patient}: candidates share a name
     * and birth date, a name, a given name and birth date, or a phone number; each is scored on name,
     * birth date and phone, with reasons.
     *
     * @return candidates scoring at least 50, best first
     */
    List<DuplicateCandidate> findDuplicates(AccessContext context, PatientId patient);

    /** As {@link #findDuplicates(AccessContext, PatientId)}, for demographics not registered yet (check before registering). */
    List<DuplicateCandidate> findDuplicates(AccessContext context, Demographics demographics);

    /**
     * Merges {@code merged} into {@code survivor}: the survivor keeps its MRN and gains the merged record's
     * external identifiers and MRN (as a merged MRN); every history entry, encounter and note of the merged
     * record moves to the survivor; the merged record is kept, marked MERGED and linked to the survivor.
     * Needs UPDATE on demographics and on clinical data of both patients.
     *
     * @return the survivor as it is after the merge
     * @throws org.medcoord.core.VersionConflictException when either version is not current
     */
    Patient merge(AccessContext context, PatientId survivor, long survivorVersion, PatientId merged, long mergedVersion);
}
