package org.medcoord.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medcoord.core.ConflictException;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;

class ReferralsAndHandoffsTest extends CoordinationTestBase {

    @Test
    void aReferralGoesFromSentToScheduledToReportReceivedToClosed() {
        PatientId ana = patient("Ana");
        Referral sent = referrals.send(coordinator, new NewReferral(ana, "Lakeside Cardiology", Optional.of("1234567893"), "cardiology",
                "palpitations, ECG attached"));
        Referral scheduled = referrals.scheduled(coordinator, sent.id(), START.plus(Duration.ofDays(5)));
        Referral reported = referrals.reportReceived(coordinator, sent.id());
        Referral closed = referrals.close(coordinator, sent.id());

        assertThat(sent.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(scheduled.appointmentAt()).contains(START.plus(Duration.ofDays(5)));
        assertThat(reported.status()).isEqualTo(ReferralStatus.REPORT_RECEIVED);
        assertThat(closed.status()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(closed.version()).isEqualTo(4);
        assertThat(referrals.forPatient(coordinator, ana)).extracting(Referral::status).containsExactly(ReferralStatus.CLOSED);
        assertThatThrownBy(() -> referrals.scheduled(coordinator, sent.id(), START))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(CoordinationCodes.ILLEGAL_TRANSITION));
    }

    @Test
    void aReferralWithAMalformedNpiAndNoSpecialtyIsRejectedAndNothingIsStored() {
        PatientId ben = patient("Ben");

        assertThatThrownBy(() -> referrals.send(coordinator, new NewReferral(ben, "", Optional.of("1234567890"), " ", "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.code())
                        .containsExactlyInAnyOrder("recipient MC-COORD-018", "recipientNpi MC-COORD-018", "specialty MC-COORD-003"));
        assertThat(referrals.forPatient(coordinator, ben)).isEmpty();
    }

    @Test
    void stalledReferralsAreFlaggedAndPutOnTheWorklistOnce() {
        PatientId cy = patient("Cy");
        Referral unscheduled = referrals.send(coordinator, new NewReferral(cy, "Bayview Dermatology", Optional.empty(), "dermatology", ""));
        Referral noReport = referrals.send(coordinator, new NewReferral(cy, "Metro Imaging", Optional.empty(), "radiology", ""));
        referrals.scheduled(coordinator, noReport.id(), START.plus(Duration.ofDays(1)));
        Referral onTrack = referrals.send(coordinator, new NewReferral(cy, "Metro Imaging", Optional.empty(), "radiology", ""));
        referrals.scheduled(coordinator, onTrack.id(), START.plus(Duration.ofDays(14)));

        clock.advance(Duration.ofDays(15));
        var overdue = referrals.flagOverdue(coordinator);
        referrals.flagOverdue(coordinator);

        assertThat(overdue).extracting(o -> o.referral().id(), OverdueReferral::flag).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(unscheduled.id(), ReferralFlag.NOT_SCHEDULED),
                org.assertj.core.groups.Tuple.tuple(noReport.id(), ReferralFlag.REPORT_MISSING));
        assertThat(worklist.mine(coordinator)).hasSize(2).allSatisfy(t -> assertThat(t.type()).isEqualTo(TaskType.REFERRAL_OVERDUE));
    }

    @Test
    void aHandoffNoteReachesItsRecipientsInboxUntilAcknowledged() {
        PatientId dee = patient("Dee");
        var nurseTwo = as("rn-2", Roles.NURSE, PurposeOfUse.TREATMENT);
        HandoffNote toRole = handoffs.write(coordinator, dee, Handoffs.ROLE_PREFIX + Roles.NURSE, "interpreter booked for 14:00");
        HandoffNote toUser = handoffs.write(nurse, dee, "coord-1", "family asks for a call back");

        assertThat(handoffs.inbox(nurseTwo)).extracting(HandoffNote::id).containsExactly(toRole.id());
        assertThat(handoffs.inbox(coordinator)).extracting(HandoffNote::id).containsExactly(toUser.id());
        assertThatThrownBy(() -> handoffs.acknowledge(coordinator, toRole.id())).isInstanceOf(ConflictException.class);

        HandoffNote acknowledged = handoffs.acknowledge(nurseTwo, toRole.id());

        assertThat(acknowledged.acknowledgedBy()).contains("rn-2");
        assertThat(handoffs.inbox(nurse)).isEmpty();
        assertThat(handoffs.forPatient(coordinator, dee)).hasSize(2);
        assertThat(toRole.toString()).doesNotContain("interpreter");
    }

    @Test
    void aHandoffToAnUnknownRoleIsRejected() {
        PatientId eve = patient("Eve");

        assertThatThrownBy(() -> handoffs.write(coordinator, eve, "role:porter", ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.code())
                        .containsExactlyInAnyOrder("recipient MC-COORD-001", "text MC-COORD-003"));
        assertThat(handoffs.forPatient(coordinator, eve)).isEmpty();
    }
}
