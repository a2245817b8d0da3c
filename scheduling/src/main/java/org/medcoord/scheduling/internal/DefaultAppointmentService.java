package org.medcoord.scheduling.internal;

import com.google.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.medcoord.core.ConflictException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.UniqueKeyViolationException;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.AppointmentBooked;
import org.medcoord.scheduling.AppointmentCancelled;
import org.medcoord.scheduling.AppointmentHeld;
import org.medcoord.scheduling.AppointmentId;
import org.medcoord.scheduling.AppointmentRescheduled;
import org.medcoord.scheduling.AppointmentService;
import org.medcoord.scheduling.AppointmentStatus;
import org.medcoord.scheduling.AppointmentStatusChanged;
import org.medcoord.scheduling.BookingRequest;
import org.medcoord.scheduling.OccurrenceConflict;
import org.medcoord.scheduling.SeriesConflictException;
import org.medcoord.scheduling.ResourceId;
import org.medcoord.scheduling.SchedulingCodes;

final class DefaultAppointmentService implements AppointmentService {

    private static final Duration MAX_HOLD = Duration.ofHours(24);

    private final DataStore data;
    private final Clock clock;
    private final Backfill backfill;

    @Inject
    DefaultAppointmentService(DataStore data, Clock clock, Backfill backfill) {
        this.data = data;
        this.clock = clock;
        this.backfill = backfill;
    }

    @Override
    public Appointment book(AccessContext context, BookingRequest request) {
        return place(context, request, Optional.empty());
    }

    @Override
    public Appointment hold(AccessContext context, BookingRequest request, Duration holdFor) {
        return place(context, request, Optional.ofNullable(holdFor).or(() -> Optional.of(Duration.ZERO)));
    }

    private Appointment place(AccessContext context, BookingRequest request, Optional<Duration> holdFor) {
        try {
            return data.inTransaction(context, s -> placeIn(s, request, holdFor));
        } catch (UniqueKeyViolationException e) {
            // Another call with the same key committed between our lookup and insert (possible only on
            // engines where the idempotency lock is not held across processes); answer as a replay.
            String key = request.idempotencyKey().map(String::strip).orElseThrow(() -> e);
            return data.inTransaction(context, s -> byKey(s, key).map(existing -> replay(existing, request)).orElseThrow(() -> e));
        }
    }

    private Appointment placeIn(DataSession s, BookingRequest request, Optional<Duration> holdFor) {
        String source = holdFor.isPresent() ? "scheduling.appointment.hold" : "scheduling.appointment.book";
        s.authorize(Action.CREATE, DataCategory.SCHEDULING, Optional.ofNullable(request.patient()), source, "scheduling.appointment");
        Violations v = new Violations();
        v.addIf(request.patient() == null, "patient", SchedulingCodes.PATIENT, "a patient is required");
        request.idempotencyKey().ifPresent(key -> Checks.text(v, "idempotencyKey", key, 128, SchedulingCodes.IDEMPOTENCY_KEY,
                "an idempotency key"));
        holdFor.ifPresent(d -> v.addIf(d.compareTo(Duration.ofMinutes(1)) < 0 || d.compareTo(MAX_HOLD) > 0, "holdFor",
                SchedulingCodes.DURATION, "a hold lasts 1 minute to 24 hours"));
        Optional<Placement> placement = Placement.validate(s, v, request.serviceType(), request.start(), request.resources());
        v.throwIfAny();
        Placement p = placement.orElseThrow();

        // Lock order everywhere: idempotency key, then resources (sorted), then the patient.
        Optional<String> key = request.idempotencyKey().map(String::strip);
        if (key.isPresent()) {
            s.lock(Documents.IDEMPOTENCY_LOCK, key.get());
            Optional<Appointment> existing = byKey(s, key.get());
            if (existing.isPresent()) {
                return replay(existing.get(), request);
            }
        }
        s.lockAll(Documents.RESOURCE_LOCK, p.resourceKeys());
        s.lock(Documents.PATIENT_LOCK, request.patient().asString());
        p.checkFree(s, request.patient(), Optional.empty());

        Instant now = s.now();
        AppointmentId id = AppointmentId.next(clock);
        Optional<Instant> expires = holdFor.map(now::plus);
        Appointment appointment = new Appointment(id, request.patient(), p.type().id(), p.start(), p.end(),
                holdFor.isPresent() ? AppointmentStatus.PENDING : AppointmentStatus.BOOKED, p.allocations(), expires, key,
                Optional.empty(), s.context().principal().userId());
        s.insert(Documents.APPOINTMENT, id.asString(), appointment);
        if (holdFor.isPresent()) {
            s.publish(new AppointmentHeld(id, request.patient(), p.type().id(), p.start(), p.end(), appointment.resources(),
                    expires.orElseThrow()));
        } else {
            s.publish(booked(appointment));
            Reminders.schedule(s, clock, appointment);
            FollowUps.linkBooked(s, appointment);
        }
        return appointment;
    }

    @Override
    public List<Appointment> bookSeries(AccessContext context, BookingRequest first, java.time.Period every, int count) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.CREATE, DataCategory.SCHEDULING, Optional.ofNullable(first.patient()), "scheduling.appointment.book-series",
                    "scheduling.appointment");
            Violations v = new Violations();
            v.addIf(first.patient() == null, "patient", SchedulingCodes.PATIENT, "a patient is required");
            v.addIf(first.idempotencyKey().isPresent(), "idempotencyKey", SchedulingCodes.IDEMPOTENCY_KEY,
                    "a series takes no idempotency key; book it once");
            v.addIf(every == null || every.isNegative() || every.isZero(), "every", SchedulingCodes.SERIES,
                    "the repetition must be a positive period, for example one week");
            v.addIf(count < 2 || count > 52, "count", SchedulingCodes.SERIES, "a series has 2 to 52 occurrences");
            Optional<Placement> firstPlacement = Placement.validate(s, v, first.serviceType(), first.start(), first.resources());
            v.throwIfAny();
            java.time.ZoneId zone = firstPlacement.orElseThrow().resources().get(0).zone();
            java.time.LocalDateTime local = java.time.LocalDateTime.ofInstant(first.start(), zone);
            List<Placement> placements = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                Instant start = LocalTimes.windowStart(local.plus(every.multipliedBy(k)), zone);
                Violations occurrence = new Violations();
                Optional<Placement> p = Placement.validate(s, occurrence, first.serviceType(), start, first.resources());
                v.addAll("occurrences[" + k + "]", occurrence.list());
                p.ifPresent(placements::add);
            }
            v.throwIfAny();
            s.lockAll(Documents.RESOURCE_LOCK, placements.get(0).resourceKeys());
            s.lock(Documents.PATIENT_LOCK, first.patient().asString());
            List<OccurrenceConflict> conflicts = new ArrayList<>();
            List<Appointment> booked = new ArrayList<>();
            String user = s.context().principal().userId();
            for (int k = 0; k < placements.size(); k++) {
                Placement p = placements.get(k);
                try {
                    // earlier occurrences are already inserted in this transaction, so they count too
                    p.checkFree(s, first.patient(), Optional.empty());
                } catch (ConflictException e) {
                    conflicts.add(new OccurrenceConflict(k, p.start(), e.code(), e.getMessage()));
                    continue;
                }
                AppointmentId id = AppointmentId.next(clock);
                Appointment a = new Appointment(id, first.patient(), p.type().id(), p.start(), p.end(), AppointmentStatus.BOOKED,
                        p.allocations(), Optional.empty(), Optional.empty(), Optional.empty(), user);
                s.insert(Documents.APPOINTMENT, id.asString(), a);
                booked.add(a);
            }
            if (!conflicts.isEmpty()) {
                throw new SeriesConflictException(conflicts);
            }
            for (Appointment a : booked) {
                s.publish(booked(a));
                Reminders.schedule(s, clock, a);
                FollowUps.linkBooked(s, a);
            }
            return List.copyOf(booked);
        });
    }

    private static Optional<Appointment> byKey(DataSession s, String key) {
        return s.query(Documents.APPOINTMENT, Criteria.all().eq("idempotencyKey", key).limit(1)).items().stream()
                .map(Versioned::value).findFirst();
    }

    private static Appointment replay(Appointment existing, BookingRequest request) {
        boolean same = existing.patient().equals(request.patient()) && existing.serviceType().equals(request.serviceType())
                && existing.start().equals(request.start())
                && Set.copyOf(existing.resources()).equals(Set.copyOf(request.resources().values()));
        if (!same) {
            throw new ConflictException(SchedulingCodes.IDEMPOTENCY_REUSED, "the idempotency key was already used for appointment "
                    + existing.id() + " with a different request; use a new key for a new request");
        }
        return existing;
    }

    @Override
    public Appointment confirm(AccessContext context, AppointmentId holdId) {
        return data.inTransaction(context, s -> {
            Versioned<Appointment> current = load(s, holdId, Action.UPDATE, "scheduling.appointment.confirm");
            Appointment hold = current.value();
            requireTransition(hold, AppointmentStatus.BOOKED);
            s.lockAll(Documents.RESOURCE_LOCK, hold.resources().stream().map(ResourceId::asString).toList());
            s.lock(Documents.PATIENT_LOCK, hold.patient().asString());
            // re-read under the locks: a concurrent cancel must not be overwritten
            current = s.get(Documents.APPOINTMENT, holdId.asString());
            hold = current.value();
            requireTransition(hold, AppointmentStatus.BOOKED);
            if (hold.status() == AppointmentStatus.PENDING && !hold.occupiesAt(s.now())) {
                throw new ConflictException(SchedulingCodes.HOLD_EXPIRED, "hold " + holdId + " lapsed at "
                        + hold.holdExpires().orElseThrow() + "; search for a slot again and book or hold it anew");
            }
            Appointment booked = hold.withStatus(AppointmentStatus.BOOKED, s.context().principal().userId());
            s.update(Documents.APPOINTMENT, holdId.asString(), current.version(), booked);
            s.publish(booked(booked));
            Reminders.schedule(s, clock, booked);
            FollowUps.linkBooked(s, booked);
            return booked;
        });
    }

    @Override
    public Appointment reschedule(AccessContext context, AppointmentId id, Instant newStart, Map<String, ResourceId> resources) {
        return data.inTransaction(context, s -> {
            Versioned<Appointment> current = load(s, id, Action.UPDATE, "scheduling.appointment.reschedule");
            Appointment before = current.value();
            requireMovable(before);
            Violations v = new Violations();
            Optional<Placement> placement = Placement.validate(s, v, before.serviceType(), newStart,
                    resources == null ? Map.of() : resources);
            v.throwIfAny();
            Placement p = placement.orElseThrow();
            Set<String> keys = new TreeSet<>(p.resourceKeys());
            before.resources().forEach(r -> keys.add(r.asString()));
            s.lockAll(Documents.RESOURCE_LOCK, keys);
            s.lock(Documents.PATIENT_LOCK, before.patient().asString());
            current = s.get(Documents.APPOINTMENT, id.asString());
            before = current.value();
            requireMovable(before);
            p.checkFree(s, before.patient(), Optional.of(id));
            Appointment after = before.movedTo(p.start(), p.end(), p.allocations(), s.context().principal().userId());
            s.update(Documents.APPOINTMENT, id.asString(), current.version(), after);
            if (after.status() == AppointmentStatus.BOOKED) {
                // the old reminders name the old start and are skipped when due
                Reminders.schedule(s, clock, after);
                FollowUps.linkBooked(s, after);
            }
            s.publish(new AppointmentRescheduled(id, before.patient(), before.start(), before.end(), before.resources(), after.start(),
                    after.end(), after.resources()));
            return after;
        });
    }

    private static void requireMovable(Appointment a) {
        if (a.status() != AppointmentStatus.BOOKED && a.status() != AppointmentStatus.PENDING) {
            throw new ConflictException(SchedulingCodes.ILLEGAL_TRANSITION, "appointment " + a.id() + " is "
                    + a.status().fhirCode() + "; only booked or pending appointments can be rescheduled");
        }
    }

    @Override
    public Appointment cancel(AccessContext context, AppointmentId id, String reason) {
        Violations v = new Violations();
        Checks.text(v, "reason", reason, 500, SchedulingCodes.REASON, "a cancellation reason");
        v.throwIfAny();
        return data.inTransaction(context, s -> {
            Versioned<Appointment> current = load(s, id, Action.UPDATE, "scheduling.appointment.cancel");
            requireTransition(current.value(), AppointmentStatus.CANCELLED);
            Appointment cancelled = current.value().cancelled(reason.strip(), s.context().principal().userId());
            s.update(Documents.APPOINTMENT, id.asString(), current.version(), cancelled);
            s.publish(new AppointmentCancelled(id, cancelled.patient(), cancelled.serviceType(), cancelled.start(), cancelled.end(),
                    cancelled.resources()));
            backfill.offer(s, new Backfill.Freed(Optional.of(cancelled.serviceType()), Optional.empty(), cancelled.start(),
                    cancelled.end()), List.of());
            return cancelled;
        });
    }

    @Override
    public Appointment markNoShow(AccessContext context, AppointmentId id) {
        return data.inTransaction(context, s -> {
            Versioned<Appointment> current = load(s, id, Action.UPDATE, "scheduling.appointment.no-show");
            if (current.value().status() == AppointmentStatus.BOOKED && s.now().isBefore(current.value().start())) {
                throw new ConflictException(SchedulingCodes.ILLEGAL_TRANSITION, "appointment " + id
                        + " has not started yet; a no-show can be recorded only after its start");
            }
            return move(s, current, AppointmentStatus.NOSHOW);
        });
    }

    @Override
    public Appointment transition(AccessContext context, AppointmentId id, AppointmentStatus next) {
        Violations v = new Violations();
        v.addIf(next == null, "next", SchedulingCodes.TRANSITION_METHOD, "a target status is required");
        v.addIf(next == AppointmentStatus.CANCELLED || next == AppointmentStatus.NOSHOW || next == AppointmentStatus.BOOKED
                || next == AppointmentStatus.PENDING, "next", SchedulingCodes.TRANSITION_METHOD,
                "use cancel, markNoShow, confirm or hold for this status: they check what it needs");
        v.throwIfAny();
        return data.inTransaction(context, s -> move(s, load(s, id, Action.UPDATE, "scheduling.appointment.transition"), next));
    }

    private Appointment move(DataSession s, Versioned<Appointment> current, AppointmentStatus next) {
        Appointment before = current.value();
        requireTransition(before, next);
        Appointment after = before.withStatus(next, s.context().principal().userId());
        s.update(Documents.APPOINTMENT, before.id().asString(), current.version(), after);
        s.publish(new AppointmentStatusChanged(before.id(), before.patient(), before.status(), next, s.now()));
        return after;
    }

    private static void requireTransition(Appointment a, AppointmentStatus next) {
        if (!a.status().canMoveTo(next)) {
            throw new ConflictException(SchedulingCodes.ILLEGAL_TRANSITION, "appointment " + a.id() + " cannot move from "
                    + a.status().fhirCode() + " to " + next.fhirCode() + "; see AppointmentStatus for the legal transitions");
        }
    }

    @Override
    public Appointment get(AccessContext context, AppointmentId id) {
        return data.inTransaction(context, s -> load(s, id, Action.READ, "scheduling.appointment.read").value());
    }

    @Override
    public List<Appointment> forPatient(AccessContext context, PatientId patient, Instant from, Instant to) {
        Violations v = new Violations();
        v.addIf(patient == null, "patient", SchedulingCodes.PATIENT, "a patient is required");
        Checks.interval(v, "to", from, to);
        v.throwIfAny();
        return data.inTransaction(context, s -> {
            s.authorize(Action.SEARCH, DataCategory.SCHEDULING, Optional.of(patient), "scheduling.appointment.search", "scheduling.appointment");
            return Pages.all(s, Documents.APPOINTMENT, Criteria.all().eq("patient", patient.asString()).between("start", from, to))
                    .stream().map(Versioned::value)
                    .sorted(Comparator.comparing(Appointment::start).thenComparing(a -> a.id().value()))
                    .toList();
        });
    }

    @Override
    public List<Appointment> onResource(AccessContext context, ResourceId resource, Instant from, Instant to) {
        Violations v = new Violations();
        v.addIf(resource == null, "resource", SchedulingCodes.UNKNOWN_RESOURCE, "a resource id is required");
        Checks.interval(v, "to", from, to);
        v.throwIfAny();
        return data.inTransaction(context, s -> {
            s.authorize(Action.SEARCH, DataCategory.SCHEDULING, Optional.empty(), "scheduling.appointment.search",
                    "scheduling.resource/" + resource);
            Instant now = s.now();
            Set<AppointmentId> seen = new HashSet<>();
            List<Appointment> result = new ArrayList<>();
            for (Versioned<Appointment> hit : Pages.allAnyOf(s, Documents.APPOINTMENT, Criteria.all(), "resourceDay",
                    Days.keys(resource, from, to))) {
                Appointment a = hit.value();
                if (seen.add(a.id()) && a.occupiesAt(now)
                        && a.allocations().stream().anyMatch(al -> al.resource().equals(resource) && al.overlaps(from, to))) {
                    result.add(a);
                }
            }
            result.sort(Comparator.comparing(Appointment::start).thenComparing(a -> a.id().value()));
            return List.copyOf(result);
        });
    }

    private static Versioned<Appointment> load(DataSession s, AppointmentId id, Action action, String source) {
        if (id == null) {
            throw new NotFoundException("appointment (no id given)");
        }
        Optional<Versioned<Appointment>> found = s.find(Documents.APPOINTMENT, id.asString());
        // authorize before revealing whether it exists, naming the patient when it does
        s.authorize(action, DataCategory.SCHEDULING, found.map(f -> f.value().patient()), source, "scheduling.appointment/" + id);
        return found.orElseThrow(() -> new NotFoundException("appointment " + id));
    }

    private static AppointmentBooked booked(Appointment a) {
        return new AppointmentBooked(a.id(), a.patient(), a.serviceType(), a.start(), a.end(), a.resources());
    }
}
