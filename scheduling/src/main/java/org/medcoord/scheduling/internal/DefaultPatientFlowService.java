package org.medcoord.scheduling.internal;

import com.google.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.ConflictException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.AppointmentId;
import org.medcoord.scheduling.AppointmentRunningLate;
import org.medcoord.scheduling.AppointmentStatus;
import org.medcoord.scheduling.AppointmentStatusChanged;
import org.medcoord.scheduling.BoardEntry;
import org.medcoord.scheduling.FlowStage;
import org.medcoord.scheduling.FlowStep;
import org.medcoord.scheduling.PatientCheckedIn;
import org.medcoord.scheduling.PatientFlow;
import org.medcoord.scheduling.PatientFlowAdvanced;
import org.medcoord.scheduling.PatientFlowService;
import org.medcoord.scheduling.Resource;
import org.medcoord.scheduling.ResourceId;
import org.medcoord.scheduling.ResourceKind;
import org.medcoord.scheduling.SchedulingCodes;
import org.medcoord.scheduling.WaitTimes;

final class DefaultPatientFlowService implements PatientFlowService {

    private final DataStore data;
    private final java.time.Clock clock;
    private final PatientMessages messages;

    @Inject
    DefaultPatientFlowService(DataStore data, java.time.Clock clock, PatientMessages messages) {
        this.data = data;
        this.clock = clock;
        this.messages = messages;
    }

    @Override
    public List<AppointmentId> runningLate(AccessContext context, ResourceId practitioner, Duration delay) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.SEARCH, DataCategory.SCHEDULING, Optional.empty(), "scheduling.flow.running-late",
                    "scheduling.resource/" + practitioner);
            Violations v = new Violations();
            Optional<Resource> resource = practitioner == null ? Optional.empty()
                    : s.find(Documents.RESOURCE, practitioner.asString()).map(Versioned::value);
            v.addIf(resource.isEmpty(), "practitioner", SchedulingCodes.UNKNOWN_RESOURCE, "no such resource; register it first");
            v.addIf(delay == null || delay.compareTo(Duration.ofMinutes(1)) < 0 || delay.compareTo(Duration.ofHours(12)) > 0, "delay",
                    SchedulingCodes.DURATION, "a delay is 1 minute to 12 hours");
            v.throwIfAny();
            Instant now = s.now();
            Instant endOfDay = LocalDate.ofInstant(now, resource.get().zone()).plusDays(1).atStartOfDay(resource.get().zone()).toInstant();
            List<Appointment> later = new ArrayList<>();
            java.util.Set<AppointmentId> seen = new java.util.HashSet<>();
            for (Versioned<Appointment> hit : Pages.allAnyOf(s, Documents.APPOINTMENT, Criteria.all(), "resourceDay",
                    Days.keys(practitioner, now, endOfDay))) {
                Appointment a = hit.value();
                if (seen.add(a.id()) && a.status() == AppointmentStatus.BOOKED && !a.start().isBefore(now) && a.start().isBefore(endOfDay)
                        && a.resources().contains(practitioner)) {
                    later.add(a);
                }
            }
            later.sort(Comparator.comparing(Appointment::start).thenComparing(a -> a.id().value()));
            for (Appointment a : later) {
                s.authorize(Action.UPDATE, DataCategory.SCHEDULING, Optional.of(a.patient()), "scheduling.flow.running-late",
                        "scheduling.appointment/" + a.id());
                Instant expected = a.start().plus(delay);
                s.publish(new AppointmentRunningLate(a.id(), a.patient(), practitioner, delay, expected));
                messages.sendAfterCommit(s, org.medcoord.core.Uuid7.next(clock).toString(), a.patient(), "We are running about "
                        + delay.toMinutes() + " minutes late: your appointment on " + PatientMessages.local(s, a, a.start())
                        + " is now expected to start at " + PatientMessages.local(s, a, expected) + ". We are sorry for the wait.", a.start());
            }
            return later.stream().map(Appointment::id).toList();
        });
    }

    @Override
    public PatientFlow checkIn(AccessContext context, AppointmentId id) {
        return data.inTransaction(context, s -> {
            Versioned<Appointment> current = appointment(s, id, "scheduling.flow.check-in");
            Appointment a = current.value();
            if (a.status() != AppointmentStatus.BOOKED) {
                throw new ConflictException(SchedulingCodes.ILLEGAL_TRANSITION, "appointment " + id + " is " + a.status().fhirCode()
                        + "; only a booked appointment can be checked in");
            }
            String user = s.context().principal().userId();
            s.update(Documents.APPOINTMENT, id.asString(), current.version(), a.withStatus(AppointmentStatus.ARRIVED, user));
            List<ResourceId> locations = new ArrayList<>();
            for (var al : a.allocations()) {
                s.find(Documents.RESOURCE, al.resource().asString()).map(Versioned::value)
                        .filter(r -> r.kind() == ResourceKind.LOCATION).ifPresent(r -> locations.add(r.id()));
            }
            PatientFlow flow = new PatientFlow(id, a.patient(), locations,
                    List.of(new FlowStep(FlowStage.CHECKED_IN, s.now(), user, Optional.empty())));
            s.insert(Documents.FLOW, id.asString(), flow);
            s.publish(new AppointmentStatusChanged(id, a.patient(), AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED, s.now()));
            s.publish(new PatientCheckedIn(id, a.patient(), s.now()));
            return flow;
        });
    }

    @Override
    public PatientFlow room(AccessContext context, AppointmentId id, ResourceId room) {
        return data.inTransaction(context, s -> {
            Violations v = new Violations();
            Optional<Resource> resource = room == null ? Optional.empty() : s.find(Documents.RESOURCE, room.asString()).map(Versioned::value);
            v.addIf(resource.isEmpty() || resource.get().kind() != ResourceKind.LOCATION, "room", SchedulingCodes.UNKNOWN_RESOURCE,
                    "a room must be a registered location");
            v.throwIfAny();
            return advance(s, id, FlowStage.ROOMED, Optional.of(room));
        });
    }

    @Override
    public PatientFlow withClinician(AccessContext context, AppointmentId id) {
        return data.inTransaction(context, s -> advance(s, id, FlowStage.WITH_CLINICIAN, Optional.empty()));
    }

    @Override
    public PatientFlow checkOut(AccessContext context, AppointmentId id) {
        return data.inTransaction(context, s -> {
            PatientFlow flow = advance(s, id, FlowStage.CHECKED_OUT, Optional.empty());
            Versioned<Appointment> current = s.get(Documents.APPOINTMENT, id.asString());
            if (current.value().status().canMoveTo(AppointmentStatus.FULFILLED)) {
                s.update(Documents.APPOINTMENT, id.asString(), current.version(),
                        current.value().withStatus(AppointmentStatus.FULFILLED, s.context().principal().userId()));
                s.publish(new AppointmentStatusChanged(id, flow.patient(), current.value().status(), AppointmentStatus.FULFILLED, s.now()));
            }
            return flow;
        });
    }

    private PatientFlow advance(DataSession s, AppointmentId id, FlowStage stage, Optional<ResourceId> room) {
        Versioned<PatientFlow> current = flow(s, id, Action.UPDATE, "scheduling.flow." + stage.name().toLowerCase(java.util.Locale.ROOT));
        PatientFlow flow = current.value();
        if (stage.ordinal() <= flow.stage().ordinal()) {
            throw new ConflictException(SchedulingCodes.ILLEGAL_TRANSITION, "the patient of appointment " + id + " is already "
                    + flow.stage() + "; stages only move forward (checked in, roomed, with clinician, checked out)");
        }
        List<FlowStep> steps = new ArrayList<>(flow.steps());
        steps.add(new FlowStep(stage, s.now(), s.context().principal().userId(), room));
        List<ResourceId> locations = new ArrayList<>(flow.locations());
        room.filter(r -> !locations.contains(r)).ifPresent(locations::add);
        PatientFlow next = new PatientFlow(id, flow.patient(), locations, steps);
        s.update(Documents.FLOW, id.asString(), current.version(), next);
        s.publish(new PatientFlowAdvanced(id, flow.patient(), stage, s.now()));
        return next;
    }

    @Override
    public PatientFlow get(AccessContext context, AppointmentId id) {
        return data.inTransaction(context, s -> flow(s, id, Action.READ, "scheduling.flow.read").value());
    }

    @Override
    public List<BoardEntry> board(AccessContext context, ResourceId location) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.SEARCH, DataCategory.SCHEDULING, Optional.empty(), "scheduling.flow.board", "scheduling.resource/" + location);
            Instant now = s.now();
            List<BoardEntry> board = new ArrayList<>();
            for (Versioned<PatientFlow> v : Pages.all(s, Documents.FLOW, Criteria.all().eq("activeAt", location.asString()))) {
                PatientFlow f = v.value();
                Appointment a = s.get(Documents.APPOINTMENT, f.appointment().asString()).value();
                Optional<ResourceId> room = f.steps().stream().flatMap(st -> st.room().stream()).reduce((first, second) -> second);
                board.add(new BoardEntry(f.appointment(), f.patient(), f.stage(), room, f.since(), Duration.between(f.since(), now),
                        a.start()));
            }
            board.sort(Comparator.comparing(BoardEntry::since).thenComparing(e -> e.appointment().value()));
            return List.copyOf(board);
        });
    }

    @Override
    public WaitTimes waitTimes(AccessContext context, ResourceId location, LocalDate day) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.SEARCH, DataCategory.SCHEDULING, Optional.empty(), "scheduling.flow.wait-times", "scheduling.resource/" + location);
            Resource resource = DefaultResourceService.load(s, location);
            Instant from = day.atStartOfDay(resource.zone()).toInstant();
            Instant to = day.plusDays(1).atStartOfDay(resource.zone()).toInstant();
            List<Duration> waits = new ArrayList<>();
            for (Versioned<PatientFlow> v : Pages.all(s, Documents.FLOW, Criteria.all().eq("location", location.asString())
                    .between("checkedIn", from, to))) {
                v.value().waitForClinician().ifPresent(waits::add);
            }
            Duration total = waits.stream().reduce(Duration.ZERO, Duration::plus);
            Duration longest = waits.stream().max(Comparator.naturalOrder()).orElse(Duration.ZERO);
            return new WaitTimes(location, day, waits.size(), waits.isEmpty() ? Duration.ZERO : total.dividedBy(waits.size()), longest);
        });
    }

    private static Versioned<Appointment> appointment(DataSession s, AppointmentId id, String source) {
        Optional<Versioned<Appointment>> found = s.find(Documents.APPOINTMENT, id.asString());
        s.authorize(Action.UPDATE, DataCategory.SCHEDULING, found.map(f -> f.value().patient()), source, "scheduling.appointment/" + id);
        return found.orElseThrow(() -> new NotFoundException("appointment " + id));
    }

    private static Versioned<PatientFlow> flow(DataSession s, AppointmentId id, Action action, String source) {
        Optional<Versioned<PatientFlow>> found = s.find(Documents.FLOW, id.asString());
        s.authorize(action, DataCategory.SCHEDULING, found.map(f -> f.value().patient()), source, "scheduling.appointment/" + id);
        return found.orElseThrow(() -> new NotFoundException("MC-SCHED-404", "the patient of appointment " + id
                + " has not checked in; check them in first"));
    }
}
