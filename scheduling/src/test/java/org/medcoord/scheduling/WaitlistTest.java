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
import org.medcoord.core.ConflictException;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;

class WaitlistTest {

    private static final Instant NINE = Instant.parse("2026-11-03T14:00:00Z"); // Tuesday 09:00 New York

    private final Clinic clinic = new Clinic();
    private Resource doctor;
    private Resource room;
    private ServiceType visit;
    private final PatientId ana = PatientId.next(java.time.Clock.systemUTC());
    private final PatientId ben = PatientId.next(java.time.Clock.systemUTC());
    private final PatientId cy = PatientId.next(java.time.Clock.systemUTC());
    private final PatientId dee = PatientId.next(java.time.Clock.systemUTC());
    private WaitlistService waitlist;

    @BeforeEach
    void setUp() {
        waitlist = clinic.medcoord.service(WaitlistService.class);
        doctor = clinic.resource(ResourceKind.PRACTITIONER, "Dr Busy");
        room = clinic.resource(ResourceKind.LOCATION, "Room 4");
        visit = clinic.catalog.define(clinic.desk, NewServiceType.of("Follow-up visit", Duration.ofMinutes(30), List.of(
                ResourceRequirement.of("doctor", List.of(doctor.id())), ResourceRequirement.of("room", List.of(room.id())))));
    }

    @AfterEach
    void tearDown() {
        clinic.close();
    }

    private BookingRequest visit(PatientId patient, Instant start) {
        return BookingRequest.of(patient, visit.id(), start, Map.of("doctor", doctor.id(), "room", room.id()));
    }

    private WaitlistEntry wait(PatientId patient, Instant earliest, Instant latest, int priority) {
        return waitlist.add(clinic.desk, new NewWaitlistEntry(patient, visit.id(), earliest, latest, Map.of(), priority));
    }

    /** Ana is booked at 09:00; Ben (priority 5) and Cy (priority 2) wait for Tuesday; Dee (priority 1) only for next week. */
    private Appointment busyTuesdayWithWaitlist() {
        Appointment booked = clinic.appointments.book(clinic.desk, visit(ana, NINE));
        wait(ben, NINE.minus(Duration.ofHours(2)), NINE.plus(Duration.ofHours(8)), 5);
        wait(cy, NINE.minus(Duration.ofHours(2)), NINE.plus(Duration.ofHours(8)), 2);
        wait(dee, NINE.plus(Duration.ofDays(7)), NINE.plus(Duration.ofDays(8)), 1);
        return booked;
    }

    @Test
    void aCancellationOffersTheFreedTimeToTheMostUrgentMatchingEntryAndHoldsIt() {
        Appointment booked = busyTuesdayWithWaitlist();

        clinic.appointments.cancel(clinic.desk, booked.id(), "patient moved away");

        SlotOffered offered = clinic.events(SlotOffered.class).get(0);
        assertThat(clinic.events(SlotOffered.class)).hasSize(1);
        assertThat(offered.patient()).isEqualTo(cy);
        assertThat(offered.start()).isEqualTo(NINE);
        assertThat(offered.expires()).isEqualTo(clinic.clock.instant().plus(Duration.ofMinutes(WaitlistService.DEFAULT_OFFER_MINUTES)));
        assertThat(waitlist.get(clinic.desk, offered.entry()).status()).isEqualTo(WaitlistStatus.OFFERED);
        // the time is held for Cy while the offer is open
        assertThatThrownBy(() -> clinic.appointments.book(clinic.desk, visit(dee, NINE))).isInstanceOf(ConflictException.class);
    }

    @Test
    void acceptingAnOfferBooksTheHeldTime() {
        clinic.appointments.cancel(clinic.desk, busyTuesdayWithWaitlist().id(), "patient moved away");
        SlotOffered offered = clinic.events(SlotOffered.class).get(0);

        Appointment booked = waitlist.accept(clinic.desk, offered.offer());

        assertThat(booked.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(booked.patient()).isEqualTo(cy);
        assertThat(booked.start()).isEqualTo(NINE);
        assertThat(waitlist.get(clinic.desk, offered.entry()).status()).isEqualTo(WaitlistStatus.BOOKED);
        assertThat(waitlist.offer(clinic.desk, offered.offer())).get().extracting(SlotOffer::status).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(clinic.events(SlotOfferAccepted.class)).singleElement().satisfies(e -> assertThat(e.appointment()).isEqualTo(booked.id()));
    }

    @Test
    void anExpiredOfferGoesToTheNextEntryAndCannotBeAccepted() {
        clinic.appointments.cancel(clinic.desk, busyTuesdayWithWaitlist().id(), "patient moved away");
        SlotOffered toCy = clinic.events(SlotOffered.class).get(0);

        clinic.clock.advance(Duration.ofMinutes(WaitlistService.DEFAULT_OFFER_MINUTES));
        assertThat(waitlist.expireOffers(clinic.desk)).isEqualTo(1);
        assertThat(waitlist.expireOffers(clinic.desk)).isZero();

        assertThatThrownBy(() -> waitlist.accept(clinic.desk, toCy.offer()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(SchedulingCodes.OFFER_CLOSED));
        assertThat(waitlist.get(clinic.desk, toCy.entry()).status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(clinic.events(SlotOffered.class)).hasSize(2);
        SlotOffered toBen = clinic.events(SlotOffered.class).get(1);
        assertThat(toBen.patient()).isEqualTo(ben);
        assertThat(toBen.start()).isEqualTo(NINE);
        assertThat(waitlist.accept(clinic.desk, toBen.offer()).patient()).isEqualTo(ben);
    }

    @Test
    void aDeclinedOfferGoesToTheNextEntryAndNotBackToTheOneWhoDeclined() {
        clinic.appointments.cancel(clinic.desk, busyTuesdayWithWaitlist().id(), "patient moved away");
        SlotOffered toCy = clinic.events(SlotOffered.class).get(0);

        waitlist.decline(clinic.desk, toCy.offer());
        SlotOffered toBen = clinic.events(SlotOffered.class).get(1);
        waitlist.decline(clinic.desk, toBen.offer());

        // both let 09:00 go; nobody else fits, so no third offer
        assertThat(clinic.events(SlotOffered.class)).hasSize(2);
        assertThat(clinic.events(SlotOfferLapsed.class)).extracting(SlotOfferLapsed::status)
                .containsExactly(OfferStatus.DECLINED, OfferStatus.DECLINED);
        assertThat(clinic.appointments.book(clinic.desk, visit(dee, NINE)).status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void liftingABlockOffersTheReopenedTime() {
        clinic.resources.placeBlock(clinic.desk, room.id(), NINE, NINE.plus(Duration.ofHours(3)), BlockReason.MAINTENANCE, "paint");
        WaitlistEntry entry = wait(ben, NINE, NINE.plus(Duration.ofHours(3)), 3);

        clinic.resources.liftBlock(clinic.desk, clinic.resources.activeBlocks(clinic.desk, room.id(), NINE, NINE.plus(Duration.ofHours(1)))
                .get(0).id(), "painters cancelled");

        assertThat(clinic.events(SlotOffered.class)).singleElement().satisfies(o -> {
            assertThat(o.entry()).isEqualTo(entry.id());
            assertThat(o.start()).isEqualTo(NINE);
        });
    }

    @Test
    void closingAnEntryWithAnOpenOfferPassesTheTimeOn() {
        clinic.appointments.cancel(clinic.desk, busyTuesdayWithWaitlist().id(), "patient moved away");
        SlotOffered toCy = clinic.events(SlotOffered.class).get(0);

        assertThat(waitlist.close(clinic.desk, toCy.entry()).status()).isEqualTo(WaitlistStatus.CLOSED);

        assertThat(clinic.events(SlotOfferLapsed.class)).singleElement().extracting(SlotOfferLapsed::status).isEqualTo(OfferStatus.WITHDRAWN);
        assertThat(clinic.events(SlotOffered.class)).extracting(SlotOffered::patient).containsExactly(cy, ben);
    }

    @Test
    void anOfferIsSentToThePatientThroughTheConfiguredChannelAfterCommit() {
        ReminderTest.RecordingChannel sms = new ReminderTest.RecordingChannel();
        try (Clinic withChannel = new Clinic(Clinic.MONDAY_NOON_UTC, Map.of(WaitlistService.PATIENT_CHANNEL_SETTING, "sms"), sms)) {
            Resource dr = withChannel.resource(ResourceKind.PRACTITIONER, "Dr Free");
            ServiceType consult = withChannel.catalog.define(withChannel.desk, NewServiceType.of("Consult", Duration.ofMinutes(30),
                    List.of(ResourceRequirement.of("doctor", List.of(dr.id())))));
            Appointment booked = withChannel.appointments.book(withChannel.desk,
                    BookingRequest.of(ana, consult.id(), NINE, Map.of("doctor", dr.id())));
            withChannel.medcoord.service(WaitlistService.class).add(withChannel.desk,
                    new NewWaitlistEntry(ben, consult.id(), NINE.minus(Duration.ofHours(1)), NINE.plus(Duration.ofHours(1)), Map.of(), 3));

            withChannel.appointments.cancel(withChannel.desk, booked.id(), "cannot make it");

            assertThat(sms.sent).singleElement().satisfies(n -> {
                assertThat(n.patient()).isEqualTo(ben);
                assertThat(n.reference()).isEqualTo(withChannel.events(SlotOffered.class).get(0).offer().toString());
                assertThat(n.text()).contains("Tue 3 Nov 2026 at 09:00").doesNotContain("Consult");
            });
        }
    }

    @Test
    void addingABadEntryReportsEveryProblem() {
        assertThatThrownBy(() -> waitlist.add(clinic.desk, new NewWaitlistEntry(null, ServiceTypeId.next(clinic.clock),
                NINE, NINE.minus(Duration.ofDays(3)), Map.of(), 0)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly(SchedulingCodes.PATIENT, SchedulingCodes.UNKNOWN_SERVICE_TYPE, SchedulingCodes.INTERVAL,
                                SchedulingCodes.INTERVAL, SchedulingCodes.PRIORITY));
    }
}
