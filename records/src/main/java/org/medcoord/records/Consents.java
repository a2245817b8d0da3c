package org.medcoord.records;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.DataCategory;

/**
 * Patient consent: who inside the clinic may see a restricted record, and what may be disclosed to whom
 * outside it. Access is decided on {@link org.medcoord.core.access.DataCategory#CONSENT} and audited.
 * Thread-safe.
 *
 * <p>A restricted patient is visible only to the users the restriction lists (and under break-glass):
 * to everyone else, reads answer "not found" exactly as for a patient that does not exist, and searches
 * leave the record out inside the storage engine, so neither the results, nor the page sizes, nor the
 * next-page tokens reveal it.
 *
 * @since 0.1.0
 */
public interface Consents {

    /**
     * Restricts who may see the patient to {@code users} (user ids; 1 to 100). Replaces any earlier restriction.
     * Only the listed users (and break-glass) can change or lift it afterwards, so list whoever manages it.
     *
     * @throws org.medcoord.core.VersionConflictException when {@code expectedVersion} is not the patient's current version
     */
    Patient restrictAccess(AccessContext context, PatientId patient, long expectedVersion, Set<String> users);

    /** Lifts the restriction: the patient is visible to everyone the access policy lets through again. */
    Patient liftRestriction(AccessContext context, PatientId patient, long expectedVersion);

    /**
     * Records the patient's permission to disclose {@code categories} to {@code recipient} from now until {@code until}.
     *
     * @throws org.medcoord.core.ValidationException when the recipient is blank, no category is named, or
     *         {@code until} is not in the future
     */
    ConsentDirective permitDisclosure(AccessContext context, PatientId patient, String recipient, Set<DataCategory> categories,
                                      Instant until);

    /** Revokes a permission from now on. */
    ConsentDirective revoke(AccessContext context, ConsentId consent, long expectedVersion);

    /** @return true when an active permission covers disclosing {@code category} to {@code recipient} now */
    boolean mayDisclose(AccessContext context, PatientId patient, String recipient, DataCategory category);

    /**
     * Records the patient's permission for {@code userId} to see their entries of {@code categories} until {@code until}.
     *
     * @throws org.medcoord.core.ValidationException when the user id is blank, no category is named, or
     *         {@code until} is not in the future
     */
    SensitiveAccessGrant grantSensitiveAccess(AccessContext context, PatientId patient, String userId, Set<SensitiveCategory> categories,
                                              Instant until);

    /** Revokes a sensitive-access permission from now on. */
    SensitiveAccessGrant revokeSensitiveAccess(AccessContext context, ConsentId grant, long expectedVersion);

    /** @return the patient's sensitive-access permissions, in creation order */
    List<SensitiveAccessGrant> sensitiveAccessGrants(AccessContext context, PatientId patient);

    /** @return the patient's directives, in creation order */
    List<ConsentDirective> list(AccessContext context, PatientId patient);
}
