package org.medcoord.coordination.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.medcoord.coordination.CoordinationCodes;
import org.medcoord.coordination.HandoffId;
import org.medcoord.coordination.HandoffNote;
import org.medcoord.coordination.Handoffs;
import org.medcoord.core.ConflictException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.access.Principal;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;

/** Handoff notes on core's data layer. */
final class DefaultHandoffs implements Handoffs {

    private final DataStore data;
    private final Clock clock;
    private final KnownRoles roles;

    DefaultHandoffs(DataStore data, Clock clock, KnownRoles roles) {
        this.data = data;
        this.clock = clock;
        this.roles = roles;
    }

    @Override
    public HandoffNote write(AccessContext context, PatientId patient, String recipient, String text) {
        Violations v = new Violations();
        v.addIf(patient == null, "patient", CoordinationCodes.PATIENT, "a patient is required");
        boolean blank = recipient == null || recipient.isBlank() || recipient.length() > 128;
        v.addIf(blank, "recipient", CoordinationCodes.HANDOFF_RECIPIENT, "a recipient (a user id or role:<name>) is required");
        if (!blank && recipient.startsWith(ROLE_PREFIX)) {
            v.addIf(!roles.contains(recipient.substring(ROLE_PREFIX.length())), "recipient", CoordinationCodes.UNKNOWN_ROLE,
                    "the clinic knows no such role");
        }
        v.addIf(text == null || text.isBlank() || text.length() > 4000, "text", CoordinationCodes.TEXT,
                "a note of 1 to 4000 characters is required");
        v.throwIfAny();
        return data.inTransaction(context, s -> {
            HandoffId id = HandoffId.next(clock);
            s.authorize(Action.CREATE, DataCategory.SCHEDULING, Optional.of(patient), "coordination.handoff.write", "coordination.handoff/" + id);
            HandoffNote note = new HandoffNote(id, patient, s.context().principal().userId(), recipient.strip(), text.strip(), s.now(),
                    Optional.empty(), Optional.empty());
            s.insert(Documents.HANDOFF, id.asString(), note);
            return note;
        });
    }

    @Override
    public List<HandoffNote> inbox(AccessContext context) {
        Principal me = context.principal();
        List<String> addresses = new ArrayList<>();
        addresses.add(me.userId());
        me.roles().stream().sorted().forEach(role -> addresses.add(ROLE_PREFIX + role));
        return data.inTransaction(context, s -> {
            List<HandoffNote> found = new ArrayList<>(Pages.all(s, Documents.HANDOFF,
                    Criteria.all().anyOf("recipient", addresses).eq("acknowledged", "false")));
            for (HandoffNote note : found) {
                s.authorize(Action.READ, DataCategory.SCHEDULING, Optional.of(note.patient()), "coordination.handoff.inbox",
                        "coordination.handoff/" + note.id());
            }
            found.sort(Comparator.comparing(HandoffNote::written).thenComparing(n -> n.id().value()));
            return List.copyOf(found);
        });
    }

    @Override
    public List<HandoffNote> forPatient(AccessContext context, PatientId patient) {
        Violations v = new Violations();
        v.addIf(patient == null, "patient", CoordinationCodes.PATIENT, "a patient is required");
        v.throwIfAny();
        return data.inTransaction(context, s -> {
            s.authorize(Action.SEARCH, DataCategory.SCHEDULING, Optional.of(patient), "coordination.handoff.search", "coordination.handoff");
            List<HandoffNote> found = new ArrayList<>(Pages.all(s, Documents.HANDOFF, Criteria.all().eq("patient", patient.asString())));
            found.sort(Comparator.comparing(HandoffNote::written).thenComparing(n -> n.id().value()));
            return List.copyOf(found);
        });
    }

    @Override
    public HandoffNote acknowledge(AccessContext context, HandoffId id) {
        return data.inTransaction(context, s -> {
            Optional<Versioned<HandoffNote>> found = id == null ? Optional.empty() : s.find(Documents.HANDOFF, id.asString());
            if (found.isEmpty()) {
                throw new NotFoundException(CoordinationCodes.NOT_FOUND, "handoff note " + id + " was not found");
            }
            HandoffNote note = found.get().value();
            s.authorize(Action.UPDATE, DataCategory.SCHEDULING, Optional.of(note.patient()), "coordination.handoff.acknowledge",
                    "coordination.handoff/" + id);
            Principal me = s.context().principal();
            boolean mine = note.recipient().equals(me.userId())
                    || (note.recipient().startsWith(ROLE_PREFIX) && me.hasRole(note.recipient().substring(ROLE_PREFIX.length())));
            if (!mine || note.acknowledged().isPresent()) {
                throw new ConflictException(CoordinationCodes.ILLEGAL_TRANSITION, "handoff note " + id
                        + (mine ? " was already acknowledged" : " is addressed to someone else"));
            }
            HandoffNote acknowledged = new HandoffNote(note.id(), note.patient(), note.author(), note.recipient(), note.text(), note.written(),
                    Optional.of(s.now()), Optional.of(me.userId()));
            s.update(Documents.HANDOFF, found.get().id(), found.get().version(), acknowledged);
            return acknowledged;
        });
    }
}
