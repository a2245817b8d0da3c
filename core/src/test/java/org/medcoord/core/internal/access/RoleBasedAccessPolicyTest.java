package org.medcoord.core.internal.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.spi.AccessRequest;

@DisplayName("The built-in policy's bulk-export rule")
class RoleBasedAccessPolicyTest {

    private static final TenantId TENANT = TenantId.of("clinic-a");
    private static final Optional<PatientId> PATIENT = Optional.of(new PatientId(new UUID(7, 7)));

    private final RoleBasedAccessPolicy policy = new RoleBasedAccessPolicy();

    private boolean permitted(String role, PurposeOfUse purpose, Action action, DataCategory category) {
        AccessContext context = AccessContext.of(TENANT, Principal.of("user-1", role), purpose);
        return policy.decide(new AccessRequest(context, action, category, PATIENT)).permitted();
    }

    @ParameterizedTest
    @EnumSource(value = DataCategory.class, names = {"DEMOGRAPHICS", "CLINICAL", "MEDICATION", "NOTES", "CONSENT"})
    @DisplayName("a system process may EXPORT each record category for operations")
    void systemMayExportRecordsForOperations(DataCategory category) {
        assertThat(permitted(Roles.SYSTEM, PurposeOfUse.OPERATIONS, Action.EXPORT, category)).isTrue();
    }

    @Test
    @DisplayName("the rule grants EXPORT only: a system process still may not read notes or consents, nor disclose records")
    void theRuleGrantsExportOnly() {
        for (Action action : Action.values()) {
            if (action != Action.EXPORT) {
                assertThat(permitted(Roles.SYSTEM, PurposeOfUse.OPERATIONS, action, DataCategory.NOTES)).as(action.name()).isFalse();
                assertThat(permitted(Roles.SYSTEM, PurposeOfUse.OPERATIONS, action, DataCategory.CONSENT)).as(action.name()).isFalse();
            }
        }
        assertThat(permitted(Roles.SYSTEM, PurposeOfUse.OPERATIONS, Action.DISCLOSE, DataCategory.CLINICAL)).isFalse();
        assertThat(permitted(Roles.SYSTEM, PurposeOfUse.OPERATIONS, Action.EXPORT, DataCategory.AUDIT)).isFalse();
        assertThat(permitted(Roles.SYSTEM, PurposeOfUse.OPERATIONS, Action.EXPORT, DataCategory.BILLING)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = PurposeOfUse.class, names = {"OPERATIONS"}, mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("a system process may not bulk-export for any other purpose")
    void systemMayNotExportForOtherPurposes(PurposeOfUse purpose) {
        assertThat(permitted(Roles.SYSTEM, purpose, Action.EXPORT, DataCategory.CLINICAL)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = PurposeOfUse.class, names = {"PATIENT_REQUEST"}, mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("clinicians and nurses still may not export, except a clinician on the patient's request")
    void cliniciansStillCannotBulkExport(PurposeOfUse purpose) {
        for (DataCategory category : DataCategory.values()) {
            assertThat(permitted(Roles.CLINICIAN, purpose, Action.EXPORT, category)).as(category + " " + purpose).isFalse();
            assertThat(permitted(Roles.NURSE, purpose, Action.EXPORT, category)).as(category + " " + purpose).isFalse();
        }
        assertThat(permitted(Roles.CLINICIAN, PurposeOfUse.PATIENT_REQUEST, Action.EXPORT, DataCategory.CLINICAL)).isTrue();
    }
}
