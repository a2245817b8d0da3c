package org.medcoord.example.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.AccessDeniedException;
import org.medcoord.core.InMemoryStorage;
import org.medcoord.core.MedCoord;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.spi.AccessDecision;
import org.medcoord.core.spi.AccessPolicies;
import org.medcoord.core.spi.AccessPolicy;
import org.medcoord.core.spi.AccessRequest;
import org.medcoord.records.AdministrativeSex;
import org.medcoord.records.Demographics;
import org.medcoord.records.Patient;
import org.medcoord.records.PatientRegistry;
import org.medcoord.records.PersonName;
import org.medcoord.records.RegisterPatient;
import org.medcoord.testsupport.TestKeys;

class StudentShiftPolicyTest {

    private static final TenantId TENANT = TenantId.of("clinic-a");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final AccessContext STUDENT = context("student-1", PurposeOfUse.TREATMENT, StudentShiftPolicy.STUDENT);
    private static final Optional<PatientId> PATIENT = Optional.of(new PatientId(java.util.UUID.randomUUID()));

    private static AccessContext context(String user, PurposeOfUse purpose, String... roles) {
        return AccessContext.of(TENANT, Principal.of(user, roles), purpose);
    }

    private static Clock at(String localTime) {
        return Clock.fixed(LocalDate.of(2026, 11, 5).atTime(LocalTime.parse(localTime)).atZone(CHICAGO).toInstant(), ZoneOffset.UTC);
    }

    private static StudentShiftPolicy dayShiftAt(String localTime) {
        return new StudentShiftPolicy(AccessPolicies.roleBased(), at(localTime), CHICAGO, LocalTime.of(7, 0), LocalTime.of(19, 0));
    }

    private static AccessDecision decide(AccessPolicy policy, AccessContext who, Action action, DataCategory category) {
        return policy.decide(new AccessRequest(who, action, category, PATIENT));
    }

    @AfterEach
    void clearProperties() {
        System.clearProperty(StudentShiftPolicy.SHIFT_START_PROPERTY);
        System.clearProperty(StudentShiftPolicy.SHIFT_END_PROPERTY);
        System.clearProperty(StudentShiftPolicy.ZONE_PROPERTY);
    }

    @Test
    void aStudentOnShiftMayReadTheChartForTreatment() {
        AccessDecision decision = decide(dayShiftAt("10:15"), STUDENT, Action.READ, DataCategory.CLINICAL);

        assertThat(decision.permitted()).isTrue();
        assertThat(decision.reason()).startsWith("student-shift");
    }

    @Test
    void aStudentOffShiftIsDeniedEvenAMinuteAfterItEnds() {
        assertThat(decide(dayShiftAt("19:00"), STUDENT, Action.READ, DataCategory.CLINICAL).permitted()).isFalse();
        assertThat(decide(dayShiftAt("06:59"), STUDENT, Action.SEARCH, DataCategory.DEMOGRAPHICS).permitted()).isFalse();
        assertThat(decide(dayShiftAt("07:00"), STUDENT, Action.SEARCH, DataCategory.DEMOGRAPHICS).permitted()).isTrue();
    }

    @Test
    void aStudentNeverWritesExportsOrReadsNotesEvenOnShift() {
        StudentShiftPolicy policy = dayShiftAt("10:00");

        assertThat(decide(policy, STUDENT, Action.CREATE, DataCategory.CLINICAL).permitted()).isFalse();
        assertThat(decide(policy, STUDENT, Action.EXPORT, DataCategory.CLINICAL).permitted()).isFalse();
        assertThat(decide(policy, STUDENT, Action.READ, DataCategory.NOTES).permitted()).isFalse();
        assertThat(decide(policy, context("student-1", PurposeOfUse.OPERATIONS, StudentShiftPolicy.STUDENT), Action.READ,
                DataCategory.CLINICAL).permitted()).isFalse();
    }

    @Test
    void aNightShiftRunsPastMidnight() {
        StudentShiftPolicy night = new StudentShiftPolicy(AccessPolicies.roleBased(), at("02:00"), CHICAGO, LocalTime.of(22, 0),
                LocalTime.of(6, 0));
        StudentShiftPolicy noon = new StudentShiftPolicy(AccessPolicies.roleBased(), at("12:00"), CHICAGO, LocalTime.of(22, 0),
                LocalTime.of(6, 0));

        assertThat(decide(night, STUDENT, Action.READ, DataCategory.MEDICATION).permitted()).isTrue();
        assertThat(decide(noon, STUDENT, Action.READ, DataCategory.MEDICATION).permitted()).isFalse();
    }

    @Test
    void everyoneElseIsDecidedByTheDefaultPolicyUnchanged() {
        StudentShiftPolicy policy = dayShiftAt("03:00");
        AccessPolicy defaults = AccessPolicies.roleBased();
        AccessContext nurse = context("rn-1", PurposeOfUse.TREATMENT, Roles.NURSE);
        AccessContext biller = context("bill-1", PurposeOfUse.PAYMENT, Roles.BILLING);

        for (AccessContext who : new AccessContext[] {nurse, biller}) {
            for (DataCategory category : DataCategory.values()) {
                for (Action action : Action.values()) {
                    assertThat(decide(policy, who, action, category)).isEqualTo(decide(defaults, who, action, category));
                }
            }
        }
        assertThat(decide(policy, biller, Action.READ, DataCategory.NOTES).permitted()).isFalse();
    }

    @Test
    void aStudentWhoIsAlsoANurseKeepsTheNursesRightsOffShift() {
        AccessContext both = context("rn-student", PurposeOfUse.TREATMENT, StudentShiftPolicy.STUDENT, Roles.NURSE);

        assertThat(decide(dayShiftAt("23:00"), both, Action.CREATE, DataCategory.CLINICAL).permitted()).isTrue();
    }

    @Test
    void aFailingDelegateIsADenialNotAnException() {
        AccessPolicy broken = new AccessPolicy() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public AccessDecision decide(AccessRequest request) {
                throw new IllegalStateException("policy store unreachable");
            }
        };
        StudentShiftPolicy policy = new StudentShiftPolicy(broken, at("10:00"), CHICAGO, LocalTime.of(7, 0), LocalTime.of(19, 0));

        assertThat(decide(policy, context("rn-1", PurposeOfUse.TREATMENT, Roles.NURSE), Action.READ, DataCategory.CLINICAL).permitted())
                .isFalse();
    }

    @Test
    void aShiftThatStartsWhenItEndsIsRejected() {
        assertThatThrownBy(() -> new StudentShiftPolicy(AccessPolicies.roleBased(), Clock.systemUTC(), CHICAGO, LocalTime.NOON, LocalTime.NOON))
                .hasMessageStartingWith("MC-EXAMPLE-010");
    }

    @Test
    void serviceLoaderFindsThePolicyAndTheSettingPutsItInFrontOfEveryRecordsCall() {
        assertThat(ServiceLoader.load(AccessPolicy.class).stream().map(ServiceLoader.Provider::type)).contains(StudentShiftPolicy.class);

        // a shift around now, then one that ended an hour ago, in UTC (the no-arg constructor tells time by the system clock)
        LocalTime now = LocalTime.now(ZoneOffset.UTC);
        assertThat(studentReadsAPatient(now.minusHours(1), now.plusHours(1))).isTrue();
        assertThat(studentReadsAPatient(now.minusHours(3), now.minusHours(1))).isFalse();
    }

    /** @return whether a student could read a patient registered by the desk, with the discovered policy and this shift */
    private static boolean studentReadsAPatient(LocalTime start, LocalTime end) {
        System.setProperty(StudentShiftPolicy.SHIFT_START_PROPERTY, start.withNano(0).toString());
        System.setProperty(StudentShiftPolicy.SHIFT_END_PROPERTY, end.withNano(0).toString());
        System.setProperty(StudentShiftPolicy.ZONE_PROPERTY, "UTC");
        try (MedCoord medcoord = MedCoord.builder().storage(InMemoryStorage.provider()).settings(TestKeys.settings())
                .setting("medcoord.access-policy", StudentShiftPolicy.ID).build()) {
            PatientRegistry registry = medcoord.service(PatientRegistry.class);
            Patient ana = registry.register(context("desk-1", PurposeOfUse.OPERATIONS, Roles.FRONT_DESK), RegisterPatient.at("NORTH",
                    Demographics.of(PersonName.of("Ana", "Silva"), LocalDate.of(1980, 5, 17), AdministrativeSex.FEMALE)));
            try {
                return registry.get(STUDENT, ana.id()).id().equals(ana.id());
            } catch (AccessDeniedException e) {
                return false;
            }
        }
    }

    @Test
    void theDecisionReasonsNameNoPatient() {
        AccessDecision decision = decide(dayShiftAt("20:00"), STUDENT, Action.READ, DataCategory.CLINICAL);

        assertThat(decision.reason()).doesNotContain(PATIENT.get().asString());
        assertThat(dayShiftAt("10:00").toString()).contains("07:00-19:00");
    }
}
