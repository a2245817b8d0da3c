package org.medcoord.scheduling.internal;

import java.util.List;
import org.medcoord.core.data.DocumentType;
import org.medcoord.core.data.FieldKind;
import org.medcoord.scheduling.Admission;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.BedStatus;
import org.medcoord.scheduling.AppointmentStatus;
import org.medcoord.scheduling.AvailabilityTemplate;
import org.medcoord.scheduling.Block;
import org.medcoord.scheduling.DayOverride;
import org.medcoord.scheduling.FlowStage;
import org.medcoord.scheduling.FollowUp;
import org.medcoord.scheduling.PatientFlow;
import org.medcoord.scheduling.Reminder;
import org.medcoord.scheduling.ReminderRule;
import org.medcoord.scheduling.Resource;
import org.medcoord.scheduling.ResourceId;
import org.medcoord.scheduling.SlotOffer;
import org.medcoord.scheduling.WaitlistEntry;
import org.medcoord.scheduling.ServiceType;

/** The scheduling document types and their indexes. */
final class Documents {

    /** Lock keys of resources; {@code lockAll} takes them in sorted order. */
    static final String RESOURCE_LOCK = "resource-lock";
    /** Lock keys of patients, taken after the resources, so that a patient is never double-booked either. */
    static final String PATIENT_LOCK = "patient-lock";
    /** Lock keys of idempotency keys, so that two calls with one key run one after the other. */
    static final String IDEMPOTENCY_LOCK = "scheduling-idempotency-lock";

    static final DocumentType<Resource> RESOURCE = DocumentType.builder("scheduling.resource", Resource.class)
            .field("kind", FieldKind.TEXT, r -> List.of(r.kind().name()))
            .build();

    static final DocumentType<ServiceType> SERVICE_TYPE = DocumentType.builder("scheduling.service-type", ServiceType.class)
            // which service types a freed resource can serve (waitlist backfill after a block is lifted)
            .field("candidate", FieldKind.TEXT, t -> t.requirements().stream()
                    .flatMap(r -> r.candidates().stream()).map(ResourceId::asString).distinct().toList())
            .build();

    static final DocumentType<WaitlistEntry> WAITLIST = DocumentType.builder("scheduling.waitlist-entry", WaitlistEntry.class)
            .field("patient", FieldKind.PERSONAL, e -> List.of(e.patient().asString()))
            .field("status", FieldKind.TEXT, e -> List.of(e.status().name()))
            .field("serviceType", FieldKind.TEXT, e -> List.of(e.serviceType().asString()))
            .build();

    static final DocumentType<SlotOffer> OFFER = DocumentType.builder("scheduling.slot-offer", SlotOffer.class)
            .field("entry", FieldKind.TEXT, o -> List.of(o.entry().asString()))
            .field("status", FieldKind.TEXT, o -> List.of(o.status().name()))
            .field("expires", FieldKind.INSTANT, o -> List.of(o.expires()))
            .build();

    static final DocumentType<Block> BLOCK = DocumentType.builder("scheduling.block", Block.class)
            .field("resource", FieldKind.TEXT, b -> List.of(b.resource().asString()))
            // only blocks in force are found by day: a lifted block no longer matters to bookings
            .field("resourceDay", FieldKind.TEXT, b -> b.active() ? Days.keys(b.resource(), b.start(), b.end()) : List.of())
            .build();

    static final DocumentType<AvailabilityTemplate> TEMPLATE = DocumentType.builder("scheduling.template", AvailabilityTemplate.class)
            .field("resource", FieldKind.TEXT, t -> List.of(t.resource().asString()))
            .build();

    static final DocumentType<DayOverride> OVERRIDE = DocumentType.builder("scheduling.day-override", DayOverride.class)
            .field("resource", FieldKind.TEXT, o -> List.of(o.resource().asString()))
            .field("date", FieldKind.TEXT, o -> List.of(o.date().toString()))
            .build();

    static final DocumentType<ReminderRule> REMINDER_RULE = DocumentType.builder("scheduling.reminder-rule", ReminderRule.class)
            .field("kind", FieldKind.TEXT, r -> List.of("rule"))
            .build();

    static final DocumentType<Reminder> REMINDER = DocumentType.builder("scheduling.reminder", Reminder.class)
            .field("appointment", FieldKind.TEXT, r -> List.of(r.appointment().asString()))
            .field("status", FieldKind.TEXT, r -> List.of(r.status().name()))
            .field("due", FieldKind.INSTANT, r -> List.of(r.due()))
            .build();

    /** Lock keys of reminders: a dispatcher claims a reminder under it, so two dispatchers never both send it. */
    static final String REMINDER_LOCK = "scheduling-reminder-lock";

    static final DocumentType<PatientFlow> FLOW = DocumentType.builder("scheduling.patient-flow", PatientFlow.class)
            .field("location", FieldKind.TEXT, f -> f.locations().stream().map(ResourceId::asString).toList())
            // the live board reads only patients still in the clinic, by location
            .field("activeAt", FieldKind.TEXT, f -> f.stage() == FlowStage.CHECKED_OUT ? List.of()
                    : f.locations().stream().map(ResourceId::asString).toList())
            .field("checkedIn", FieldKind.INSTANT, f -> f.reached(FlowStage.CHECKED_IN).map(List::of).orElse(List.of()))
            .build();

    /** The state of each bed that was ever used, keyed by the bed's resource id. */
    static final DocumentType<BedStatus> BED = DocumentType.builder("scheduling.bed-state", BedStatus.class)
            .build();

    static final DocumentType<Admission> ADMISSION = DocumentType.builder("scheduling.admission", Admission.class)
            .field("patient", FieldKind.PERSONAL, a -> List.of(a.patient().asString()))
            .field("active", FieldKind.TEXT, a -> List.of(Boolean.toString(a.active())))
            .build();

    static final DocumentType<FollowUp> FOLLOW_UP = DocumentType.builder("scheduling.follow-up", FollowUp.class)
            .field("patient", FieldKind.PERSONAL, f -> List.of(f.patient().asString()))
            .field("status", FieldKind.TEXT, f -> List.of(f.status().name()))
            .field("dueBy", FieldKind.INSTANT, f -> List.of(f.dueBy()))
            .build();

    static final DocumentType<Appointment> APPOINTMENT = DocumentType.builder("scheduling.appointment", Appointment.class)
            .field("patient", FieldKind.PERSONAL, a -> List.of(a.patient().asString()))
            .field("start", FieldKind.INSTANT, a -> List.of(a.start()))
            .field("status", FieldKind.TEXT, a -> List.of(a.status().fhirCode()))
            // Only statuses that can take capacity are indexed by resource and day: the booking check
            // reads exactly the appointments that may collide, day by day, never the whole calendar.
            .field("resourceDay", FieldKind.TEXT, Documents::resourceDays)
            .field("idempotencyKey", FieldKind.TEXT, a -> a.idempotencyKey().map(List::of).orElse(List.of()))
            .unique("scheduling.appointment.idempotency", FieldKind.TEXT, a -> a.idempotencyKey().map(List::of).orElse(List.of()))
            .build();

    private Documents() {
    }

    static List<String> resourceDays(Appointment a) {
        if (a.status() != AppointmentStatus.PENDING && a.status() != AppointmentStatus.BOOKED
                && a.status() != AppointmentStatus.ARRIVED && a.status() != AppointmentStatus.FULFILLED) {
            return List.of();
        }
        return a.allocations().stream().flatMap(al -> Days.keys(al.resource(), al.from(), al.to()).stream()).distinct().toList();
    }

    static String overrideId(DayOverride o) {
        return o.resource().asString() + "|" + o.date();
    }
}
