package org.medcoord.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;

/** The scheduling example of the README, kept compiling and true. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleBooksAProcedureAndBackfillsACancellation() {
        try (Clinic clinic = new Clinic()) {
            AccessContext desk = clinic.desk;
            PatientId ana = PatientId.next(clinic.clock);
            PatientId ben = PatientId.next(clinic.clock);
            var medcoord = clinic.medcoord;
            // --- README example starts here
            ResourceService resources = medcoord.service(ResourceService.class);
            ServiceCatalog catalog = medcoord.service(ServiceCatalog.class);
            AppointmentService appointments = medcoord.service(AppointmentService.class);
            WaitlistService waitlist = medcoord.service(WaitlistService.class);
            ZoneId zone = ZoneId.of("America/New_York");

            Resource gastro = resources.register(desk, NewResource.of(ResourceKind.PRACTITIONER, "Dr Okafor", zone));
            Resource room = resources.register(desk, NewResource.of(ResourceKind.LOCATION, "Procedure room 2", zone));
            Resource scope = resources.register(desk, NewResource.of(ResourceKind.EQUIPMENT, "Colonoscope 7", zone));
            ServiceType colonoscopy = catalog.define(desk, NewServiceType.of("Colonoscopy", Duration.ofMinutes(45), List.of(
                    ResourceRequirement.of("gastroenterologist", List.of(gastro.id())),
                    ResourceRequirement.of("procedure-room", List.of(room.id())).withBuffers(Duration.ofMinutes(10), Duration.ofMinutes(15)),
                    ResourceRequirement.of("endoscope", List.of(scope.id())).withBuffers(Duration.ZERO, Duration.ofMinutes(30)))));

            // every resource or none, under locks: a second booking of any of them at 09:00 fails with MC-SCHED-101
            Instant nine = Instant.parse("2026-11-03T14:00:00Z");
            Map<String, ResourceId> team = Map.of("gastroenterologist", gastro.id(), "procedure-room", room.id(), "endoscope", scope.id());
            Appointment booked = appointments.book(desk, BookingRequest.of(ana, colonoscopy.id(), nine, team)
                    .withIdempotencyKey("portal-request-8812"));

            // Ben waits for any time that morning; Ana's cancellation offers him 09:00, held until he answers
            WaitlistEntry entry = waitlist.add(desk, new NewWaitlistEntry(ben, colonoscopy.id(), nine.minus(Duration.ofHours(2)),
                    nine.plus(Duration.ofHours(3)), Map.of(), 2));
            appointments.cancel(desk, booked.id(), "patient request");
            SlotOffer offer = waitlist.offers(desk, entry.id()).get(0); // also published as a SlotOffered event
            Appointment backfilled = waitlist.accept(desk, offer.id());
            // --- README example ends here
            assertThat(backfilled.patient()).isEqualTo(ben);
            assertThat(backfilled.start()).isEqualTo(nine);
            assertThat(backfilled.status()).isEqualTo(AppointmentStatus.BOOKED);
        }
    }
}
