package org.medcoord.billing;

import java.time.LocalDate;
import java.util.Optional;
import org.medcoord.core.PatientId;

/**
 * What {@link CoverageService#add} needs to record a policy. Checked by the service, which reports every
 * problem at once. PHI: {@link #toString()} prints ids only.
 *
 * @param patient       the covered patient; required
 * @param payer         a registered payer; required
 * @param memberId      the member id from the card; required
 * @param groupNumber   the group number, when the plan has one
 * @param plan          the plan name or code; required
 * @param relationship  the patient's relationship to the subscriber; required
 * @param subscriber    the subscriber (the patient when the relationship is {@link SubscriberRelationship#SELF});
 *                      required, with a well-formed address
 * @param dependent     the patient as the payer knows them; required unless the relationship is
 *                      {@link SubscriberRelationship#SELF}
 * @param order         primary, secondary or tertiary; at most one coverage per order at any date
 * @param effectiveFrom the first covered day; required
 * @param effectiveTo   the last covered day, not before {@code effectiveFrom}
 * @since 0.1.0
 */
public record NewCoverage(PatientId patient, PayerId payer, String memberId, Optional<String> groupNumber, String plan,
                          SubscriberRelationship relationship, InsuredPerson subscriber, Optional<InsuredPerson> dependent,
                          CoverageOrder order,
                          LocalDate effectiveFrom, Optional<LocalDate> effectiveTo) {

    /**
     * A policy the patient holds, open-ended.
     *
     * @param patient       the patient
     * @param insured       the patient's details as on the insurance card
     * @param payer         the payer
     * @param memberId      the member id
     * @param plan          the plan
     * @param order         its order
     * @param effectiveFrom the first covered day
     * @return the command
     */
    public static NewCoverage self(PatientId patient, InsuredPerson insured, PayerId payer, String memberId, String plan,
                                   CoverageOrder order, LocalDate effectiveFrom) {
        return new NewCoverage(patient, payer, memberId, Optional.empty(), plan, SubscriberRelationship.SELF, insured, Optional.empty(),
                order, effectiveFrom, Optional.empty());
    }

    /**
     * @param group the group number
     * @return a copy with the group number
     */
    public NewCoverage withGroupNumber(String group) {
        return new NewCoverage(patient, payer, memberId, Optional.ofNullable(group), plan, relationship, subscriber, dependent,
                order, effectiveFrom, effectiveTo);
    }

    /**
     * @param lastDay the last covered day
     * @return a copy ending on {@code lastDay}
     */
    public NewCoverage withEffectiveTo(LocalDate lastDay) {
        return new NewCoverage(patient, payer, memberId, groupNumber, plan, relationship, subscriber, dependent, order,
                effectiveFrom, Optional.ofNullable(lastDay));
    }

    /**
     * A policy held by someone else: {@code holder} becomes the subscriber and the previous subscriber (the
     * patient's own details) the dependent.
     *
     * @param relation the patient's relationship to the subscriber
     * @param holder   the subscriber
     * @return a copy held by {@code holder}
     */
    public NewCoverage heldBy(SubscriberRelationship relation, InsuredPerson holder) {
        return new NewCoverage(patient, payer, memberId, groupNumber, plan, relation, holder, Optional.ofNullable(subscriber), order,
                effectiveFrom, effectiveTo);
    }

    /** Prints ids and order only: the member id and subscriber are PHI. */
    @Override
    public String toString() {
        return "NewCoverage[patient " + patient + " payer " + payer + " " + order + "]";
    }
}
