package org.medcoord.fhir.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Timing;
import org.medcoord.core.PatientId;
import org.medcoord.core.code.Coding;
import org.medcoord.fhir.FhirSystems;
import org.medcoord.fhir.MappingIssue;
import org.medcoord.records.AdministrationOutcome;
import org.medcoord.records.Dose;
import org.medcoord.records.Frequency;
import org.medcoord.records.MedicationOrder;
import org.medcoord.records.MedicationOrderId;
import org.medcoord.records.OrderStatus;
import org.medcoord.records.Route;
import org.medcoord.records.ScheduledDose;

/** Medication orders as MedicationRequest, recorded doses as MedicationAdministration; routes in SNOMED CT. */
final class MedicationMapping {

    static final String ZONE = FhirSystems.extension("zone");
    static final String LOCATION = FhirSystems.extension("location");
    static final String ACKNOWLEDGED = FhirSystems.extension("acknowledged-warning");
    static final String DUE_AT = FhirSystems.extension("due-at");

    private MedicationMapping() {
    }

    static String snomedRoute(Route r) {
        return switch (r) {
            case ORAL -> "26643006";
            case SUBLINGUAL -> "37839007";
            case INTRAVENOUS -> "47625008";
            case INTRAMUSCULAR -> "78421000";
            case SUBCUTANEOUS -> "34206005";
            case TOPICAL -> "6064005";
            case TRANSDERMAL -> "45890007";
            case INHALED -> "447694001";
            case RECTAL -> "37161004";
            case OTHER -> null;
        };
    }

    static MedicationRequest toFhir(MedicationOrder o) {
        var r = new MedicationRequest();
        Fhir.meta(r, o.id().asString(), o.version(), Optional.empty());
        r.setStatus(o.status() == OrderStatus.ACTIVE ? MedicationRequest.MedicationRequestStatus.ACTIVE
                : MedicationRequest.MedicationRequestStatus.STOPPED);
        r.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        r.setSubject(Fhir.patientRef(o.patient()));
        r.setMedication(Fhir.concept(o.drug()));
        r.setAuthoredOnElement(Fhir.dateTime(o.start()));
        r.setRequester(Fhir.userRef(o.orderedBy()));
        Dosage dosage = r.addDosageInstruction();
        String snomed = snomedRoute(o.route());
        var route = new org.hl7.fhir.r4.model.CodeableConcept().setText(o.route().name().toLowerCase(java.util.Locale.ROOT));
        if (snomed != null) {
            route.addCoding(new org.hl7.fhir.r4.model.Coding(FhirSystems.SNOMED_CT, snomed, null));
        }
        dosage.setRoute(route);
        dosage.addDoseAndRate().setDose(VitalMapping.quantity(o.dose().amount(), o.dose().unit()));
        Timing timing = new Timing();
        Timing.TimingRepeatComponent repeat = timing.getRepeat();
        Period bounds = new Period().setStartElement(Fhir.dateTime(o.start()));
        o.stop().ifPresent(s -> bounds.setEndElement(Fhir.dateTime(s)));
        repeat.setBounds(bounds);
        switch (o.frequency().kind()) {
            case INTERVAL -> repeat.setFrequency(1).setPeriod(o.frequency().intervalHours()).setPeriodUnit(Timing.UnitsOfTime.H);
            case TIMES_OF_DAY -> o.frequency().times().forEach(t -> repeat.addTimeOfDay(t.toString().length() == 5 ? t + ":00" : t.toString()));
            case AS_NEEDED -> dosage.setAsNeeded(new BooleanType(true));
        }
        dosage.setTiming(timing);
        r.addExtension(Fhir.string(ZONE, o.zone().getId()));
        if (o.location() != null && !o.location().isEmpty()) {
            r.addExtension(Fhir.string(LOCATION, o.location()));
        }
        o.acknowledged().forEach(a -> r.addExtension(Fhir.string(ACKNOWLEDGED, a)));
        return r;
    }

    static Optional<MedicationOrder> fromFhir(MedicationRequest r, List<MappingIssue> issues) {
        String t = "MedicationRequest";
        Optional<UUID> id = Fhir.uuid(String.valueOf(Fhir.idPart(r)));
        Optional<PatientId> patient = Fhir.idOf(r.getSubject(), "Patient").flatMap(Fhir::uuid).map(PatientId::new);
        Coding drug = r.hasMedicationCodeableConcept()
                ? HistoryMapping.code(r.getMedicationCodeableConcept(), t + ".medicationCodeableConcept", java.util.Set.of(), issues) : null;
        Dosage dosage = r.getDosageInstructionFirstRep();
        Optional<String> zone = Fhir.stringExt(r, ZONE);
        if (id.isEmpty() || patient.isEmpty() || drug == null || !dosage.hasDoseAndRate() || zone.isEmpty()
                || !dosage.getTiming().getRepeat().hasBoundsPeriod()) {
            issues.add(Fhir.error(t, t, "MC-FHIR-011", "a MedCoord order needs its id, patient, drug, dose, time zone and start"));
            return Optional.empty();
        }
        var q = dosage.getDoseAndRateFirstRep().getDoseQuantity();
        Route route = Route.OTHER;
        for (var c : dosage.getRoute().getCoding()) {
            for (Route candidate : Route.values()) {
                if (FhirSystems.SNOMED_CT.equals(c.getSystem()) && c.getCode() != null && c.getCode().equals(snomedRoute(candidate))) {
                    route = candidate;
                }
            }
        }
        Timing.TimingRepeatComponent repeat = dosage.getTiming().getRepeat();
        Frequency frequency;
        if (dosage.hasAsNeededBooleanType() && dosage.getAsNeededBooleanType().booleanValue()) {
            frequency = Frequency.asNeeded();
        } else if (repeat.hasTimeOfDay()) {
            frequency = new Frequency(Frequency.Kind.TIMES_OF_DAY, 0,
                    repeat.getTimeOfDay().stream().map(x -> LocalTime.parse(x.getValue())).toList());
        } else {
            frequency = Frequency.everyHours(repeat.getPeriod() == null ? 0 : repeat.getPeriod().intValue());
        }
        Period bounds = repeat.getBoundsPeriod();
        return Optional.of(new MedicationOrder(new MedicationOrderId(id.get()), Fhir.version(r), patient.get(), drug,
                new Dose(q.getValue(), q.getCode()), route, frequency, ZoneId.of(zone.get()), Fhir.instantOf(bounds.getStartElement()),
                bounds.hasEnd() ? Optional.of(Fhir.instantOf(bounds.getEndElement())) : Optional.empty(),
                Fhir.stringExt(r, LOCATION).orElse(""),
                r.getStatus() == MedicationRequest.MedicationRequestStatus.ACTIVE ? OrderStatus.ACTIVE : OrderStatus.STOPPED,
                r.getRequester().getIdentifier().getValue(), Fhir.stringExts(r, ACKNOWLEDGED)));
    }

    static String doseId(MedicationOrderId order, Instant dueAt) {
        return UUID.nameUUIDFromBytes((order.asString() + "|" + dueAt).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    /** A recorded dose; {@code drug} is the order's. */
    static MedicationAdministration toFhir(ScheduledDose d, Coding drug) {
        var r = new MedicationAdministration();
        r.setId(doseId(d.order(), d.dueAt()));
        AdministrationOutcome outcome = d.outcome().orElseThrow(() -> new IllegalArgumentException("only recorded doses are administrations"));
        r.setStatus(switch (outcome) {
            case GIVEN -> MedicationAdministration.MedicationAdministrationStatus.COMPLETED;
            case HELD -> MedicationAdministration.MedicationAdministrationStatus.ONHOLD;
            case REFUSED, MISSED -> MedicationAdministration.MedicationAdministrationStatus.NOTDONE;
        });
        if (outcome != AdministrationOutcome.GIVEN) {
            r.addStatusReason(Fhir.concept(FhirSystems.CODES, "dose-" + outcome.name().toLowerCase(java.util.Locale.ROOT),
                    "dose " + outcome.name().toLowerCase(java.util.Locale.ROOT)));
        }
        r.setMedication(Fhir.concept(drug));
        r.setSubject(Fhir.patientRef(d.patient()));
        r.setRequest(new Reference("MedicationRequest/" + d.order().asString()));
        r.setEffective(Fhir.dateTime(d.at().orElse(d.dueAt())));
        r.addExtension(new Extension(DUE_AT, Fhir.dateTime(d.dueAt())));
        d.by().ifPresent(by -> r.addPerformer().setActor(Fhir.userRef(by)));
        return r;
    }

    static Optional<ScheduledDose> fromFhir(MedicationAdministration r, List<MappingIssue> issues) {
        Optional<MedicationOrderId> order = Fhir.idOf(r.getRequest(), "MedicationRequest").flatMap(Fhir::uuid).map(MedicationOrderId::new);
        Optional<PatientId> patient = Fhir.idOf(r.getSubject(), "Patient").flatMap(Fhir::uuid).map(PatientId::new);
        var due = r.getExtensionByUrl(DUE_AT);
        if (order.isEmpty() || patient.isEmpty() || due == null || !r.hasEffectiveDateTimeType()) {
            issues.add(Fhir.error("MedicationAdministration", "MedicationAdministration", "MC-FHIR-011",
                    "a MedCoord dose needs its order, patient, due time and time given"));
            return Optional.empty();
        }
        AdministrationOutcome outcome = switch (r.getStatus()) {
            case COMPLETED -> AdministrationOutcome.GIVEN;
            case ONHOLD -> AdministrationOutcome.HELD;
            default -> r.getStatusReason().stream().flatMap(c -> c.getCoding().stream())
                    .filter(c -> FhirSystems.CODES.equals(c.getSystem()) && "dose-missed".equals(c.getCode())).findAny().isPresent()
                    ? AdministrationOutcome.MISSED : AdministrationOutcome.REFUSED;
        };
        Optional<String> by = r.getPerformer().stream().map(p -> p.getActor().getIdentifier().getValue()).filter(v -> v != null).findFirst();
        return Optional.of(new ScheduledDose(order.get(), patient.get(), ((org.hl7.fhir.r4.model.DateTimeType) due.getValue()).getValue().toInstant(),
                Optional.of(outcome), by, Optional.of(Fhir.instantOf(r.getEffectiveDateTimeType()))));
    }

}
