package org.medcoord.coordination.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medcoord.coordination.EquipmentLink;
import org.medcoord.coordination.NewTask;
import org.medcoord.coordination.Task;
import org.medcoord.coordination.TaskChange;
import org.medcoord.coordination.TaskId;
import org.medcoord.coordination.TaskStatus;
import org.medcoord.coordination.TaskPriority;
import org.medcoord.coordination.TaskType;
import org.medcoord.core.ValidationException;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.Roles;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.Versioned;
import org.medcoord.inventory.AssetStatus;
import org.medcoord.inventory.EquipmentOutOfService;
import org.medcoord.inventory.EquipmentReturnedToService;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.AppointmentService;
import org.medcoord.scheduling.AppointmentStatus;
import org.medcoord.scheduling.Block;
import org.medcoord.scheduling.BlockReason;
import org.medcoord.scheduling.ResourceService;
import org.medcoord.scheduling.Slot;
import org.medcoord.scheduling.SlotQuery;
import org.medcoord.scheduling.SlotSearch;

/** Equipment outages block the linked resource and put its appointments on the worklist; returns lift the block. */
final class EquipmentWorkflow {

    private static final Set<AppointmentStatus> TO_MOVE = Set.of(AppointmentStatus.BOOKED, AppointmentStatus.PENDING);
    private static final int OPTIONS = 3;

    private final Clock clock;
    private final ResourceService resources;
    private final AppointmentService appointments;
    private final SlotSearch slots;
    private final Duration openOutage;
    private final Duration searchAhead;

    EquipmentWorkflow(Clock clock, ResourceService resources, AppointmentService appointments, SlotSearch slots, Duration openOutage,
                      Duration searchAhead) {
        this.clock = clock;
        this.resources = resources;
        this.appointments = appointments;
        this.slots = slots;
        this.openOutage = openOutage;
        this.searchAhead = searchAhead;
    }

    void outOfService(DataSession s, AccessContext context, EquipmentOutOfService event) {
        if (event.status() == AssetStatus.IN_SERVICE) {
            return;
        }
        Optional<EquipmentLink> link = s.find(Documents.EQUIPMENT_LINK, event.asset().asString()).map(Versioned::value);
        if (link.isEmpty() || !openOutages(s, event).isEmpty()) {
            // not booked through scheduling, or already blocked (out of service, then into maintenance): the block stands
            return;
        }
        Instant from = event.from();
        Instant end = event.until().filter(from::isBefore).orElse(from.plus(openOutage));
        BlockReason reason = event.status() == AssetStatus.IN_MAINTENANCE ? BlockReason.MAINTENANCE : BlockReason.OUT_OF_SERVICE;
        Block block = resources.placeBlock(context, link.get().resource(), from, end, reason,
                "asset " + event.asset() + " " + event.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        List<TaskId> tasks = new ArrayList<>();
        for (Appointment a : appointments.onResource(context, block.resource(), from, end)) {
            if (TO_MOVE.contains(a.status())) {
                rescheduleTask(s, context, a).ifPresent(t -> tasks.add(t.id()));
            }
        }
        s.insert(Documents.OUTAGE, block.id().asString(), new Records.Outage(block.id(), event.asset(), block.resource(), from, end, true,
                tasks));
    }

    private Optional<Task> rescheduleTask(DataSession s, AccessContext context, Appointment a) {
        Instant now = s.now();
        List<Slot> options;
        try {
            options = slots.find(context, SlotQuery.of(a.serviceType(), now, now.plus(searchAhead), OPTIONS).forPatient(a.patient()));
        } catch (ValidationException e) {
            // the service type cannot be searched now (for example past its horizon): the task goes out without options
            options = List.of();
        }
        Instant dayBefore = a.start().minus(Duration.ofDays(1));
        Instant due = dayBefore.isAfter(now) ? (dayBefore.isBefore(now.plus(Duration.ofDays(1))) ? dayBefore : now.plus(Duration.ofDays(1))) : now;
        TaskPriority priority = a.start().isBefore(now.plus(Duration.ofHours(48))) ? TaskPriority.HIGH : TaskPriority.NORMAL;
        NewTask task = new NewTask(TaskType.RESCHEDULE, "Reschedule: equipment unavailable",
                "appointment " + a.id() + " at " + a.start() + " uses equipment that is out of service; offer the patient one of the options",
                priority, due, Optional.of(Roles.COORDINATOR), Optional.empty(), Optional.of(a.patient()),
                Optional.of("scheduling.appointment/" + a.id()));
        return TaskBook.generate(s, clock, task, "reschedule|" + a.id(), options);
    }

    void returned(DataSession s, AccessContext context, EquipmentReturnedToService event) {
        for (Versioned<Records.Outage> outage : openOutages(s, event.asset().asString())) {
            Records.Outage o = outage.value();
            boolean stillInForce = resources.activeBlocks(context, o.resource(), o.start(), o.end()).stream()
                    .anyMatch(b -> b.id().equals(o.block()));
            if (stillInForce) {
                resources.liftBlock(context, o.block(), "asset " + o.asset() + " back in service");
            }
            // the bookings can stay where they are now: reschedule tasks nobody has started are withdrawn
            for (TaskId id : o.tasks()) {
                Versioned<Task> current = TaskBook.load(s, id, Action.UPDATE, "coordination.task.withdraw");
                Task t = current.value();
                if (t.status() == TaskStatus.OPEN) {
                    TaskBook.save(s, current, t.with(new TaskChange(s.now(), s.context().principal().userId(), TaskStatus.CANCELLED,
                            "cancelled: equipment back in service"), t.priority(), t.assignee(), t.escalated()));
                }
            }
            s.update(Documents.OUTAGE, outage.id(), outage.version(), o.closed());
        }
    }

    private static List<Versioned<Records.Outage>> openOutages(DataSession s, EquipmentOutOfService event) {
        return openOutages(s, event.asset().asString());
    }

    private static List<Versioned<Records.Outage>> openOutages(DataSession s, String asset) {
        return s.query(Documents.OUTAGE, Criteria.all().eq("asset", asset).eq("open", "true").limit(100)).items();
    }
}
