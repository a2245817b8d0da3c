package org.medcoord.scheduling.internal;

import com.google.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
import org.medcoord.scheduling.AppointmentBooked;
import org.medcoord.scheduling.AppointmentCancelled;
import org.medcoord.scheduling.AppointmentStatus;
import org.medcoord.scheduling.NewWaitlistEntry;
import org.medcoord.scheduling.OfferId;
import org.medcoord.scheduling.OfferStatus;
import org.medcoord.scheduling.ResourceId;
import org.medcoord.scheduling.ResourceRequirement;
import org.medcoord.scheduling.SchedulingCodes;
import org.medcoord.scheduling.ServiceType;
import org.medcoord.scheduling.SlotOffer;
import org.medcoord.scheduling.SlotOfferAccepted;
import org.medcoord.scheduling.SlotOfferLapsed;
import org.medcoord.scheduling.WaitlistEntry;
import org.medcoord.scheduling.WaitlistEntryAdded;
import org.medcoord.scheduling.WaitlistEntryClosed;
import org.medcoord.scheduling.WaitlistEntryId;
import org.medcoord.scheduling.WaitlistService;
import org.medcoord.scheduling.WaitlistStatus;

final class DefaultWaitlistService implements WaitlistService {

    private final DataStore data;
    private final Clock clock;
    private final Backfill backfill;

    @Inject
    DefaultWaitlistService(DataStore data, Clock clock, Backfill backfill) {
        this.data = data;
        this.clock = clock;
        this.backfill = backfill;
    }

    @Override
    public WaitlistEntry add(AccessContext context, NewWaitlistEntry request) {
        WaitlistEntryId id = WaitlistEntryId.next(clock);
        return data.inTransaction(context, s -> {
            s.authorize(Action.CREATE, DataCategory.SCHEDULING, Optional.ofNullable(request.patient()), "scheduling.waitlist.add",
                    "scheduling.waitlist-entry/" + id);
            Violations v = new Violations();
            v.addIf(request.patient() == null, "patient", SchedulingCodes.PATIENT, "a patient is required");
            ServiceType type = request.serviceType() == null ? null
                    : s.find(Documents.SERVICE_TYPE, request.serviceType().asString()).map(Versioned::value).orElse(null);
            v.addIf(type == null, "serviceType", SchedulingCodes.UNKNOWN_SERVICE_TYPE, "no such service type; define it first");
            Checks.interval(v, "latest", request.earliest(), request.latest());
            v.addIf(request.latest() != null && !request.latest().isAfter(s.now()), "latest", SchedulingCodes.INTERVAL,
                    "the acceptable window has already passed");
            v.addIf(request.priority() < 1 || request.priority() > 9, "priority", SchedulingCodes.PRIORITY,
                    "priority is 1 (most urgent) to 9");
            if (type != null) {
                for (Map.Entry<String, ResourceId> e : request.preferred().entrySet()) {
                    Optional<ResourceRequirement> r = type.requirement(e.getKey());
                    v.addIf(r.isEmpty(), "preferred." + e.getKey(), SchedulingCodes.ROLES, "the service type has no such role");
                    v.addIf(r.isPresent() && !r.get().accepts(e.getValue()), "preferred." + e.getKey(), SchedulingCodes.NOT_A_CANDIDATE,
                            "this resource is not a candidate for the role");
                }
            }
            v.throwIfAny();
            WaitlistEntry entry = new WaitlistEntry(id, request.patient(), request.serviceType(), request.earliest(), request.latest(),
                    request.preferred(), request.priority(), WaitlistStatus.WAITING, s.now());
            s.insert(Documents.WAITLIST, id.asString(), entry);
            s.publish(new WaitlistEntryAdded(id, entry.patient(), entry.serviceType(), entry.priority(), s.now()));
            return entry;
        });
    }

    @Override
    public WaitlistEntry get(AccessContext context, WaitlistEntryId id) {
        return data.inTransaction(context, s -> loadEntry(s, id, Action.READ, "scheduling.waitlist.read").value());
    }

    @Override
    public WaitlistEntry close(AccessContext context, WaitlistEntryId id) {
        return data.inTransaction(context, s -> {
            Versioned<WaitlistEntry> current = loadEntry(s, id, Action.UPDATE, "scheduling.waitlist.close");
            WaitlistEntry entry = current.value();
            if (entry.status() == WaitlistStatus.CLOSED || entry.status() == WaitlistStatus.BOOKED) {
                return entry;
            }
            WaitlistEntry closed = entry.withStatus(WaitlistStatus.CLOSED);
            s.update(Documents.WAITLIST, id.asString(), current.version(), closed);
            s.publish(new WaitlistEntryClosed(id, closed.patient(), s.now()));
            for (Versioned<SlotOffer> offer : openOffers(s, id)) {
                lapse(s, offer, OfferStatus.WITHDRAWN, false);
            }
            return closed;
        });
    }

    @Override
    public Optional<SlotOffer> offer(AccessContext context, OfferId id) {
        return data.inTransaction(context, s -> {
            Optional<Versioned<SlotOffer>> found = s.find(Documents.OFFER, id.asString());
            s.authorize(Action.READ, DataCategory.SCHEDULING, found.map(f -> f.value().patient()), "scheduling.waitlist.offer.read",
                    "scheduling.slot-offer/" + id);
            return found.map(Versioned::value);
        });
    }

    @Override
    public List<SlotOffer> offers(AccessContext context, WaitlistEntryId id) {
        return data.inTransaction(context, s -> {
            WaitlistEntry entry = loadEntry(s, id, Action.SEARCH, "scheduling.waitlist.offer.search").value();
            return Pages.all(s, Documents.OFFER, Criteria.all().eq("entry", entry.id().asString())).stream().map(Versioned::value)
                    .sorted(Comparator.comparing((SlotOffer o) -> o.id().value())).toList();
        });
    }

    @Override
    public Appointment accept(AccessContext context, OfferId id) {
        return data.inTransaction(context, s -> {
            Versioned<SlotOffer> offer = loadOffer(s, id, "scheduling.waitlist.offer.accept");
            requireOpen(s, offer.value());
            Versioned<Appointment> hold = s.get(Documents.APPOINTMENT, offer.value().hold().asString());
            s.lockAll(Documents.RESOURCE_LOCK, hold.value().resources().stream().map(ResourceId::asString).toList());
            s.lock(Documents.PATIENT_LOCK, hold.value().patient().asString());
            offer = s.get(Documents.OFFER, id.asString());
            requireOpen(s, offer.value());
            hold = s.get(Documents.APPOINTMENT, offer.value().hold().asString());
            if (!hold.value().status().canMoveTo(AppointmentStatus.BOOKED)) {
                throw new ConflictException(SchedulingCodes.OFFER_CLOSED, "the time held for offer " + id + " was released (appointment "
                        + hold.value().id() + " is " + hold.value().status().fhirCode() + "); the patient stays on the waitlist");
            }
            Appointment booked = hold.value().withStatus(AppointmentStatus.BOOKED, s.context().principal().userId());
            s.update(Documents.APPOINTMENT, booked.id().asString(), hold.version(), booked);
            Reminders.schedule(s, clock, booked);
            FollowUps.linkBooked(s, booked);
            s.update(Documents.OFFER, id.asString(), offer.version(), offer.value().withStatus(OfferStatus.ACCEPTED));
            Versioned<WaitlistEntry> entry = s.get(Documents.WAITLIST, offer.value().entry().asString());
            s.update(Documents.WAITLIST, entry.id(), entry.version(), entry.value().withStatus(WaitlistStatus.BOOKED));
            s.publish(new AppointmentBooked(booked.id(), booked.patient(), booked.serviceType(), booked.start(), booked.end(),
                    booked.resources()));
            s.publish(new SlotOfferAccepted(id, offer.value().entry(), booked.patient(), booked.id()));
            return booked;
        });
    }

    @Override
    public SlotOffer decline(AccessContext context, OfferId id) {
        return data.inTransaction(context, s -> {
            Versioned<SlotOffer> offer = loadOffer(s, id, "scheduling.waitlist.offer.decline");
            requireOpen(s, offer.value());
            return lapse(s, offer, OfferStatus.DECLINED, true);
        });
    }

    @Override
    public int expireOffers(AccessContext context) {
        List<OfferId> due = data.inTransaction(context, s -> {
            s.authorize(Action.SEARCH, DataCategory.SCHEDULING, Optional.empty(), "scheduling.waitlist.offer.expire", "scheduling.slot-offer");
            // expiry is inclusive: an offer whose expiry instant has come is over (microsecond precision)
            Instant until = s.now().plusNanos(1_000);
            return Pages.all(s, Documents.OFFER, Criteria.all().eq("status", OfferStatus.OPEN.name()).between("expires", null, until))
                    .stream().map(v -> v.value().id()).toList();
        });
        int expired = 0;
        // one transaction per offer: each backfill takes its own locks in canonical order
        for (OfferId id : due) {
            boolean done = data.inTransaction(context, s -> {
                Versioned<SlotOffer> offer = loadOffer(s, id, "scheduling.waitlist.offer.expire");
                if (offer.value().status() != OfferStatus.OPEN || s.now().isBefore(offer.value().expires())) {
                    return false;
                }
                lapse(s, offer, OfferStatus.EXPIRED, true);
                return true;
            });
            expired += done ? 1 : 0;
        }
        return expired;
    }

    /** Ends an open offer, releases its hold, and offers the time to the next entry. */
    private SlotOffer lapse(DataSession s, Versioned<SlotOffer> current, OfferStatus how, boolean backToWaiting) {
        SlotOffer offer = current.value().withStatus(how);
        s.update(Documents.OFFER, offer.id().asString(), current.version(), offer);
        Versioned<Appointment> hold = s.get(Documents.APPOINTMENT, offer.hold().asString());
        if (hold.value().status().canMoveTo(AppointmentStatus.CANCELLED)) {
            Appointment released = hold.value().cancelled("waitlist offer " + how.name().toLowerCase(java.util.Locale.ROOT),
                    s.context().principal().userId());
            s.update(Documents.APPOINTMENT, released.id().asString(), hold.version(), released);
            s.publish(new AppointmentCancelled(released.id(), released.patient(), released.serviceType(), released.start(),
                    released.end(), released.resources()));
        }
        if (backToWaiting) {
            Versioned<WaitlistEntry> entry = s.get(Documents.WAITLIST, offer.entry().asString());
            if (entry.value().status() == WaitlistStatus.OFFERED) {
                WaitlistStatus next = entry.value().latest().isAfter(s.now()) ? WaitlistStatus.WAITING : WaitlistStatus.CLOSED;
                s.update(Documents.WAITLIST, entry.id(), entry.version(), entry.value().withStatus(next));
            }
        }
        s.publish(new SlotOfferLapsed(offer.id(), offer.entry(), offer.patient(), how, s.now()));
        backfill.offer(s, new Backfill.Freed(Optional.of(hold.value().serviceType()), Optional.empty(), offer.slot().start(),
                offer.slot().end()), Backfill.passedOverAfter(offer));
        return offer;
    }

    private static void requireOpen(DataSession s, SlotOffer offer) {
        if (offer.status() != OfferStatus.OPEN || !s.now().isBefore(offer.expires())) {
            throw new ConflictException(SchedulingCodes.OFFER_CLOSED, "offer " + offer.id() + " is no longer open ("
                    + (offer.status() == OfferStatus.OPEN ? "expired at " + offer.expires() : offer.status().name().toLowerCase(java.util.Locale.ROOT))
                    + "); the patient stays on the waitlist for the next freed time");
        }
    }

    private static List<Versioned<SlotOffer>> openOffers(DataSession s, WaitlistEntryId entry) {
        return Pages.all(s, Documents.OFFER, Criteria.all().eq("entry", entry.asString()).eq("status", OfferStatus.OPEN.name()));
    }

    private static Versioned<WaitlistEntry> loadEntry(DataSession s, WaitlistEntryId id, Action action, String source) {
        Optional<Versioned<WaitlistEntry>> found = s.find(Documents.WAITLIST, id.asString());
        s.authorize(action, DataCategory.SCHEDULING, found.map(f -> f.value().patient()), source, "scheduling.waitlist-entry/" + id);
        return found.orElseThrow(() -> new NotFoundException("waitlist entry " + id));
    }

    private static Versioned<SlotOffer> loadOffer(DataSession s, OfferId id, String source) {
        Optional<Versioned<SlotOffer>> found = s.find(Documents.OFFER, id.asString());
        s.authorize(Action.UPDATE, DataCategory.SCHEDULING, found.map(f -> f.value().patient()), source, "scheduling.slot-offer/" + id);
        return found.orElseThrow(() -> new NotFoundException("offer " + id));
    }
}
