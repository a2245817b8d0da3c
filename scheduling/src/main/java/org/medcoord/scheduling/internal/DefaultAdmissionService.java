package org.medcoord.scheduling.internal;

import com.google.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.ConflictException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;
import org.medcoord.scheduling.Admission;
import org.medcoord.scheduling.AdmissionId;
import org.medcoord.scheduling.AdmissionService;
import org.medcoord.scheduling.Allocation;
import org.medcoord.scheduling.BedCleaned;
import org.medcoord.scheduling.BedState;
import org.medcoord.scheduling.BedStatus;
import org.medcoord.scheduling.BedStay;
import org.medcoord.scheduling.PatientAdmitted;
import org.medcoord.scheduling.PatientDischarged;
import org.medcoord.scheduling.PatientTransferred;
import org.medcoord.scheduling.Resource;
import org.medcoord.scheduling.ResourceId;
import org.medcoord.scheduling.ResourceKind;
import org.medcoord.scheduling.SchedulingCodes;

final class DefaultAdmissionService implements AdmissionService {

    /** Admission checks the bed is free of bookings and blocks from now for this long (occupancy has no planned end). */
    private static final Duration CHECK_AHEAD = Duration.ofMinutes(1);

    private final DataStore data;
    private final Clock clock;

    @Inject
    DefaultAdmissionService(DataStore data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    @Override
    public Admission admit(AccessContext context, PatientId patient, ResourceId bed) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.CREATE, DataCategory.SCHEDULING, Optional.ofNullable(patient), "scheduling.admission.admit",
                    "scheduling.resource/" + bed);
            Violations v = new Violations();
            v.addIf(patient == null, "patient", SchedulingCodes.PATIENT, "a patient is required");
            Optional<Resource> resource = bedResource(s, v, "bed", bed);
            v.throwIfAny();
            s.lockAll(Documents.RESOURCE_LOCK, List.of(bed.asString()));
            s.lock(Documents.PATIENT_LOCK, patient.asString());
            if (!Pages.all(s, Documents.ADMISSION, Criteria.all().eq("patient", patient.asString()).eq("active", "true")).isEmpty()) {
                throw new ConflictException(SchedulingCodes.BED_UNAVAILABLE, "the patient is already admitted; transfer them instead");
            }
            requireFree(s, resource.get());
            Instant now = s.now();
            AdmissionId id = AdmissionId.next(clock);
            Admission admission = new Admission(id, patient, List.of(new BedStay(bed, now, Optional.empty())), Optional.empty());
            s.insert(Documents.ADMISSION, id.asString(), admission);
            setBed(s, new BedStatus(bed, BedState.OCCUPIED, now, Optional.of(id), Optional.of(patient)));
            s.publish(new PatientAdmitted(id, patient, bed, now));
            return admission;
        });
    }

    @Override
    public Admission transfer(AccessContext context, AdmissionId id, ResourceId toBed) {
        return data.inTransaction(context, s -> {
            Versioned<Admission> current = load(s, id, Action.UPDATE, "scheduling.admission.transfer");
            Violations v = new Violations();
            Optional<Resource> target = bedResource(s, v, "toBed", toBed);
            v.throwIfAny();
            ResourceId fromBed = current.value().currentBed();
            s.lockAll(Documents.RESOURCE_LOCK, List.of(fromBed.asString(), toBed.asString()));
            current = s.get(Documents.ADMISSION, id.asString());
            requireActive(current.value());
            requireFree(s, target.get());
            Instant now = s.now();
            List<BedStay> stays = new ArrayList<>(current.value().stays());
            BedStay last = stays.remove(stays.size() - 1);
            stays.add(new BedStay(last.bed(), last.from(), Optional.of(now)));
            stays.add(new BedStay(toBed, now, Optional.empty()));
            Admission moved = new Admission(id, current.value().patient(), stays, Optional.empty());
            s.update(Documents.ADMISSION, id.asString(), current.version(), moved);
            setBed(s, new BedStatus(fromBed, BedState.CLEANING, now, Optional.empty(), Optional.empty()));
            setBed(s, new BedStatus(toBed, BedState.OCCUPIED, now, Optional.of(id), Optional.of(moved.patient())));
            s.publish(new PatientTransferred(id, moved.patient(), fromBed, toBed, now));
            return moved;
        });
    }

    @Override
    public Admission discharge(AccessContext context, AdmissionId id) {
        return data.inTransaction(context, s -> {
            Versioned<Admission> current = load(s, id, Action.UPDATE, "scheduling.admission.discharge");
            ResourceId bed = current.value().currentBed();
            s.lockAll(Documents.RESOURCE_LOCK, List.of(bed.asString()));
            current = s.get(Documents.ADMISSION, id.asString());
            requireActive(current.value());
            Instant now = s.now();
            List<BedStay> stays = new ArrayList<>(current.value().stays());
            BedStay last = stays.remove(stays.size() - 1);
            stays.add(new BedStay(last.bed(), last.from(), Optional.of(now)));
            Admission discharged = new Admission(id, current.value().patient(), stays, Optional.of(now));
            s.update(Documents.ADMISSION, id.asString(), current.version(), discharged);
            setBed(s, new BedStatus(bed, BedState.CLEANING, now, Optional.empty(), Optional.empty()));
            s.publish(new PatientDischarged(id, discharged.patient(), bed, now));
            return discharged;
        });
    }

    @Override
    public BedStatus cleaned(AccessContext context, ResourceId bed) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.UPDATE, DataCategory.SCHEDULING, Optional.empty(), "scheduling.bed.cleaned", "scheduling.resource/" + bed);
            Violations v = new Violations();
            bedResource(s, v, "bed", bed);
            v.throwIfAny();
            s.lockAll(Documents.RESOURCE_LOCK, List.of(bed.asString()));
            Optional<BedStatus> state = s.find(Documents.BED, bed.asString()).map(Versioned::value);
            if (state.isEmpty() || state.get().state() != BedState.CLEANING) {
                throw new ConflictException(SchedulingCodes.ILLEGAL_TRANSITION, "bed " + bed + " is "
                        + state.map(b -> b.state().name().toLowerCase(java.util.Locale.ROOT)).orElse("free")
                        + ", not being cleaned; nothing to mark");
            }
            BedStatus free = new BedStatus(bed, BedState.FREE, s.now(), Optional.empty(), Optional.empty());
            setBed(s, free);
            s.publish(new BedCleaned(bed, s.now()));
            return free;
        });
    }

    @Override
    public Admission get(AccessContext context, AdmissionId id) {
        return data.inTransaction(context, s -> load(s, id, Action.READ, "scheduling.admission.read").value());
    }

    @Override
    public List<BedStatus> board(AccessContext context) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.SEARCH, DataCategory.SCHEDULING, Optional.empty(), "scheduling.bed.board", "scheduling.bed-board");
            List<BedStatus> board = new ArrayList<>();
            for (Versioned<Resource> bed : Pages.all(s, Documents.RESOURCE, Criteria.all().eq("kind", ResourceKind.BED.name()))) {
                board.add(s.find(Documents.BED, bed.id()).map(Versioned::value).orElse(
                        new BedStatus(bed.value().id(), BedState.FREE, bed.written(), Optional.empty(), Optional.empty())));
            }
            return List.copyOf(board);
        });
    }

    private static Optional<Resource> bedResource(DataSession s, Violations v, String field, ResourceId bed) {
        Optional<Resource> resource = bed == null ? Optional.empty() : s.find(Documents.RESOURCE, bed.asString()).map(Versioned::value);
        v.addIf(resource.isEmpty() || resource.get().kind() != ResourceKind.BED, field, SchedulingCodes.UNKNOWN_RESOURCE,
                "no such bed; register it as a resource of kind BED");
        return resource;
    }

    /** Under the bed's lock: the bed is free, and nothing booked or blocked on it right now. */
    private static void requireFree(DataSession s, Resource bed) {
        Instant now = s.now();
        ResourceCalendar calendar = Calendars.load(s, List.of(bed), now, now.plus(CHECK_AHEAD), Optional.empty()).get(bed.id());
        Optional<Problem> problem = calendar.problem(new Allocation("bed", bed.id(), now, now.plus(CHECK_AHEAD)), now, now.plus(CHECK_AHEAD));
        if (problem.isPresent()) {
            throw new ConflictException(SchedulingCodes.BED_UNAVAILABLE, "bed " + bed.id() + " is not free: " + problem.get().message());
        }
    }

    private static void requireActive(Admission admission) {
        if (!admission.active()) {
            throw new ConflictException(SchedulingCodes.ILLEGAL_TRANSITION, "admission " + admission.id()
                    + " was discharged; admit the patient again instead");
        }
    }

    private static void setBed(DataSession s, BedStatus status) {
        Optional<Versioned<BedStatus>> current = s.find(Documents.BED, status.bed().asString());
        if (current.isPresent()) {
            s.update(Documents.BED, status.bed().asString(), current.get().version(), status);
        } else {
            s.insert(Documents.BED, status.bed().asString(), status);
        }
    }

    private static Versioned<Admission> load(DataSession s, AdmissionId id, Action action, String source) {
        Optional<Versioned<Admission>> found = s.find(Documents.ADMISSION, id.asString());
        s.authorize(action, DataCategory.SCHEDULING, found.map(f -> f.value().patient()), source, "scheduling.admission/" + id);
        return found.orElseThrow(() -> new NotFoundException("admission " + id));
    }
}
