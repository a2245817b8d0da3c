package org.medcoord.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;

class FollowUpTest {

    private final Clinic clinic = new Clinic();
    private FollowUpService followUps;
    private Resource doctor;
    private ServiceType review;
    private final PatientId ana = PatientId.next(java.time.Clock.systemUTC());
    private Instant now;

    @BeforeEach
    void setUp() {
        followUps = clinic.medcoord.service(FollowUpService.class);
        doctor = clinic.resource(ResourceKind.PRACTITIONER, "Dr Review");
        review = clinic.catalog.define(clinic.desk, NewServiceType.of("Post-discharge review", Duration.ofMinutes(20),
                List.of(ResourceRequirement.of("doctor", List.of(doctor.id())))));
        now = clinic.clock.instant();
    }

    @AfterEach
    void tearDown() {
        clinic.close();
    }

    private FollowUp requestReviewWithinTwoWeeks() {
        return followUps.request(clinic.desk, new NewFollowUp(ana, review.id(), now.plus(Duration.ofDays(7)), now.plus(Duration.ofDays(14)),
                "wound check after discharge"));
    }

    private Appointment bookReview(Instant start) {
        return clinic.appointments.book(clinic.desk, BookingRequest.of(ana, review.id(), start, Map.of("doctor", doctor.id())));
    }

    @Test
    void bookingTheServiceInsideTheDueWindowMarksTheFollowUpBooked() {
        FollowUp requested = requestReviewWithinTwoWeeks();
        bookReview(now.plus(Duration.ofDays(2))); // too early: does not count
        assertThat(followUps.open(clinic.desk, ana)).extracting(FollowUp::id).containsExactly(requested.id());

        Appointment inWindow = bookReview(now.plus(Duration.ofDays(9)));

        FollowUp booked = followUps.get(clinic.desk, requested.id());
        assertThat(booked.status()).isEqualTo(FollowUpStatus.BOOKED);
        assertThat(booked.appointment()).contains(inWindow.id());
        assertThat(followUps.open(clinic.desk, ana)).isEmpty();
        assertThat(clinic.events(FollowUpRequested.class)).hasSize(1);
        assertThat(clinic.events(FollowUpBooked.class)).singleElement().satisfies(e -> assertThat(e.appointment()).isEqualTo(inWindow.id()));
    }

    @Test
    void openFollowUpsPastTheirWindowAreOverdueUntilCancelled() {
        FollowUp requested = requestReviewWithinTwoWeeks();
        assertThat(followUps.overdue(clinic.desk)).isEmpty();

        clinic.clock.advance(Duration.ofDays(15));

        assertThat(followUps.overdue(clinic.desk)).extracting(FollowUp::id).containsExactly(requested.id());
        assertThat(followUps.get(clinic.desk, requested.id()).overdueAt(clinic.clock.instant())).isTrue();
        followUps.cancel(clinic.desk, requested.id());
        assertThat(followUps.overdue(clinic.desk)).isEmpty();
    }

    @Test
    void aRequestWithoutReasonOrWithABackwardWindowIsRejected() {
        assertThatThrownBy(() -> followUps.request(clinic.desk, new NewFollowUp(ana, ServiceTypeId.next(clinic.clock), now, now.minusSeconds(1), "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly(SchedulingCodes.UNKNOWN_SERVICE_TYPE, SchedulingCodes.INTERVAL, SchedulingCodes.REASON));
    }
}
