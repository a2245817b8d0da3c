package org.medcoord.scheduling.internal;

import com.google.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medcoord.core.ConfigurationException;
import org.medcoord.core.ConflictException;
import org.medcoord.core.Extensions;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.Versioned;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.AppointmentHeld;
import org.medcoord.scheduling.AppointmentId;
import org.medcoord.scheduling.AppointmentStatus;
import org.medcoord.scheduling.OfferId;
import org.medcoord.scheduling.OfferStatus;
import org.medcoord.scheduling.ResourceId;
import org.medcoord.scheduling.ResourceRequirement;
import org.medcoord.scheduling.ServiceType;
import org.medcoord.scheduling.ServiceTypeId;
import org.medcoord.scheduling.Slot;
import org.medcoord.scheduling.SlotOffer;
import org.medcoord.scheduling.SlotOffered;
import org.medcoord.scheduling.SlotQuery;
import org.medcoord.scheduling.WaitlistEntry;
import org.medcoord.scheduling.WaitlistEntryId;
import org.medcoord.scheduling.WaitlistService;
import org.medcoord.scheduling.WaitlistStatus;

/**
 * Offers freed time to the waitlist, inside the transaction that freed it, so that a cancellation and
 * the offer it causes commit together.
 */
final class Backfill {

    /** Time that became free: of one service type's appointment, or on one resource. */
    record Freed(Optional<ServiceTypeId> serviceType, Optional<ResourceId> resource, Instant from, Instant to) {
    }

    /** How far into freed time a backfill looks (a lifted month-long block is offered in its first weeks). */
    private static final Duration SEARCH_LIMIT = Duration.ofDays(62);

    private final Clock clock;
    private final Duration offerTtl;
    private final PatientMessages messages;

    @Inject
    Backfill(Clock clock, Extensions extensions, PatientMessages messages) {
        this.clock = clock;
        this.messages = messages;
        this.offerTtl = Duration.ofMinutes(extensions.setting(WaitlistService.OFFER_MINUTES_SETTING).map(Backfill::minutes)
                .orElse((long) WaitlistService.DEFAULT_OFFER_MINUTES));
    }

    private static long minutes(String text) {
        try {
            long value = Long.parseLong(text.strip());
            if (value >= 1 && value <= 10_080) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigurationException("MC-CONFIG-040", WaitlistService.OFFER_MINUTES_SETTING
                + " must be a whole number of minutes from 1 to 10080");
    }

    /**
     * Offers the first free slot in {@code freed} to the best matching waiting entry not in
     * {@code passedOver}.
     *
     * @return the offer made, or empty when no entry fits
     */
    Optional<SlotOffer> offer(DataSession s, Freed freed, List<WaitlistEntryId> passedOver) {
        Instant now = s.now();
        Map<ServiceTypeId, ServiceType> types = new LinkedHashMap<>();
        if (freed.serviceType().isPresent()) {
            s.find(Documents.SERVICE_TYPE, freed.serviceType().get().asString()).ifPresent(v -> types.put(v.value().id(), v.value()));
        }
        freed.resource().ifPresent(r -> Pages.all(s, Documents.SERVICE_TYPE, Criteria.all().eq("candidate", r.asString()))
                .forEach(v -> types.put(v.value().id(), v.value())));
        if (types.isEmpty()) {
            return Optional.empty();
        }
        List<WaitlistEntry> waiting = new ArrayList<>();
        for (Versioned<WaitlistEntry> v : Pages.allAnyOf(s, Documents.WAITLIST, Criteria.all().eq("status", WaitlistStatus.WAITING.name()),
                "serviceType", types.keySet().stream().map(ServiceTypeId::asString).toList())) {
            WaitlistEntry e = v.value();
            if (!passedOver.contains(e.id()) && e.earliest().isBefore(freed.to()) && freed.from().isBefore(e.latest())) {
                waiting.add(e);
            }
        }
        waiting.sort(Comparator.comparingInt(WaitlistEntry::priority).thenComparing(WaitlistEntry::added)
                .thenComparing(e -> e.id().value()));
        for (WaitlistEntry entry : waiting) {
            ServiceType type = types.get(entry.serviceType());
            Map<String, ResourceId> preferred = new HashMap<>(entry.preferred());
            if (freed.resource().isPresent() && !pinFreedResource(type, freed.resource().get(), preferred)) {
                continue;
            }
            Instant from = entry.earliest().isAfter(freed.from()) ? entry.earliest() : freed.from();
            Instant to = entry.latest().isBefore(freed.to()) ? entry.latest() : freed.to();
            Instant searchable = (from.isAfter(now) ? from : now).plus(SEARCH_LIMIT);
            to = to.isAfter(searchable) ? searchable : to;
            if (!to.isAfter(from)) {
                continue;
            }
            SlotQuery query = new SlotQuery(type.id(), from, to, 1, Optional.of(entry.patient()), preferred, Optional.empty(),
                    Optional.empty());
            List<Slot> found = DefaultSlotSearch.search(s, type, query);
            if (found.isEmpty()) {
                continue;
            }
            Slot slot = found.get(0);
            Instant expires = now.plus(offerTtl).isBefore(slot.start()) ? now.plus(offerTtl) : slot.start();
            if (!expires.isAfter(now)) {
                continue;
            }
            // Lock only once per backfill, for the chosen slot, so locks stay in canonical order.
            return hold(s, entry, type, slot, expires, passedOver);
        }
        return Optional.empty();
    }

    /** Restricts the role that can use the freed resource to it; false when the entry's preferences exclude it. */
    private static boolean pinFreedResource(ServiceType type, ResourceId resource, Map<String, ResourceId> preferred) {
        for (ResourceRequirement r : type.requirements()) {
            if (r.accepts(resource)) {
                ResourceId wanted = preferred.get(r.role());
                if (wanted == null || wanted.equals(resource)) {
                    preferred.put(r.role(), resource);
                    return true;
                }
            }
        }
        return false;
    }

    private Optional<SlotOffer> hold(DataSession s, WaitlistEntry entry, ServiceType type, Slot slot, Instant expires,
            List<WaitlistEntryId> passedOver) {
        s.authorize(Action.CREATE, DataCategory.SCHEDULING, Optional.of(entry.patient()), "scheduling.waitlist.offer",
                "scheduling.waitlist-entry/" + entry.id());
        org.medcoord.core.Violations v = new org.medcoord.core.Violations();
        Optional<Placement> placement = Placement.validate(s, v, type.id(), slot.start(), slot.resources());
        if (placement.isEmpty()) {
            return Optional.empty();
        }
        Placement p = placement.get();
        s.lockAll(Documents.RESOURCE_LOCK, p.resourceKeys());
        s.lock(Documents.PATIENT_LOCK, entry.patient().asString());
        try {
            p.checkFree(s, entry.patient(), Optional.empty());
        } catch (ConflictException raced) {
            // another transaction took the time between the search and the locks; the next freeing retries
            return Optional.empty();
        }
        AppointmentId holdId = AppointmentId.next(clock);
        Appointment hold = new Appointment(holdId, entry.patient(), type.id(), p.start(), p.end(), AppointmentStatus.PENDING,
                p.allocations(), Optional.of(expires), Optional.empty(), Optional.empty(), s.context().principal().userId());
        s.insert(Documents.APPOINTMENT, holdId.asString(), hold);
        OfferId offerId = OfferId.next(clock);
        SlotOffer offer = new SlotOffer(offerId, entry.id(), entry.patient(), holdId, slot, expires, OfferStatus.OPEN, passedOver);
        s.insert(Documents.OFFER, offerId.asString(), offer);
        Versioned<WaitlistEntry> current = s.get(Documents.WAITLIST, entry.id().asString());
        s.update(Documents.WAITLIST, entry.id().asString(), current.version(), current.value().withStatus(WaitlistStatus.OFFERED));
        s.publish(new AppointmentHeld(holdId, entry.patient(), type.id(), p.start(), p.end(), hold.resources(), expires));
        s.publish(new SlotOffered(offerId, entry.id(), entry.patient(), holdId, p.start(), p.end(), expires));
        messages.sendAfterCommit(s, offerId.asString(), entry.patient(), "An earlier appointment is free on "
                + PatientMessages.local(s, hold, p.start()) + ". It is held for you until " + PatientMessages.local(s, hold, expires)
                + "; reply or call us to take it.", p.start());
        return Optional.of(offer);
    }

    /** @return the entries that already let this time go, plus {@code offer}'s own entry */
    static List<WaitlistEntryId> passedOverAfter(SlotOffer offer) {
        Set<WaitlistEntryId> next = new java.util.LinkedHashSet<>(offer.passedOver());
        next.add(offer.entry());
        return List.copyOf(next);
    }
}
