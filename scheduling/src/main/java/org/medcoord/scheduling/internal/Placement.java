package org.medcoord.scheduling.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medcoord.core.PatientId;
import org.medcoord.core.Violations;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.Versioned;
import org.medcoord.scheduling.Allocation;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.AppointmentId;
import org.medcoord.scheduling.Resource;
import org.medcoord.scheduling.ResourceId;
import org.medcoord.scheduling.ResourceRequirement;
import org.medcoord.scheduling.SchedulingCodes;
import org.medcoord.scheduling.ServiceType;
import org.medcoord.scheduling.ServiceTypeId;

/**
 * A checked request to put a service type at a start on chosen resources: what each resource would
 * hold, with buffers. {@link #validate} reports input problems; {@link #checkFree} (run under the
 * resources' and the patient's locks) reports collisions.
 */
record Placement(ServiceType type, Instant start, Instant end, List<Allocation> allocations, List<Resource> resources) {

    /** @return the placement, or empty when {@code v} received violations */
    static Optional<Placement> validate(DataSession s, Violations v, ServiceTypeId typeId, Instant start,
            Map<String, ResourceId> chosen) {
        int before = v.list().size();
        ServiceType type = null;
        if (typeId == null) {
            v.add("serviceType", SchedulingCodes.UNKNOWN_SERVICE_TYPE, "a service type is required");
        } else {
            type = s.find(Documents.SERVICE_TYPE, typeId.asString()).map(Versioned::value).orElse(null);
            v.addIf(type == null, "serviceType", SchedulingCodes.UNKNOWN_SERVICE_TYPE, "no such service type; define it first");
        }
        v.addIf(start == null, "start", SchedulingCodes.INTERVAL, "a start time is required");
        List<Resource> resources = new ArrayList<>();
        List<Allocation> allocations = new ArrayList<>();
        if (type != null) {
            Set<ResourceId> used = new HashSet<>();
            for (ResourceRequirement r : type.requirements()) {
                ResourceId chosenId = chosen.get(r.role());
                String field = "resources." + r.role();
                if (chosenId == null) {
                    v.add(field, SchedulingCodes.ROLES, "the service type needs a resource for this role");
                    continue;
                }
                Optional<Resource> resource = s.find(Documents.RESOURCE, chosenId.asString()).map(Versioned::value);
                if (resource.isEmpty()) {
                    v.add(field, SchedulingCodes.UNKNOWN_RESOURCE, "no such resource; register it first");
                    continue;
                }
                v.addIf(!r.accepts(chosenId), field, SchedulingCodes.NOT_A_CANDIDATE,
                        "this resource is not a candidate for the role; choose one of the service type's candidates");
                v.addIf(!used.add(chosenId), field, SchedulingCodes.ROLES, "one resource cannot fill two roles of one appointment");
                resources.add(resource.get());
                if (start != null) {
                    Instant end = start.plus(type.duration());
                    allocations.add(new Allocation(r.role(), chosenId, start.minus(r.setup()), end.plus(r.turnover())));
                }
            }
            for (String role : chosen.keySet()) {
                v.addIf(type.requirement(role).isEmpty(), "resources." + role, SchedulingCodes.ROLES,
                        "the service type has no such role");
            }
            if (start != null) {
                Instant now = s.now();
                v.addIf(start.isBefore(now.plus(type.leadTime())), "start", SchedulingCodes.LEAD_TIME,
                        "the start is earlier than the service type's lead time allows (" + type.leadTime() + " from now)");
                v.addIf(start.plus(type.duration()).isAfter(now.plus(type.horizon())), "start", SchedulingCodes.HORIZON,
                        "the end is later than the service type's booking horizon (" + type.horizon() + " from now)");
            }
        }
        if (v.list().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Placement(type, start, start.plus(type.duration()), allocations, resources));
    }

    /** @return the resource ids involved */
    List<String> resourceKeys() {
        return allocations.stream().map(a -> a.resource().asString()).toList();
    }

    /**
     * @param ignore an appointment that does not count (the one being moved)
     * @throws org.medcoord.core.ConflictException naming the first resource (in role order) that cannot
     *         take its interval, or the patient's overlapping appointment
     */
    void checkFree(DataSession s, PatientId patient, Optional<AppointmentId> ignore) {
        Instant from = allocations.stream().map(Allocation::from).min(Instant::compareTo).orElse(start);
        Instant to = allocations.stream().map(Allocation::to).max(Instant::compareTo).orElse(end);
        Map<ResourceId, ResourceCalendar> calendars = Calendars.load(s, resources, from, to, ignore);
        for (Allocation a : allocations) {
            Optional<Problem> problem = calendars.get(a.resource()).problem(a, start, end);
            if (problem.isPresent()) {
                throw problem.get().toException();
            }
        }
        patientProblem(s, patient, start, end, ignore).ifPresent(p -> {
            throw p.toException();
        });
    }

    /** @return a problem when the patient has another appointment taking time in {@code [start, end)} */
    static Optional<Problem> patientProblem(DataSession s, PatientId patient, Instant start, Instant end, Optional<AppointmentId> ignore) {
        return patientAppointments(s, patient, start, end).stream()
                .filter(a -> ignore.map(id -> !id.equals(a.id())).orElse(true))
                .filter(a -> a.start().isBefore(end) && start.isBefore(a.end()))
                .findFirst()
                .map(a -> new Problem(SchedulingCodes.PATIENT_BUSY, "the patient already has appointment " + a.id() + " in ["
                        + a.start() + ", " + a.end() + "); choose a time that does not overlap it"));
    }

    /** @return the patient's appointments taking capacity that may overlap {@code [from, to)} */
    static List<Appointment> patientAppointments(DataSession s, PatientId patient, Instant from, Instant to) {
        Instant now = s.now();
        // no appointment lasts longer than a day, so one that overlaps starts at most a day earlier
        Criteria c = Criteria.all().eq("patient", patient.asString())
                .between("start", from.minus(DefaultServiceCatalog.MAX_DURATION).minus(Duration.ofSeconds(1)), to);
        return Pages.all(s, Documents.APPOINTMENT, c).stream().map(Versioned::value)
                .filter(a -> a.occupiesAt(now)).toList();
    }
}
