package org.medcoord.records.internal;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.util.Optional;
import java.util.Set;
import org.medcoord.core.AccessDeniedException;
import org.medcoord.core.ConfigurationException;
import org.medcoord.core.Extensions;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.access.Roles;
import org.medcoord.core.data.DataSession;
import org.medcoord.records.CareTeams;

/**
 * The default policy's "a clinician sees patients in their care relationship", enforced by records because
 * only records knows care teams: the kernel's role table lets every clinician read every chart, and this
 * narrows it. Users who also hold a role that reads charts on its own (nurse, coordinator, system) are not
 * narrowed; a verified break-glass grant overrides it.
 */
@Singleton
final class CareRelationship {

    static final String SOURCE = "records.care-relationship";

    private static final Set<String> OTHER_CHART_ROLES = Set.of(Roles.NURSE, Roles.COORDINATOR, Roles.SYSTEM);

    private final boolean required;

    @Inject
    CareRelationship(Extensions extensions) {
        this.required = parse(extensions.setting(CareTeams.CARE_RELATIONSHIP_SETTING));
    }

    private static boolean parse(Optional<String> value) {
        String text = value.map(String::strip).orElse("true");
        if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            throw new ConfigurationException(ConfigurationException.CODE, "setting " + CareTeams.CARE_RELATIONSHIP_SETTING
                    + " must be true or false");
        }
        return Boolean.parseBoolean(text);
    }

    /**
     * For cross-patient lists (a ward's overdue doses, an appointment's encounter): true when the patient is
     * visible to the caller and, for a clinician, in their care relationship. Leaving the others out of a
     * list reveals nothing a direct read would not.
     */
    boolean allows(DataSession s, PatientId patient) {
        return Charts.visible(s, patient) && (!narrowed(s.context()) || DefaultCareTeams.isPractitioner(s, patient,
                s.context().principal().userId()));
    }

    private boolean narrowed(AccessContext c) {
        return required && c.principal().hasRole(Roles.CLINICIAN) && c.breakGlass().isEmpty()
                && OTHER_CHART_ROLES.stream().noneMatch(c.principal()::hasRole);
    }

    /**
     * Checks the patient exists and is visible to the caller (see {@link Charts#requireExists}), then that a
     * clinician caller is in the patient's care relationship. A denial is audited (it survives the rollback)
     * and thrown as {@code MC-REC-102}.
     */
    void requireReadable(DataSession s, PatientId patient) {
        Charts.requireExists(s, patient);
        AccessContext c = s.context();
        if (!narrowed(c) || DefaultCareTeams.isPractitioner(s, patient, c.principal().userId())) {
            return;
        }
        s.auditDenied(Action.READ, DataCategory.CLINICAL, Optional.of(patient), SOURCE, DefaultPatientRegistry.subject(patient),
                "clinician not in the patient's care team");
        throw new AccessDeniedException("MC-REC-102", "patient " + patient + " is not in your care relationship; ask to be added"
                + " to the patient's care team (CareTeams.add), or use break-glass in an emergency");
    }
}
