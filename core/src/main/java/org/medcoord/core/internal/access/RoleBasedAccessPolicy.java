package org.medcoord.core.internal.access;

import static org.medcoord.core.access.Action.CREATE;
import static org.medcoord.core.access.Action.DISCLOSE;
import static org.medcoord.core.access.Action.EXPORT;
import static org.medcoord.core.access.Action.READ;
import static org.medcoord.core.access.Action.SEARCH;
import static org.medcoord.core.access.Action.UPDATE;
import static org.medcoord.core.access.Action.ADMINISTER;
import static org.medcoord.core.access.DataCategory.ADMINISTRATION;
import static org.medcoord.core.access.DataCategory.AUDIT;
import static org.medcoord.core.access.DataCategory.BILLING;
import static org.medcoord.core.access.DataCategory.CLINICAL;
import static org.medcoord.core.access.DataCategory.CONSENT;
import static org.medcoord.core.access.DataCategory.DEMOGRAPHICS;
import static org.medcoord.core.access.DataCategory.EVENTS;
import static org.medcoord.core.access.DataCategory.INSURANCE;
import static org.medcoord.core.access.DataCategory.INVENTORY;
import static org.medcoord.core.access.DataCategory.MEDICATION;
import static org.medcoord.core.access.DataCategory.NOTES;
import static org.medcoord.core.access.DataCategory.SCHEDULING;
import static org.medcoord.core.access.PurposeOfUse.EMERGENCY_TREATMENT;
import static org.medcoord.core.access.PurposeOfUse.LEGAL;
import static org.medcoord.core.access.PurposeOfUse.OPERATIONS;
import static org.medcoord.core.access.PurposeOfUse.PATIENT_REQUEST;
import static org.medcoord.core.access.PurposeOfUse.PAYMENT;
import static org.medcoord.core.access.PurposeOfUse.SYSTEM_ADMINISTRATION;
import static org.medcoord.core.access.PurposeOfUse.TREATMENT;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.spi.AccessDecision;
import org.medcoord.core.spi.AccessPolicy;
import org.medcoord.core.spi.AccessRequest;

/**
 * The built-in policy: a fixed table of what each role may do, to which data, for which purpose.
 * Whatever the table does not list is denied; nobody may DELETE (clinical data is never hard-deleted).
 * A verified break-glass grant (checked by {@link AccessGate} before the policy is asked) additionally
 * permits clinical reads and writes for emergency treatment.
 */
public final class RoleBasedAccessPolicy implements AccessPolicy {

    /** One row of the table: a role may do {@code actions} on {@code categories} for {@code purposes}. */
    record Rule(String role, Set<DataCategory> categories, Set<Action> actions, Set<PurposeOfUse> purposes) {
    }

    private static final Set<Action> READ_WRITE = EnumSet.of(READ, SEARCH, CREATE, UPDATE);
    private static final Set<Action> READ_ONLY = EnumSet.of(READ, SEARCH);
    private static final Set<DataCategory> CHART = EnumSet.of(DEMOGRAPHICS, CLINICAL, MEDICATION, NOTES, SCHEDULING, CONSENT);

    static final List<Rule> RULES = List.of(
            new Rule(Roles.CLINICIAN, CHART, READ_WRITE, EnumSet.of(TREATMENT, EMERGENCY_TREATMENT)),
            new Rule(Roles.CLINICIAN, EnumSet.of(INSURANCE, BILLING), READ_ONLY, EnumSet.of(TREATMENT)),
            new Rule(Roles.CLINICIAN, CHART, EnumSet.of(READ, SEARCH, EXPORT, DISCLOSE), EnumSet.of(PATIENT_REQUEST)),
            new Rule(Roles.NURSE, CHART, READ_WRITE, EnumSet.of(TREATMENT, EMERGENCY_TREATMENT)),
            new Rule(Roles.COORDINATOR, EnumSet.of(DEMOGRAPHICS, SCHEDULING, INSURANCE, CONSENT, INVENTORY), READ_WRITE,
                    EnumSet.of(TREATMENT, OPERATIONS, PAYMENT)),
            new Rule(Roles.COORDINATOR, EnumSet.of(CLINICAL, MEDICATION), READ_ONLY, EnumSet.of(TREATMENT)),
            new Rule(Roles.COORDINATOR, EnumSet.of(DEMOGRAPHICS, CLINICAL, MEDICATION, SCHEDULING, CONSENT, INSURANCE, BILLING),
                    EnumSet.of(READ, SEARCH, EXPORT, DISCLOSE), EnumSet.of(PATIENT_REQUEST)),
            new Rule(Roles.FRONT_DESK, EnumSet.of(DEMOGRAPHICS, SCHEDULING, INSURANCE), READ_WRITE, EnumSet.of(TREATMENT, OPERATIONS)),
            new Rule(Roles.BILLING, EnumSet.of(DEMOGRAPHICS, SCHEDULING), READ_ONLY, EnumSet.of(PAYMENT)),
            new Rule(Roles.BILLING, EnumSet.of(INSURANCE, BILLING), EnumSet.of(READ, SEARCH, CREATE, UPDATE, DISCLOSE), EnumSet.of(PAYMENT)),
            new Rule(Roles.SUPPLY, EnumSet.of(INVENTORY), READ_WRITE, EnumSet.of(OPERATIONS)),
            new Rule(Roles.AUDITOR, EnumSet.of(AUDIT), EnumSet.of(READ, SEARCH, EXPORT), EnumSet.of(LEGAL, OPERATIONS)),
            new Rule(Roles.ADMIN, EnumSet.of(ADMINISTRATION), EnumSet.of(READ, SEARCH, CREATE, UPDATE, ADMINISTER),
                    EnumSet.of(SYSTEM_ADMINISTRATION, OPERATIONS)),
            new Rule(Roles.ADMIN, EnumSet.of(AUDIT), EnumSet.of(READ, ADMINISTER), EnumSet.of(SYSTEM_ADMINISTRATION, LEGAL)),
            new Rule(Roles.SYSTEM, EnumSet.of(DEMOGRAPHICS, SCHEDULING, INSURANCE, BILLING, INVENTORY, CLINICAL, MEDICATION), READ_WRITE,
                    EnumSet.of(OPERATIONS, PAYMENT, TREATMENT)),
            new Rule(Roles.SYSTEM, EnumSet.of(INSURANCE, BILLING), EnumSet.of(DISCLOSE), EnumSet.of(PAYMENT)),
            // Bulk export (e.g. FHIR $export) by a system process: EXPORT only, so each exported record is audited as one.
            new Rule(Roles.SYSTEM, EnumSet.of(DEMOGRAPHICS, CLINICAL, MEDICATION, NOTES, CONSENT), EnumSet.of(EXPORT), EnumSet.of(OPERATIONS)),
            new Rule(Roles.SYSTEM, EnumSet.of(EVENTS), READ_ONLY, EnumSet.of(OPERATIONS)),
            new Rule(Roles.COORDINATOR, EnumSet.of(EVENTS), READ_ONLY, EnumSet.of(OPERATIONS)),
            new Rule(Roles.ADMIN, EnumSet.of(EVENTS), READ_ONLY, EnumSet.of(SYSTEM_ADMINISTRATION, OPERATIONS)));

    private static final Set<DataCategory> BREAK_GLASS_CATEGORIES = EnumSet.of(DEMOGRAPHICS, CLINICAL, MEDICATION, NOTES, CONSENT, SCHEDULING);

    private final Map<String, List<Rule>> byRole;

    public RoleBasedAccessPolicy() {
        this.byRole = RULES.stream().collect(java.util.stream.Collectors.groupingBy(Rule::role));
    }

    @Override
    public String id() {
        return "role-based";
    }

    @Override
    public AccessDecision decide(AccessRequest request) {
        for (String role : request.context().principal().roles()) {
            for (Rule rule : byRole.getOrDefault(role, List.of())) {
                if (rule.categories().contains(request.category()) && rule.actions().contains(request.action())
                        && rule.purposes().contains(request.context().purpose())) {
                    return AccessDecision.permit("role " + role + " may " + request.action() + " " + request.category()
                            + " for " + request.context().purpose());
                }
            }
        }
        // The gate has already verified that the grant was issued, belongs to this principal and is in force.
        if (request.context().breakGlass().isPresent() && BREAK_GLASS_CATEGORIES.contains(request.category())
                && READ_WRITE.contains(request.action())) {
            return AccessDecision.permitByBreakGlass("break-glass grant " + request.context().breakGlass().get().grantId());
        }
        return AccessDecision.deny("no rule lets roles " + new java.util.TreeSet<>(request.context().principal().roles())
                + " " + request.action() + " " + request.category() + " for " + request.context().purpose());
    }
}
