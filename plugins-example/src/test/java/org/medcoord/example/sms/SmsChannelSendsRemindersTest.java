package org.medcoord.example.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medcoord.core.InMemoryStorage;
import org.medcoord.core.MedCoord;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.scheduling.AppointmentService;
import org.medcoord.scheduling.BookingRequest;
import org.medcoord.scheduling.DispatchReport;
import org.medcoord.scheduling.NewResource;
import org.medcoord.scheduling.NewServiceType;
import org.medcoord.scheduling.ReminderService;
import org.medcoord.scheduling.Resource;
import org.medcoord.scheduling.ResourceKind;
import org.medcoord.scheduling.ResourceRequirement;
import org.medcoord.scheduling.ResourceService;
import org.medcoord.scheduling.ServiceCatalog;
import org.medcoord.scheduling.ServiceType;
import org.medcoord.testsupport.MutableClock;
import org.medcoord.testsupport.TestKeys;

/** MedCoord finds the example channel by ServiceLoader alone and sends reminders through it. */
class SmsChannelSendsRemindersTest {

    private static final TenantId TENANT = TenantId.of("clinic-a");
    private static final AccessContext DESK = AccessContext.of(TENANT, Principal.of("desk-1", Roles.FRONT_DESK), PurposeOfUse.OPERATIONS);
    private static final AccessContext JOB = AccessContext.of(TENANT, Principal.of("job", Roles.SYSTEM), PurposeOfUse.OPERATIONS);

    @TempDir
    Path dir;

    @AfterEach
    void clearOutboxProperty() {
        System.clearProperty(SmsOutboxChannel.OUTBOX_PROPERTY);
    }

    @Test
    void aReminderDueIsWrittenToTheOutboxOnceWithoutTheServiceName() throws Exception {
        Path outbox = dir.resolve("sms.txt");
        System.setProperty(SmsOutboxChannel.OUTBOX_PROPERTY, outbox.toString());
        MutableClock clock = new MutableClock(Instant.parse("2026-11-02T12:00:00Z"));
        PatientId patient = PatientId.next(clock);
        try (MedCoord medcoord = MedCoord.builder().storage(InMemoryStorage.provider()).settings(TestKeys.settings()).clock(clock).build()) {
            ZoneId zone = ZoneId.of("America/New_York");
            Resource room = medcoord.service(ResourceService.class).register(DESK, NewResource.of(ResourceKind.LOCATION, "Room 1", zone));
            ServiceType visit = medcoord.service(ServiceCatalog.class).define(DESK, NewServiceType.of("Dermatology visit",
                    Duration.ofMinutes(30), List.of(ResourceRequirement.of("room", List.of(room.id())))));
            ReminderService reminders = medcoord.service(ReminderService.class);
            reminders.defineRule(DESK, Duration.ofHours(1), SmsOutboxChannel.ID, false);
            medcoord.service(AppointmentService.class).book(DESK,
                    BookingRequest.of(patient, visit.id(), Instant.parse("2026-11-03T14:00:00Z"), Map.of("room", room.id())));

            clock.advance(Duration.ofHours(25)); // 13:00Z on the 3rd: the one-hour reminder is due
            DispatchReport first = reminders.dispatchDue(JOB);
            DispatchReport second = reminders.dispatchDue(JOB);

            assertThat(first.sent()).isEqualTo(1);
            assertThat(second.sent()).isZero();
        }
        List<String> lines = Files.readAllLines(outbox, StandardCharsets.UTF_8);
        assertThat(lines).singleElement().asString().startsWith("SMS to patient:" + patient.asString()).doesNotContain("Dermatology");
    }
}
