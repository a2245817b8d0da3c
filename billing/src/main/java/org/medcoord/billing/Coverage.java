package org.medcoord.billing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.PatientId;

/**
 * One policy covering a patient. The member id and subscriber are PHI: {@link #toString()} prints ids only,
 * and the member id is indexed as a keyed HMAC token, never in clear.
 *
 * @param id             the coverage's id
 * @param patient        the covered patient
 * @param payer          the payer
 * @param memberId       the member (subscriber) id printed on the insurance card
 * @param groupNumber    the group number, when the plan has one
 * @param plan           the plan name or code, which selects the payer's fee schedule
 * @param relationship   the patient's relationship to the subscriber
 * @param subscriber     the subscriber (the policy holder; the patient when the relationship is
 *                       {@link SubscriberRelationship#SELF})
 * @param dependent      the patient as the payer knows them, when the patient is not the subscriber
 * @param order          primary, secondary or tertiary
 * @param effectiveFrom  the first day covered
 * @param effectiveTo    the last day covered, when the policy ends
 * @since 0.1.0
 */
public record Coverage(CoverageId id, PatientId patient, PayerId payer, String memberId, Optional<String> groupNumber,
                       String plan, SubscriberRelationship relationship, InsuredPerson subscriber, Optional<InsuredPerson> dependent,
                       CoverageOrder order,
                       LocalDate effectiveFrom, Optional<LocalDate> effectiveTo) {
    /** Checks the components are present. */
    public Coverage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(groupNumber, "groupNumber");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(subscriber, "subscriber");
        Objects.requireNonNull(dependent, "dependent");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(effectiveTo, "effectiveTo");
    }

    /**
     * @param day a date of service
     * @return true when {@code day} falls in the effective period
     */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && effectiveTo.map(end -> !day.isAfter(end)).orElse(true);
    }

    /**
     * @param lastDay the last covered day
     * @return a copy ending on {@code lastDay}
     */
    public Coverage withEffectiveTo(LocalDate lastDay) {
        return new Coverage(id, patient, payer, memberId, groupNumber, plan, relationship, subscriber, dependent, order, effectiveFrom,
                Optional.of(lastDay));
    }

    /** Prints ids, order and period only: the member id and subscriber are PHI. */
    @Override
    public String toString() {
        return "Coverage[" + id + " patient " + patient + " payer " + payer + " " + order + " from " + effectiveFrom
                + effectiveTo.map(end -> " to " + end).orElse("") + "]";
    }
}
