package org.medcoord.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medcoord.records.Clinic.DESK;
import static org.medcoord.records.Clinic.DOCTOR;
import static org.medcoord.records.Clinic.NURSE;
import static org.medcoord.records.Clinic.person;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.AccessDeniedException;
import org.medcoord.core.ConfigurationException;
import org.medcoord.core.ConflictException;
import org.medcoord.core.InMemoryStorage;
import org.medcoord.core.MedCoord;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.BreakGlass;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.audit.AuditOutcome;

class CareTeamsTest {

    private static final AccessContext COORDINATOR = AccessContext.of(Clinic.TENANT, Principal.of("coord-1", Roles.COORDINATOR),
            PurposeOfUse.OPERATIONS);
    private static final AccessContext ER_DOCTOR = AccessContext.of(Clinic.TENANT, Principal.of("dr-er", Roles.CLINICIAN),
            PurposeOfUse.TREATMENT);

    private final Clinic clinic = new Clinic();
    private final CareTeams teams = clinic.service(CareTeams.class);
    private final MedicalHistory history = clinic.service(MedicalHistory.class);
    private final PatientId patient = clinic.registry()
            .register(DESK, RegisterPatient.at("NORTH", person("Ana", "Silva", LocalDate.of(1980, 5, 17), null))).id();

    @AfterEach
    void close() {
        clinic.close();
    }

    private long deniedCareReads(String user) {
        return clinic.audit().stream().map(e -> e.event())
                .filter(e -> e.outcome() == AuditOutcome.DENIED && e.userId().equals(user) && e.patient().equals(Optional.of(patient))
                        && e.source().equals("records.care-relationship"))
                .count();
    }

    @Test
    void aClinicianOutsideTheCareTeamIsDeniedTheChartAndTheDenialIsAudited() {
        history.record(NURSE, patient, new HistoryItem.Allergy(MedicalHistoryTest.PENICILLIN, "", HistoryItem.Severity.MILD),
                EntrySource.CLINICIAN);

        assertThatThrownBy(() -> history.list(DOCTOR, patient, Set.of()))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("MC-REC-102"));
        assertThat(deniedCareReads("dr-1")).isEqualTo(1);
        assertThat(clinic.registry().get(DOCTOR, patient).id()).as("demographics stay readable to find the patient").isEqualTo(patient);
        assertThat(history.list(NURSE, patient, Set.of())).as("nurses are not narrowed").hasSize(1);

        teams.add(COORDINATOR, patient, AddCareTeamMember.practitioner("dr-1"));

        assertThat(history.list(DOCTOR, patient, Set.of())).hasSize(1);
        assertThat(deniedCareReads("dr-1")).isEqualTo(1);
    }

    @Test
    void removingAPractitionerEndsTheRelationshipButKeepsTheMembershipOnRecord() {
        CareTeamMember member = teams.add(COORDINATOR, patient, AddCareTeamMember.practitioner("dr-1"));
        assertThat(clinic.service(ClinicalNotes.class).list(DOCTOR, patient)).isEmpty();

        clinic.clock.advance(Duration.ofHours(1));
        CareTeamMember removed = teams.remove(COORDINATOR, member.id(), member.version());

        assertThat(removed.until()).contains(clinic.clock.instant());
        assertThat(removed.version()).isEqualTo(member.version() + 1);
        assertThatThrownBy(() -> clinic.service(ClinicalNotes.class).list(DOCTOR, patient)).isInstanceOf(AccessDeniedException.class);
        assertThat(teams.members(NURSE, patient)).singleElement().satisfies(m -> {
            assertThat(m.member()).isEqualTo("dr-1");
            assertThat(m.activeAt(clinic.clock.instant())).isFalse();
            assertThat(m.activeAt(member.from())).isTrue();
        });
        assertThatThrownBy(() -> teams.remove(COORDINATOR, member.id(), removed.version()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-REC-103"));
        assertThat(clinic.events()).extracting(e -> e.event())
                .contains(new CareTeamChanged(patient, member.id(), "added"), new CareTeamChanged(patient, member.id(), "removed"));
    }

    @Test
    void aFutureMembershipGivesNoAccessUntilItStarts() {
        teams.add(COORDINATOR, patient, AddCareTeamMember.practitioner("dr-1")
                .during(clinic.clock.instant().plus(Duration.ofDays(1)), null));

        assertThatThrownBy(() -> history.list(DOCTOR, patient, Set.of())).isInstanceOf(AccessDeniedException.class);
        clinic.clock.advance(Duration.ofDays(1));
        assertThat(history.list(DOCTOR, patient, Set.of())).isEmpty();
    }

    @Test
    void breakGlassOverridesTheCareRelationship() {
        BreakGlass glass = clinic.service(BreakGlass.class);
        AccessContext emergency = ER_DOCTOR.withBreakGlass(glass.grant(ER_DOCTOR, "unconscious in the ER", Duration.ofMinutes(30)));

        assertThat(history.list(emergency, patient, Set.of())).isEmpty();
        assertThatThrownBy(() -> history.list(ER_DOCTOR, patient, Set.of())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void familyContactsSeeOnlyWhatThePatientShares() {
        CareTeamMember daughter = teams.add(COORDINATOR, patient,
                AddCareTeamMember.familyContact("contact-7", Set.of(DataCategory.SCHEDULING)));

        assertThat(teams.mayShare(NURSE, patient, "contact-7", DataCategory.SCHEDULING)).isTrue();
        assertThat(teams.mayShare(NURSE, patient, "contact-7", DataCategory.CLINICAL)).isFalse();
        assertThat(teams.mayShare(NURSE, patient, "someone-else", DataCategory.SCHEDULING)).isFalse();

        CareTeamMember widened = teams.changeSharing(COORDINATOR, daughter.id(), daughter.version(),
                Set.of(DataCategory.SCHEDULING, DataCategory.MEDICATION));
        assertThat(widened.sharing()).containsExactlyInAnyOrder(DataCategory.SCHEDULING, DataCategory.MEDICATION);
        assertThat(teams.mayShare(NURSE, patient, "contact-7", DataCategory.MEDICATION)).isTrue();

        teams.remove(COORDINATOR, daughter.id(), widened.version());
        assertThat(teams.mayShare(NURSE, patient, "contact-7", DataCategory.SCHEDULING)).isFalse();
    }

    @Test
    void aFamilyContactIsNoPractitionerAndGivesNoChartAccess() {
        teams.add(COORDINATOR, patient, AddCareTeamMember.caregiver("dr-1", Set.of(DataCategory.CLINICAL)));

        assertThatThrownBy(() -> history.list(DOCTOR, patient, Set.of())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badMembersAreRefusedWithEveryViolationAndNothingIsStored() {
        assertThatThrownBy(() -> teams.add(COORDINATOR, patient,
                new AddCareTeamMember(" ", CareTeamRole.PRACTITIONER, Set.of(DataCategory.CLINICAL), Optional.of(clinic.clock.instant()),
                        Optional.of(clinic.clock.instant().minusSeconds(1)))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(v -> v.field())
                        .containsExactlyInAnyOrder("member", "sharing", "until"));
        assertThatThrownBy(() -> teams.add(COORDINATOR, patient, AddCareTeamMember.familyContact("contact-7", Set.of())))
                .isInstanceOf(ValidationException.class);
        assertThat(teams.members(NURSE, patient)).isEmpty();
    }

    @Test
    void aMemberCannotHoldTheSameRoleTwiceAtOnce() {
        teams.add(COORDINATOR, patient, AddCareTeamMember.practitioner("dr-1"));

        assertThatThrownBy(() -> teams.add(COORDINATOR, patient, AddCareTeamMember.practitioner("dr-1")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-REC-101"));
        assertThat(teams.members(NURSE, patient)).hasSize(1);
    }

    @Test
    void theRuleCanBeTurnedOffForClinicsWhereEveryClinicianTreatsEveryPatient() {
        try (MedCoord open = build("false")) {
            PatientId p = open.service(PatientRegistry.class)
                    .register(DESK, RegisterPatient.at("NORTH", person("Bo", "Li", LocalDate.of(1990, 1, 1), null))).id();
            assertThat(open.service(MedicalHistory.class).list(DOCTOR, p, Set.of())).isEmpty();
        }
        assertThatThrownBy(() -> build("maybe").close()).isInstanceOf(ConfigurationException.class);
    }

    private static MedCoord build(String required) {
        SecureRandom random = new SecureRandom();
        byte[] enc = new byte[32];
        byte[] tok = new byte[32];
        random.nextBytes(enc);
        random.nextBytes(tok);
        return MedCoord.builder()
                .storage(InMemoryStorage.provider())
                .setting("medcoord.keys.encryption", Base64.getEncoder().encodeToString(enc))
                .setting("medcoord.keys.token", Base64.getEncoder().encodeToString(tok))
                .setting(CareTeams.CARE_RELATIONSHIP_SETTING, required)
                .build();
    }
}
