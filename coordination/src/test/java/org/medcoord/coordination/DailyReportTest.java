package org.medcoord.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medcoord.core.ValidationException;
import org.medcoord.core.access.Roles;
import org.medcoord.inventory.Consumption;
import org.medcoord.inventory.Item;
import org.medcoord.inventory.ItemKind;
import org.medcoord.inventory.Location;
import org.medcoord.inventory.LocationKind;
import org.medcoord.inventory.MaintenanceKind;
import org.medcoord.inventory.NewAsset;
import org.medcoord.inventory.NewItem;
import org.medcoord.inventory.NewLocation;
import org.medcoord.inventory.ParLevel;
import org.medcoord.inventory.Quantity;
import org.medcoord.inventory.Receipt;
import org.medcoord.scheduling.AdmissionService;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.AppointmentStatus;
import org.medcoord.scheduling.BookingRequest;
import org.medcoord.scheduling.NewResource;
import org.medcoord.scheduling.NewServiceType;
import org.medcoord.scheduling.PatientFlowService;
import org.medcoord.scheduling.Resource;
import org.medcoord.scheduling.ResourceKind;
import org.medcoord.scheduling.ResourceRequirement;
import org.medcoord.scheduling.ServiceType;

/** Issue #8: the daily report per location and day, as figures and as aligned text. */
class DailyReportTest extends CoordinationTestBase {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private Resource room;
    private ServiceType visit;
    private Location store;

    private Appointment book(String patient, Instant start) {
        return appointments.book(desk, BookingRequest.of(patient(patient), visit.id(), start, Map.of("room", room.id())));
    }

    private void scenario() {
        room = resources.register(desk, NewResource.of(ResourceKind.LOCATION, "Clinic A exam 1", NEW_YORK));
        visit = serviceTypes.define(desk, NewServiceType.of("Visit", Duration.ofMinutes(30), List.of(ResourceRequirement.of("room", List.of(room.id())))));
        PatientFlowService flow = medcoord.service(PatientFlowService.class);
        Instant ten = START.plus(Duration.ofHours(1));
        Appointment seen = book("Ana", ten);
        Appointment waiting = book("Ben", ten.plus(Duration.ofMinutes(30)));
        Appointment missed = book("Cy", ten.plus(Duration.ofMinutes(60)));
        Appointment cancelled = book("Dee", ten.plus(Duration.ofMinutes(90)));
        book("Eve", ten.plus(Duration.ofHours(4)));
        book("Fay", ten.plus(Duration.ofDays(1)));

        clock.set(ten);
        flow.checkIn(desk, seen.id());
        clock.advance(Duration.ofMinutes(12));
        flow.room(desk, seen.id(), room.id());
        flow.withClinician(desk, seen.id());
        flow.checkOut(desk, seen.id());
        clock.set(ten.plus(Duration.ofMinutes(30)));
        flow.checkIn(desk, waiting.id());
        clock.advance(Duration.ofMinutes(20));
        flow.room(desk, waiting.id(), room.id());
        clock.set(ten.plus(Duration.ofMinutes(75)));
        appointments.markNoShow(desk, missed.id());
        appointments.cancel(desk, cancelled.id(), "patient unwell");

        AdmissionService admissions = medcoord.service(AdmissionService.class);
        Resource bed1 = resources.register(desk, NewResource.of(ResourceKind.BED, "Bed 1", NEW_YORK));
        resources.register(desk, NewResource.of(ResourceKind.BED, "Bed 2", NEW_YORK));
        admissions.admit(desk, patient("Gil"), bed1.id());

        store = inventoryCatalog.defineLocation(supply, new NewLocation("Clinic A store", LocationKind.STOREROOM, NEW_YORK));
        Item gloves = inventoryCatalog.defineItem(supply, NewItem.supply("Gloves", "each"));
        inventoryCatalog.setParLevel(supply, new ParLevel(gloves.id(), store.id(), 10, 50, 200));
        stock.receive(supply, Receipt.untracked(gloves.id(), store.id(), Quantity.of(60, "each")));
        stock.consume(supply, Consumption.fefo(gloves.id(), store.id(), Quantity.of(30, "each")));
        Item scopeType = inventoryCatalog.defineItem(supply, new NewItem("Otoscope", ItemKind.EQUIPMENT_TYPE, Optional.empty(), "each",
                Map.of(), false, false));
        var otoscope = equipment.register(supply, new NewAsset(scopeType.id(), "OT-7", store.id(), false,
                List.of(NewAsset.Plan.everyUses("Bulb check", MaintenanceKind.PREVENTIVE, 1))));
        equipment.recordUse(supply, otoscope.id());

        cases.open(coordinator, NewCase.of(CaseCategory.COMPLAINT, CaseChannel.PHONE, null, "parking"));
        worklist.create(coordinator, NewTask.forRole(TaskType.GENERAL, "Order forms", TaskPriority.LOW, clock.instant().minusSeconds(60),
                Roles.COORDINATOR));
        drain("workflows");
    }

    @Test
    void theReportCountsTheLocationsDayAndRendersAlignedColumns() {
        scenario();

        DailyReport report = reports.daily(coordinator, new ReportScope(room.id(), MONDAY, NEW_YORK, Optional.of(store.id())));

        assertThat(report.appointmentsByStatus()).containsEntry(AppointmentStatus.FULFILLED, 1).containsEntry(AppointmentStatus.ARRIVED, 1)
                .containsEntry(AppointmentStatus.NOSHOW, 1).containsEntry(AppointmentStatus.CANCELLED, 1)
                .containsEntry(AppointmentStatus.BOOKED, 1).containsEntry(AppointmentStatus.PENDING, 0);
        assertThat(report.appointments()).isEqualTo(5);
        assertThat(report.noShowRate()).isEqualByComparingTo(new BigDecimal("0.25"));
        assertThat(report.waitsMeasured()).isEqualTo(2);
        assertThat(report.averageWait()).contains(Duration.ofMinutes(16));
        assertThat(report.p90Wait()).contains(Duration.ofMinutes(20));
        assertThat(report.bedsOccupied()).isEqualTo(1);
        assertThat(report.beds()).isEqualTo(2);
        assertThat(report.bedOccupancy()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(report.stockAlerts()).singleElement().satisfies(a -> assertThat(a.suggested()).isEqualTo(170));
        assertThat(report.maintenanceDue()).singleElement().satisfies(m -> assertThat(m.plan()).isEqualTo("Bulb check"));
        assertThat(report.openCases()).isEqualTo(1);
        assertThat(report.overdueCases()).isZero();
        assertThat(report.openTasks()).as("the overdue task and the purchase suggestion").isEqualTo(2);
        assertThat(report.overdueTasks()).isEqualTo(1);

        String text = report.render();
        assertThat(text).startsWith("Daily report 2026-11-02 location " + room.id());
        assertThat(text).contains("No-show rate").contains("25.0 %").contains("Average wait").contains("16 min 00 s")
                .contains("Bed occupancy").contains("50.0 %");
        List<String> figureLines = Arrays.stream(text.split("\n")).skip(1).limit(AppointmentStatus.values().length + 13).toList();
        assertThat(figureLines).extracting(String::length).as("values end in one column").containsOnly(figureLines.get(0).length());
    }

    @Test
    void anotherDayOrLocationCountsNothingOfThisOne() {
        scenario();
        Resource other = resources.register(desk, NewResource.of(ResourceKind.LOCATION, "Clinic B", NEW_YORK));

        assertThat(reports.daily(coordinator, new ReportScope(other.id(), MONDAY, NEW_YORK, Optional.empty())).appointments()).isZero();
        assertThat(reports.daily(coordinator, new ReportScope(room.id(), MONDAY.plusDays(1), NEW_YORK, Optional.empty())).appointments())
                .isEqualTo(1);
    }

    @Test
    void aReportWithoutLocationDayOrZoneIsRejected() {
        assertThatThrownBy(() -> reports.daily(coordinator, new ReportScope(null, null, null, Optional.empty())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(v -> v.field() + " " + v.code())
                        .containsExactlyInAnyOrder("location MC-COORD-021", "day MC-COORD-021", "zone MC-COORD-021"));
    }
}
