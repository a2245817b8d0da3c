package org.medcoord.fhir.internal;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.Appointment.ParticipantRequired;
import org.hl7.fhir.r4.model.Appointment.ParticipationStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.StringType;
import org.medcoord.core.PatientId;
import org.medcoord.fhir.FhirSystems;
import org.medcoord.fhir.MappingIssue;
import org.medcoord.scheduling.Allocation;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.AppointmentId;
import org.medcoord.scheduling.Resource;
import org.medcoord.scheduling.ResourceId;
import org.medcoord.scheduling.ResourceKind;
import org.medcoord.scheduling.ServiceTypeId;
import org.medcoord.scheduling.Slot;

/**
 * Scheduling both ways: resources as Practitioner, Location (rooms and beds) or Device, their Schedules,
 * free Slots and Appointments (statuses 1:1 with FHIR R4 Appointment.status).
 */
final class SchedulingMapping {

    static final String CAPACITY = FhirSystems.extension("capacity");
    static final String ZONE = FhirSystems.extension("zone");
    static final String SLOT_RESOURCE = FhirSystems.extension("slot-resource");
    static final String HOLD_EXPIRES = FhirSystems.extension("hold-expires");
    static final String CHANGED_BY = FhirSystems.extension("changed-by");
    static final String CANCEL_REASON = FhirSystems.extension("cancel-reason");
    static final String RESOURCE = FhirSystems.BASE + "/sid/resource";
    static final String SERVICE_TYPE = FhirSystems.BASE + "/sid/service-type";
    static final String IDEMPOTENCY = FhirSystems.BASE + "/sid/idempotency-key";
    static final String ROLE = FhirSystems.BASE + "/CodeSystem/resource-role";
    static final String PHYSICAL_TYPE = "http://terminology.hl7.org/CodeSystem/location-physical-type";

    private SchedulingMapping() {
    }

    static String fhirType(ResourceKind kind) {
        return switch (kind) {
            case PRACTITIONER -> "Practitioner";
            case LOCATION, BED -> "Location";
            case EQUIPMENT -> "Device";
        };
    }

    static DomainResource toFhir(Resource res) {
        DomainResource r = switch (res.kind()) {
            case PRACTITIONER -> new Practitioner().addName(new org.hl7.fhir.r4.model.HumanName().setText(res.name()));
            case LOCATION -> new Location().setName(res.name()).setPhysicalType(Fhir.concept(PHYSICAL_TYPE, "ro", "Room"));
            case BED -> new Location().setName(res.name()).setPhysicalType(Fhir.concept(PHYSICAL_TYPE, "bd", "Bed"));
            case EQUIPMENT -> new Device().addDeviceName(new Device.DeviceDeviceNameComponent().setName(res.name())
                    .setType(Device.DeviceNameType.USERFRIENDLYNAME));
        };
        r.setId(res.id().asString());
        r.addExtension(new Extension(CAPACITY, new IntegerType(res.capacity())));
        r.addExtension(Fhir.string(ZONE, res.zone().getId()));
        return r;
    }

    static Optional<Resource> fromFhir(DomainResource r, List<MappingIssue> issues) {
        String t = r.fhirType();
        Optional<UUID> id = Fhir.uuid(String.valueOf(Fhir.idPart(r)));
        var capacity = r.getExtensionByUrl(CAPACITY);
        Optional<String> zone = Fhir.stringExt(r, ZONE);
        ResourceKind kind = null;
        String name = null;
        if (r instanceof Practitioner p) {
            kind = ResourceKind.PRACTITIONER;
            name = p.getNameFirstRep().getText();
        } else if (r instanceof Location l) {
            kind = "bd".equals(l.getPhysicalType().getCodingFirstRep().getCode()) ? ResourceKind.BED : ResourceKind.LOCATION;
            name = l.getName();
        } else if (r instanceof Device d) {
            kind = ResourceKind.EQUIPMENT;
            name = d.getDeviceNameFirstRep().getName();
        }
        if (id.isEmpty() || kind == null || name == null || capacity == null || zone.isEmpty()) {
            issues.add(Fhir.error(t, t, "MC-FHIR-011", "a MedCoord resource needs its id, name, capacity and time zone"));
            return Optional.empty();
        }
        return Optional.of(new Resource(new ResourceId(id.get()), kind, name, ((IntegerType) capacity.getValue()).getValue(),
                ZoneId.of(zone.get())));
    }

    static Schedule schedule(Resource res) {
        var s = new Schedule();
        s.setId(res.id().asString());
        s.setActive(true);
        s.addActor(new Reference(fhirType(res.kind()) + "/" + res.id().asString()).setDisplay(res.name()));
        s.addExtension(Fhir.string(ZONE, res.zone().getId()));
        return s;
    }

    static Optional<ResourceId> scheduleOwner(Schedule s, List<MappingIssue> issues) {
        Optional<ResourceId> id = s.getActor().stream().map(a -> a.getReference() == null ? "" : a.getReference())
                .map(ref -> ref.substring(ref.indexOf('/') + 1)).map(Fhir::uuid).flatMap(Optional::stream).findFirst().map(ResourceId::new);
        if (id.isEmpty()) {
            issues.add(Fhir.error("Schedule", "Schedule.actor", "MC-FHIR-011", "the schedule names no MedCoord resource"));
        }
        return id;
    }

    static org.hl7.fhir.r4.model.Slot slot(Slot slot) {
        var r = new org.hl7.fhir.r4.model.Slot();
        Map<String, ResourceId> sorted = new TreeMap<>(slot.resources());
        String key = slot.start() + "|" + slot.end() + "|" + sorted;
        r.setId(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString());
        ResourceId first = sorted.values().iterator().next();
        r.setSchedule(new Reference("Schedule/" + first.asString()));
        r.setStatus(org.hl7.fhir.r4.model.Slot.SlotStatus.FREE);
        r.setStartElement(Fhir.instant(slot.start()));
        r.setEndElement(Fhir.instant(slot.end()));
        sorted.forEach((role, res) -> {
            Extension e = new Extension(SLOT_RESOURCE);
            e.addExtension("role", new StringType(role));
            e.addExtension("resource", new StringType(res.asString()));
            r.addExtension(e);
        });
        return r;
    }

    static Optional<Slot> slot(org.hl7.fhir.r4.model.Slot r, List<MappingIssue> issues) {
        Map<String, ResourceId> resources = new LinkedHashMap<>();
        for (Extension e : r.getExtensionsByUrl(SLOT_RESOURCE)) {
            var role = e.getExtensionByUrl("role");
            var res = e.getExtensionByUrl("resource");
            if (role != null && res != null) {
                Fhir.uuid(res.getValue().primitiveValue()).ifPresent(u -> resources.put(role.getValue().primitiveValue(), new ResourceId(u)));
            }
        }
        if (resources.isEmpty()) {
            Fhir.idOf(r.getSchedule(), "Schedule").flatMap(Fhir::uuid).ifPresent(u -> resources.put("resource", new ResourceId(u)));
        }
        if (!r.hasStart() || !r.hasEnd() || resources.isEmpty()) {
            issues.add(Fhir.error("Slot", "Slot", "MC-FHIR-011", "a slot needs a start, an end and a resource"));
            return Optional.empty();
        }
        return Optional.of(new Slot(r.getStart().toInstant(), r.getEnd().toInstant(), resources));
    }

    static org.hl7.fhir.r4.model.Appointment appointment(Appointment a) {
        var r = new org.hl7.fhir.r4.model.Appointment();
        r.setId(a.id().asString());
        r.setStatus(AppointmentStatus.fromCode(a.status().fhirCode()));
        r.addServiceType(new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding(SERVICE_TYPE, a.serviceType().asString(), null)));
        r.setStartElement(Fhir.instant(a.start()));
        r.setEndElement(Fhir.instant(a.end()));
        r.addParticipant().setActor(Fhir.patientRef(a.patient())).setRequired(ParticipantRequired.REQUIRED)
                .setStatus(ParticipationStatus.ACCEPTED);
        for (Allocation al : a.allocations()) {
            r.addParticipant().addType(Fhir.concept(ROLE, al.role(), null))
                    .setActor(new Reference().setIdentifier(new Identifier().setSystem(RESOURCE).setValue(al.resource().asString())))
                    .setRequired(ParticipantRequired.REQUIRED).setStatus(ParticipationStatus.ACCEPTED)
                    .setPeriod(new Period().setStartElement(Fhir.dateTime(al.from())).setEndElement(Fhir.dateTime(al.to())));
        }
        a.holdExpires().ifPresent(h -> r.addExtension(new Extension(HOLD_EXPIRES, Fhir.dateTime(h))));
        a.idempotencyKey().ifPresent(k -> r.addIdentifier().setSystem(IDEMPOTENCY).setValue(k));
        // app-4 allows a cancelation reason only on cancelled appointments (its 'no-show' never matches R4's code noshow);
        // elsewhere the reason rides in an extension.
        boolean cancelled = a.status() == org.medcoord.scheduling.AppointmentStatus.CANCELLED;
        a.cancelReason().ifPresent(c -> {
            if (cancelled) {
                r.setCancelationReason(new CodeableConcept().setText(c));
            } else {
                r.addExtension(Fhir.string(CANCEL_REASON, c));
            }
        });
        r.addExtension(Fhir.string(CHANGED_BY, a.changedBy()));
        return r;
    }

    static Optional<Appointment> appointment(org.hl7.fhir.r4.model.Appointment r, List<MappingIssue> issues) {
        Optional<UUID> id = Fhir.uuid(String.valueOf(Fhir.idPart(r)));
        Optional<PatientId> patient = r.getParticipant().stream().map(p -> Fhir.idOf(p.getActor(), "Patient")).flatMap(Optional::stream)
                .map(Fhir::uuid).flatMap(Optional::stream).findFirst().map(PatientId::new);
        Optional<ServiceTypeId> service = r.getServiceType().stream().flatMap(c -> c.getCoding().stream())
                .filter(c -> SERVICE_TYPE.equals(c.getSystem())).map(c -> Fhir.uuid(c.getCode())).flatMap(Optional::stream).findFirst()
                .map(ServiceTypeId::new);
        org.medcoord.scheduling.AppointmentStatus status = null;
        for (var s : org.medcoord.scheduling.AppointmentStatus.values()) {
            if (r.hasStatus() && s.fhirCode().equals(r.getStatus().toCode())) {
                status = s;
            }
        }
        if (id.isEmpty() || patient.isEmpty() || service.isEmpty() || status == null || !r.hasStart() || !r.hasEnd()) {
            issues.add(Fhir.error("Appointment", "Appointment", "MC-FHIR-011",
                    "a MedCoord appointment needs its id, patient, service type, status, start and end"));
            return Optional.empty();
        }
        List<Allocation> allocations = new ArrayList<>();
        for (var p : r.getParticipant()) {
            if (RESOURCE.equals(p.getActor().getIdentifier().getSystem())) {
                allocations.add(new Allocation(p.getTypeFirstRep().getCodingFirstRep().getCode(),
                        new ResourceId(UUID.fromString(p.getActor().getIdentifier().getValue())),
                        Fhir.instantOf(p.getPeriod().getStartElement()), Fhir.instantOf(p.getPeriod().getEndElement())));
            }
        }
        var hold = r.getExtensionByUrl(HOLD_EXPIRES);
        return Optional.of(new Appointment(new AppointmentId(id.get()), patient.get(), service.get(), r.getStart().toInstant(),
                r.getEnd().toInstant(), status, allocations,
                hold == null ? Optional.empty() : Optional.of(((org.hl7.fhir.r4.model.DateTimeType) hold.getValue()).getValue().toInstant()),
                r.getIdentifier().stream().filter(i -> IDEMPOTENCY.equals(i.getSystem())).map(Identifier::getValue).findFirst(),
                Optional.ofNullable(r.getCancelationReason().getText()).or(() -> Fhir.stringExt(r, CANCEL_REASON)),
                Fhir.stringExt(r, CHANGED_BY).orElse("")));
    }
}
