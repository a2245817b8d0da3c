package org.medcoord.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.ConflictException;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;

class AdmissionTest {

    private final Clinic clinic = new Clinic();
    private AdmissionService admissions;
    private Resource bed1;
    private Resource bed2;
    private ServiceType dayCase;
    private final PatientId ana = PatientId.next(java.time.Clock.systemUTC());
    private final PatientId ben = PatientId.next(java.time.Clock.systemUTC());

    @BeforeEach
    void setUp() {
        admissions = clinic.medcoord.service(AdmissionService.class);
        bed1 = clinic.resource(ResourceKind.BED, "Ward 2 bed 1");
        bed2 = clinic.resource(ResourceKind.BED, "Ward 2 bed 2");
        dayCase = clinic.catalog.define(clinic.desk, NewServiceType.of("Day case", Duration.ofHours(4),
                List.of(ResourceRequirement.of("bed", List.of(bed1.id(), bed2.id())))));
    }

    @AfterEach
    void tearDown() {
        clinic.close();
    }

    private Appointment bookBed1Tomorrow(PatientId patient) {
        return clinic.appointments.book(clinic.desk, BookingRequest.of(patient, dayCase.id(),
                clinic.clock.instant().plus(Duration.ofDays(1)), Map.of("bed", bed1.id())));
    }

    @Test
    void anOccupiedBedShowsOnTheBoardAndCannotBeBookedOrAdmittedTo() {
        Admission admission = admissions.admit(clinic.desk, ana, bed1.id());

        assertThat(admissions.board(clinic.desk)).extracting(BedStatus::bed, BedStatus::state).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(bed1.id(), BedState.OCCUPIED), org.assertj.core.groups.Tuple.tuple(bed2.id(), BedState.FREE));
        assertThat(admissions.board(clinic.desk)).filteredOn(b -> b.bed().equals(bed1.id())).singleElement()
                .satisfies(b -> assertThat(b.admission()).contains(admission.id()));
        assertThatThrownBy(() -> bookBed1Tomorrow(ben))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(SchedulingCodes.BED_UNAVAILABLE));
        assertThatThrownBy(() -> admissions.admit(clinic.desk, ben, bed1.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(SchedulingCodes.BED_UNAVAILABLE));
        assertThat(clinic.events(PatientAdmitted.class)).hasSize(1);
    }

    @Test
    void aDischargedBedIsNotBookableWhileBeingCleanedAndIsOnceClean() {
        Admission admission = admissions.admit(clinic.desk, ana, bed1.id());
        clinic.clock.advance(Duration.ofDays(2));

        Admission discharged = admissions.discharge(clinic.desk, admission.id());

        assertThat(discharged.active()).isFalse();
        assertThat(discharged.stays()).singleElement().satisfies(st -> assertThat(st.to()).contains(clinic.clock.instant()));
        assertThatThrownBy(() -> bookBed1Tomorrow(ben))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage()).contains("cleaning"));
        assertThat(admissions.cleaned(clinic.desk, bed1.id()).state()).isEqualTo(BedState.FREE);
        assertThat(bookBed1Tomorrow(ben).status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(clinic.events(BedCleaned.class)).hasSize(1);
    }

    @Test
    void aTransferFreesTheOldBedForCleaningAndOccupiesTheNew() {
        Admission admission = admissions.admit(clinic.desk, ana, bed1.id());
        clinic.clock.advance(Duration.ofHours(6));

        Admission moved = admissions.transfer(clinic.desk, admission.id(), bed2.id());

        assertThat(moved.currentBed()).isEqualTo(bed2.id());
        assertThat(moved.stays()).extracting(BedStay::bed).containsExactly(bed1.id(), bed2.id());
        assertThat(admissions.board(clinic.desk)).extracting(BedStatus::bed, BedStatus::state).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(bed1.id(), BedState.CLEANING), org.assertj.core.groups.Tuple.tuple(bed2.id(), BedState.OCCUPIED));
        assertThat(clinic.events(PatientTransferred.class)).singleElement().satisfies(e -> assertThat(e.toBed()).isEqualTo(bed2.id()));
        assertThatThrownBy(() -> admissions.transfer(clinic.desk, admission.id(), bed1.id())).isInstanceOf(ConflictException.class);
    }

    @Test
    void twoAdmissionsRacingForOneBedAdmitOnlyOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                PatientId patient = PatientId.next(clinic.clock);
                tries.add(pool.submit(() -> {
                    go.await();
                    try {
                        admissions.admit(clinic.desk, patient, bed1.id());
                        return true;
                    } catch (ConflictException e) {
                        return false;
                    }
                }));
            }
            go.countDown();
            int admitted = 0;
            for (Future<Boolean> t : tries) {
                admitted += t.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(clinic.events(PatientAdmitted.class)).hasSize(1);
    }

    @Test
    void onlyBedsCanBeAdmittedTo() {
        Resource room = clinic.resource(ResourceKind.LOCATION, "Consulting room");
        assertThatThrownBy(() -> admissions.admit(clinic.desk, null, room.id()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly(SchedulingCodes.PATIENT, SchedulingCodes.UNKNOWN_RESOURCE));
    }
}
