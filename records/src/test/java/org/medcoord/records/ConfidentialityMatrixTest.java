package org.medcoord.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medcoord.records.Clinic.person;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medcoord.core.AccessDeniedException;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.audit.AuditEntry;
import org.medcoord.core.audit.AuditOutcome;

/**
 * Role x operation: each combination is allowed or denied as the default policy's minimum-necessary table
 * says, and each attempt leaves its trace in the audit trail (a denial exactly one DENIED entry, nothing
 * else). A clinician reads the chart only within a care relationship (on the patient's care team); outside
 * it, demographics and search stay open. Sensitive-category permissions are covered by SensitiveEntriesTest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfidentialityMatrixTest {

    private Clinic clinic;
    private PatientId patient;

    @BeforeAll
    void start() {
        clinic = new Clinic();
        patient = clinic.registry().register(Clinic.DESK, RegisterPatient.at("NORTH", person("Ana", "Silva", LocalDate.of(1980, 5, 17),
                "555-201-0001"))).id();
        clinic.treatedBy(patient, ROLES.get("clinician").principal().userId());
    }

    @AfterAll
    void stop() {
        clinic.close();
    }

    private static AccessContext as(String role, PurposeOfUse purpose) {
        return AccessContext.of(Clinic.TENANT, Principal.of(role + "-user", role), purpose);
    }

    private static final Map<String, AccessContext> ROLES = Map.of(
            "clinician", as(Roles.CLINICIAN, PurposeOfUse.TREATMENT),
            "nurse", as(Roles.NURSE, PurposeOfUse.TREATMENT),
            "coordinator", as(Roles.COORDINATOR, PurposeOfUse.TREATMENT),
            "front-desk", as(Roles.FRONT_DESK, PurposeOfUse.OPERATIONS),
            "billing", as(Roles.BILLING, PurposeOfUse.PAYMENT),
            "supply", as(Roles.SUPPLY, PurposeOfUse.OPERATIONS),
            "auditor", as(Roles.AUDITOR, PurposeOfUse.LEGAL),
            // a clinician outside the patient's care team: the care-relationship rule narrows the role's chart reads
            "clinician outside the care team", AccessContext.of(Clinic.TENANT, Principal.of("other-clinician", Roles.CLINICIAN),
                    PurposeOfUse.TREATMENT));

    private final Map<String, BiConsumer<Clinic, AccessContext>> operations = Map.of(
            "read demographics", (c, who) -> c.registry().get(who, patient),
            "search patients", (c, who) -> c.registry().findByPhone(who, "555-201-0001", PageRequest.first(5)),
            "read history", (c, who) -> c.service(MedicalHistory.class).list(who, patient, Set.of()),
            "record allergy", (c, who) -> c.service(MedicalHistory.class).record(who, patient,
                    new HistoryItem.Allergy(MedicalHistoryTest.PENICILLIN, "", HistoryItem.Severity.MILD), EntrySource.CLINICIAN),
            "read notes", (c, who) -> c.service(ClinicalNotes.class).list(who, patient),
            "read medications", (c, who) -> c.service(MedicationSchedules.class).orders(who, patient),
            "chart vitals", (c, who) -> c.service(Vitals.class).record(who, patient, VitalKind.HEART_RATE, new BigDecimal("70"), "/min",
                    c.clock.instant(), Optional.empty()));

    /** role, operation, allowed. */
    static Stream<Arguments> matrix() {
        String[][] allowed = {
                {"clinician", "read demographics", "search patients", "read history", "record allergy", "read notes", "read medications", "chart vitals"},
                {"nurse", "read demographics", "search patients", "read history", "record allergy", "read notes", "read medications", "chart vitals"},
                {"coordinator", "read demographics", "search patients", "read history", "read medications"},
                {"front-desk", "read demographics", "search patients"},
                {"billing", "read demographics", "search patients"},
                {"supply"},
                {"auditor"},
                {"clinician outside the care team", "read demographics", "search patients", "record allergy", "chart vitals"}};
        List<String> ops = List.of("read demographics", "search patients", "read history", "record allergy", "read notes", "read medications",
                "chart vitals");
        List<Arguments> rows = new ArrayList<>();
        for (String[] row : allowed) {
            List<String> yes = List.of(row).subList(1, row.length);
            for (String op : ops) {
                rows.add(Arguments.of(row[0], op, yes.contains(op)));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} / {1}: allowed={2}")
    @MethodSource("matrix")
    void eachRoleMaySeeAndDoOnlyWhatItNeedsAndEveryAttemptIsAudited(String role, String operation, boolean allowed) {
        AccessContext who = ROLES.get(role);
        long before = clinic.audit().stream().mapToLong(AuditEntry::seq).max().orElse(0);
        if (allowed) {
            operations.get(operation).accept(clinic, who);
        } else {
            assertThatThrownBy(() -> operations.get(operation).accept(clinic, who)).isInstanceOf(AccessDeniedException.class);
        }
        // the auditor's report reads the trail itself, which is audited too: look only at this user's entries
        List<AuditEntry> added = clinic.audit().stream()
                .filter(e -> e.seq() > before && e.event().userId().equals(who.principal().userId())).toList();
        if (allowed) {
            assertThat(added).isNotEmpty().allSatisfy(e -> assertThat(e.event().outcome()).isEqualTo(AuditOutcome.SUCCESS));
        } else {
            assertThat(added).hasSize(1).allSatisfy(e -> assertThat(e.event().outcome()).isEqualTo(AuditOutcome.DENIED));
        }
    }
}
