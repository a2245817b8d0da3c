package org.medcoord.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;

/**
 * Patients' insurance policies. Every call is checked and audited against the {@code INSURANCE} data
 * category of the patient concerned. Thread-safe.
 *
 * @since 0.1.0
 */
public interface CoverageService {

    /**
     * Records a policy.
     *
     * @param context who asks
     * @param coverage the policy
     * @return the stored coverage
     * @throws org.medcoord.core.ValidationException listing every problem ({@code MC-BILL-010..017}), among
     *         them an unknown payer and a period overlapping another coverage of the same order
     */
    Coverage add(AccessContext context, NewCoverage coverage);

    /**
     * @param context who asks
     * @param id      the coverage
     * @return the coverage
     * @throws org.medcoord.core.NotFoundException ({@code MC-BILL-404}) when there is none
     */
    Coverage coverage(AccessContext context, CoverageId id);

    /**
     * @param context who asks
     * @param patient the patient
     * @return every coverage of the patient, by order then start
     */
    List<Coverage> forPatient(AccessContext context, PatientId patient);

    /**
     * @param context who asks
     * @param patient the patient
     * @param day     a date of service
     * @return the coverages active on {@code day}, primary first
     */
    List<Coverage> activeOn(AccessContext context, PatientId patient, LocalDate day);

    /**
     * Finds a coverage by the member id on a card, without the member id ever reaching storage in clear.
     *
     * @param context  who asks
     * @param payer    the payer
     * @param memberId the member id
     * @return the coverages of that payer with that member id (a family shares one)
     */
    List<Coverage> byMemberId(AccessContext context, PayerId payer, String memberId);

    /**
     * Ends a policy.
     *
     * @param context who asks
     * @param id      the coverage
     * @param lastDay the last covered day, not before its first
     * @return the updated coverage
     */
    Coverage end(AccessContext context, CoverageId id, LocalDate lastDay);

    /**
     * Looks a coverage up, for callers that may not know whether it exists.
     *
     * @param context who asks
     * @param id      the coverage
     * @return the coverage, if any
     */
    Optional<Coverage> find(AccessContext context, CoverageId id);
}
