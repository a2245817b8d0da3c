package org.medcoord.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medcoord.core.MedCoord;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.inventory.Asset;
import org.medcoord.inventory.EquipmentService;
import org.medcoord.inventory.Item;
import org.medcoord.inventory.ItemKind;
import org.medcoord.inventory.Location;
import org.medcoord.inventory.LocationKind;
import org.medcoord.inventory.NewAsset;
import org.medcoord.inventory.NewItem;
import org.medcoord.inventory.NewLocation;
import org.medcoord.scheduling.AppointmentService;
import org.medcoord.scheduling.BookingRequest;
import org.medcoord.scheduling.NewResource;
import org.medcoord.scheduling.NewServiceType;
import org.medcoord.scheduling.Resource;
import org.medcoord.scheduling.ResourceKind;
import org.medcoord.scheduling.ResourceRequirement;
import org.medcoord.scheduling.ResourceService;
import org.medcoord.scheduling.ServiceCatalog;
import org.medcoord.scheduling.ServiceType;
import org.medcoord.testsupport.TestKeys;

/** The README's coordination example, kept compiling and passing here. Keep the two in step. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleRuns() {
        String encryptionKey = TestKeys.randomKey();
        String tokenKey = TestKeys.randomKey();
        List<Task> worklistAfterOutage;
        DailyReport dailyReport;
        // --- README example starts ---
        try (MedCoord medcoord = MedCoord.builder()
                .setting("medcoord.storage", "memory")
                .setting("medcoord.keys.encryption", encryptionKey)
                .setting("medcoord.keys.token", tokenKey)
                .build()) {
            TenantId clinic = TenantId.of("clinic-a");
            AccessContext coordinator = AccessContext.of(clinic, Principal.of("coord-1", Roles.COORDINATOR), PurposeOfUse.OPERATIONS);
            AccessContext supply = AccessContext.of(clinic, Principal.of("supply-1", Roles.SUPPLY), PurposeOfUse.OPERATIONS);
            AccessContext runner = AccessContext.of(clinic, Principal.of("workflow-runner", Roles.SYSTEM), PurposeOfUse.OPERATIONS);
            ZoneId zone = ZoneId.of("America/New_York");

            // An endoscope: bookable in scheduling, tracked as an asset in inventory, linked by coordination.
            ResourceService resources = medcoord.service(ResourceService.class);
            Resource scope = resources.register(coordinator, NewResource.of(ResourceKind.EQUIPMENT, "Endoscope 1", zone));
            ServiceType colonoscopy = medcoord.service(ServiceCatalog.class).define(coordinator, NewServiceType.of("Colonoscopy",
                    Duration.ofMinutes(45), List.of(ResourceRequirement.of("scope", List.of(scope.id())))));
            EquipmentService equipment = medcoord.service(EquipmentService.class);
            Location suite = medcoord.service(org.medcoord.inventory.CatalogService.class)
                    .defineLocation(supply, new NewLocation("Endoscopy suite", LocationKind.STOREROOM, zone));
            Item scopeType = medcoord.service(org.medcoord.inventory.CatalogService.class).defineItem(supply,
                    new NewItem("Colonoscope", ItemKind.EQUIPMENT_TYPE, Optional.empty(), "each", Map.of(), false, false));
            Asset endoscope = equipment.register(supply, new NewAsset(scopeType.id(), "CF-0042", suite.id(), false, List.of()));
            Workflows workflows = medcoord.service(Workflows.class);
            workflows.link(coordinator, endoscope.id(), scope.id());

            // Tomorrow's booking, then the endoscope fails today.
            Instant tomorrow = medcoord.clock().instant().plus(Duration.ofDays(1));
            PatientId patient = PatientId.next(medcoord.clock());
            medcoord.service(AppointmentService.class).book(coordinator,
                    BookingRequest.of(patient, colonoscopy.id(), tomorrow, Map.of("scope", scope.id())));
            equipment.takeOutOfService(supply, endoscope.id(), medcoord.clock().instant(),
                    Optional.of(tomorrow.plus(Duration.ofDays(1))), "leak test failed");

            // A background thread runs the workflows (exactly once per event, from the stored position).
            WorkflowRun run = workflows.run(runner, "workflows", 1000);

            // The coordinator's worklist now asks to move the booking, with the patient's next free times.
            List<Task> mine = medcoord.service(Worklist.class).mine(coordinator);
            mine.forEach(task -> System.out.println(task.priority() + " " + task.title() + " -> " + task.options().size() + " options"));

            // The day in figures, as data and as aligned text.
            LocalDate today = LocalDate.now(medcoord.clock().withZone(zone));
            DailyReport report = medcoord.service(DailyReports.class)
                    .daily(coordinator, new ReportScope(scope.id(), today.plusDays(1), zone, Optional.of(suite.id())));
            System.out.print(report.render());
            // --- README example ends ---
            assertThat(run.failed()).isZero();
            worklistAfterOutage = mine;
            dailyReport = report;
        }
        assertThat(worklistAfterOutage).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo(TaskType.RESCHEDULE);
            assertThat(t.options()).isNotEmpty();
        });
        assertThat(dailyReport.appointments()).isEqualTo(1);
    }
}
