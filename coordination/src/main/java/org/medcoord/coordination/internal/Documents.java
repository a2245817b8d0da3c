package org.medcoord.coordination.internal;

import java.util.List;
import org.medcoord.coordination.Case;
import org.medcoord.coordination.CatalogDefinition;
import org.medcoord.coordination.EquipmentLink;
import org.medcoord.coordination.HandoffNote;
import org.medcoord.coordination.Referral;
import org.medcoord.coordination.Task;
import org.medcoord.core.data.DocumentType;
import org.medcoord.core.data.FieldKind;

/** The coordination document types and their indexes. */
final class Documents {

    /** Lock keys of workflow consumers: one consumer name handles one event at a time, across processes. */
    static final String CURSOR_LOCK = "coordination.cursor-lock";

    static final DocumentType<Task> TASK = DocumentType.builder("coordination.task", Task.class)
            .field("status", FieldKind.TEXT, t -> List.of(t.status().name()))
            .field("role", FieldKind.TEXT, t -> t.role().map(List::of).orElse(List.of()))
            .field("assignee", FieldKind.TEXT, t -> t.assignee().map(List::of).orElse(List.of()))
            .field("due", FieldKind.INSTANT, t -> List.of(t.due()))
            .field("causeKey", FieldKind.TEXT, t -> t.status().active() ? t.causeKey().map(List::of).orElse(List.of()) : List.of())
            // one active task per cause: a repeated cause cannot add a second one, even from two processes at once
            .unique("coordination.task.cause", FieldKind.TEXT,
                    t -> t.status().active() ? t.causeKey().map(List::of).orElse(List.of()) : List.of())
            .build();

    static final DocumentType<Case> CASE = DocumentType.builder("coordination.case", Case.class)
            .field("status", FieldKind.TEXT, c -> List.of(c.status().name()))
            .field("category", FieldKind.TEXT, c -> List.of(c.category().name()))
            .field("patient", FieldKind.PERSONAL, c -> c.patient().map(p -> List.of(p.asString())).orElse(List.of()))
            .field("due", FieldKind.INSTANT, c -> List.of(c.due()))
            .build();

    static final DocumentType<Referral> REFERRAL = DocumentType.builder("coordination.referral", Referral.class)
            .field("status", FieldKind.TEXT, r -> List.of(r.status().name()))
            .field("patient", FieldKind.PERSONAL, r -> List.of(r.patient().asString()))
            .build();

    static final DocumentType<HandoffNote> HANDOFF = DocumentType.builder("coordination.handoff", HandoffNote.class)
            .field("patient", FieldKind.PERSONAL, h -> List.of(h.patient().asString()))
            .field("recipient", FieldKind.TEXT, h -> List.of(h.recipient()))
            .field("acknowledged", FieldKind.TEXT, h -> List.of(Boolean.toString(h.acknowledged().isPresent())))
            .build();

    static final DocumentType<Records.Processed> PROCESSED = DocumentType.builder("coordination.processed-event", Records.Processed.class)
            .field("outcome", FieldKind.TEXT, p -> List.of(p.outcome()))
            // the event id: whoever records it first applied the event's effect, in that same transaction
            .unique("coordination.processed-event.seq", FieldKind.TEXT, p -> List.of(Long.toString(p.seq())))
            .build();

    static final DocumentType<Records.ConsumerCursor> CURSOR = DocumentType.builder("coordination.cursor", Records.ConsumerCursor.class)
            .build();

    static final DocumentType<EquipmentLink> EQUIPMENT_LINK = DocumentType.builder("coordination.equipment-link", EquipmentLink.class)
            .field("resource", FieldKind.TEXT, l -> List.of(l.resource().asString()))
            .build();

    /** The id of the one catalog document of a tenant. */
    static final String CATALOG_ID = "current";

    static final DocumentType<Records.Outage> OUTAGE = DocumentType.builder("coordination.outage", Records.Outage.class)
            .field("asset", FieldKind.TEXT, o -> List.of(o.asset().asString()))
            .field("open", FieldKind.TEXT, o -> List.of(Boolean.toString(o.open())))
            .build();

    static final DocumentType<Records.Visit> VISIT = DocumentType.builder("coordination.visit", Records.Visit.class)
            .field("resource", FieldKind.TEXT, v -> v.resources().stream().map(r -> r.asString()).toList())
            .field("start", FieldKind.INSTANT, v -> List.of(v.start()))
            .build();

    static final DocumentType<Records.ClaimEvent> CLAIM_EVENT = DocumentType.builder("coordination.claim-event", Records.ClaimEvent.class)
            .field("kind", FieldKind.TEXT, c -> List.of(c.kind()))
            .field("at", FieldKind.INSTANT, c -> List.of(c.at()))
            .build();

    static final DocumentType<CatalogDefinition> CATALOG = DocumentType.builder("coordination.procedure-catalog", CatalogDefinition.class)
            .build();

    private Documents() {
    }
}
