package org.medcoord.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medcoord.core.ConflictException;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.audit.AuditEntry;
import org.medcoord.core.audit.AuditField;
import org.medcoord.core.audit.AuditTrail;
import org.medcoord.scheduling.AppointmentId;

class CaseServiceTest extends CoordinationTestBase {

    @Test
    void aCaseWithoutCategoryOrChannelIsRejectedWithBothProblemsAndNothingIsStored() {
        NewCase bad = new NewCase(null, null, Optional.of(patient("Ana")), "", java.util.List.of(), java.util.List.of());

        assertThatThrownBy(() -> cases.open(coordinator, bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.code())
                        .containsExactlyInAnyOrder("category MC-COORD-007", "channel MC-COORD-008", "summary MC-COORD-003"));
        assertThat(cases.open(coordinator)).isEmpty();
    }

    @Test
    void aCaseIsDueByItsCategorysSlaAndLinksItsPatientAppointmentsAndClaims() {
        PatientId ana = patient("Ana");
        AppointmentId appointment = new AppointmentId(UUID.randomUUID());
        UUID claim = UUID.randomUUID();

        Case billing = cases.open(coordinator, NewCase.of(CaseCategory.BILLING, CaseChannel.PHONE, ana, "charged twice for the visit")
                .linking(appointment).linkingClaim(claim));
        clock.advance(Duration.ofMinutes(1));
        Case complaint = cases.open(coordinator, NewCase.of(CaseCategory.COMPLAINT, CaseChannel.LETTER, ana, "waited two hours"));

        assertThat(billing.due()).isEqualTo(START.plus(Duration.ofDays(5)));
        assertThat(complaint.due()).isEqualTo(START.plus(Duration.ofMinutes(1)).plus(Duration.ofDays(3)));
        assertThat(billing.appointments()).containsExactly(appointment);
        assertThat(billing.claims()).containsExactly(claim);
        assertThat(cases.forPatient(coordinator, ana)).extracting(Case::id).containsExactly(billing.id(), complaint.id());
        assertThat(billing.toString()).doesNotContain("charged");
    }

    @Test
    void anOverdueComplaintIsEscalatedOnceWithAnUrgentTaskButOtherCategoriesAreNot() {
        PatientId ben = patient("Ben");
        Case complaint = cases.open(coordinator, NewCase.of(CaseCategory.COMPLAINT, CaseChannel.PORTAL, ben, "rude reception"));
        cases.open(coordinator, NewCase.of(CaseCategory.SCHEDULING, CaseChannel.PHONE, ben, "wants an earlier slot"));

        clock.advance(Duration.ofDays(4));
        assertThat(cases.escalateOverdue(coordinator)).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(complaint.id());
            assertThat(c.escalated()).isTrue();
        });
        assertThat(cases.escalateOverdue(coordinator)).isEmpty();

        assertThat(worklist.mine(coordinator)).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo(TaskType.COMPLAINT_ESCALATION);
            assertThat(t.priority()).isEqualTo(TaskPriority.URGENT);
            assertThat(t.patient()).contains(ben);
        });
    }

    @Test
    void aCaseIsAssignedResolvedWithAResolutionThenClosed() {
        Case c = cases.open(coordinator, NewCase.of(CaseCategory.RECORDS_REQUEST, CaseChannel.EMAIL, patient("Cy"), "copy of 2025 notes"));

        assertThatThrownBy(() -> cases.resolve(coordinator, c.id(), " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(v -> v.code())
                        .containsExactly(CoordinationCodes.RESOLUTION));
        assertThatThrownBy(() -> cases.close(coordinator, c.id())).isInstanceOf(ConflictException.class);
        assertThat(cases.assign(coordinator, c.id(), "coord-2").status()).isEqualTo(CaseStatus.IN_PROGRESS);
        Case resolved = cases.resolve(coordinator, c.id(), "sent by secure e-mail");
        Case closed = cases.close(coordinator, c.id());

        assertThat(resolved.resolution()).contains("sent by secure e-mail");
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(cases.open(coordinator)).isEmpty();
    }

    @Test
    void everyCaseAccessIsAuditedWithItsPatient() {
        PatientId dee = patient("Dee");
        Case c = cases.open(coordinator, NewCase.of(CaseCategory.CLINICAL, CaseChannel.PHONE, dee, "question about results"));
        AuditTrail audit = medcoord.service(AuditTrail.class);
        var auditor = as("privacy-1", Roles.AUDITOR, PurposeOfUse.OPERATIONS);
        audit.setReadAuditing(as("admin-1", Roles.ADMIN, PurposeOfUse.SYSTEM_ADMINISTRATION), true, "case access review");

        cases.get(coordinator, c.id());

        assertThat(audit.report(auditor, START.minusSeconds(1), START.plusSeconds(1), AuditField.SEQUENCE, true, 1000))
                .map(AuditEntry::event)
                .filteredOn(e -> e.subject().equals("coordination.case/" + c.id()))
                .extracting(e -> e.action(), e -> e.patient())
                .contains(org.assertj.core.groups.Tuple.tuple(Action.CREATE, Optional.of(dee)), org.assertj.core.groups.Tuple.tuple(Action.READ, Optional.of(dee)));
    }
}
