package org.medcoord.fhir.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.medcoord.core.PatientId;
import org.medcoord.fhir.FhirSystems;
import org.medcoord.fhir.MappingIssue;
import org.medcoord.records.Bmi;
import org.medcoord.records.EncounterId;
import org.medcoord.records.ObservationId;
import org.medcoord.records.Vital;
import org.medcoord.records.VitalFlag;
import org.medcoord.records.VitalKind;

/**
 * Vital signs as Observations of the FHIR vital signs profile: LOINC codes, UCUM units, the blood pressure
 * panel 85354-9 with systolic 8480-6 and diastolic 8462-4 components, SpO2 as 59408-5 and 2708-6, BMI 39156-5.
 */
final class VitalMapping {

    static final String ENTERED = FhirSystems.extension("entered-quantity");
    static final String OBSERVATION_ID = FhirSystems.extension("observation-id");
    static final String WEIGHT_AT = FhirSystems.extension("bmi-weight-at");
    static final String HEIGHT_AT = FhirSystems.extension("bmi-height-at");
    static final String INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
    static final String PROFILE = "http://hl7.org/fhir/StructureDefinition/";
    static final String BP_PANEL = "85354-9";
    static final String SPO2_PULSE_OX = "2708-6";

    private VitalMapping() {
    }

    /** Observations for a patient's vitals: a systolic and diastolic taken together become one panel. */
    static List<Observation> toFhir(List<Vital> vitals) {
        Map<String, Vital> diastolic = new LinkedHashMap<>();
        for (Vital v : vitals) {
            if (v.kind() == VitalKind.DIASTOLIC_BP) {
                diastolic.putIfAbsent(pairKey(v), v);
            }
        }
        List<Observation> out = new ArrayList<>();
        java.util.Set<ObservationId> consumed = new java.util.HashSet<>();
        for (Vital v : vitals) {
            if (v.kind() == VitalKind.SYSTOLIC_BP && diastolic.containsKey(pairKey(v))) {
                Vital d = diastolic.remove(pairKey(v));
                consumed.add(v.id());
                consumed.add(d.id());
                out.add(panel(v, d));
            }
        }
        for (Vital v : vitals) {
            if (!consumed.contains(v.id())) {
                out.add(single(v));
            }
        }
        return out;
    }

    private static String pairKey(Vital v) {
        return v.patient() + "|" + v.takenAt() + "|" + v.encounter().map(EncounterId::asString).orElse("") + "|" + v.recordedBy();
    }

    private static Observation base(Vital v, String profile) {
        var r = new Observation();
        Fhir.meta(r, v.id().asString(), 0, Optional.empty());
        r.getMeta().addProfile(PROFILE + "vitalsigns");
        if (profile != null) {
            r.getMeta().addProfile(PROFILE + profile);
        }
        r.setStatus(Observation.ObservationStatus.FINAL);
        r.addCategory(Fhir.concept("http://terminology.hl7.org/CodeSystem/observation-category", "vital-signs", "Vital Signs"));
        r.setSubject(Fhir.patientRef(v.patient()));
        r.setEffective(Fhir.dateTime(v.takenAt()));
        v.encounter().ifPresent(e -> r.setEncounter(new Reference("Encounter/" + e.asString())));
        r.addExtension(Fhir.string(Fhir.RECORDED_BY, v.recordedBy()));
        return r;
    }

    private static Observation single(Vital v) {
        String profile = switch (v.kind()) {
            case HEART_RATE -> "heartrate";
            case RESPIRATORY_RATE -> "resprate";
            case TEMPERATURE -> "bodytemp";
            case WEIGHT -> "bodyweight";
            case HEIGHT -> "bodyheight";
            case SPO2 -> "oxygensat";
            default -> null;
        };
        Observation r;
        if (v.kind() == VitalKind.PAIN_SCORE) {
            // Pain is not one of the profile's vital signs: a survey observation without the profile.
            r = new Observation();
            Fhir.meta(r, v.id().asString(), 0, Optional.empty());
            r.setStatus(Observation.ObservationStatus.FINAL);
            r.addCategory(Fhir.concept("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey"));
            r.setSubject(Fhir.patientRef(v.patient()));
            r.setEffective(Fhir.dateTime(v.takenAt()));
            v.encounter().ifPresent(e -> r.setEncounter(new Reference("Encounter/" + e.asString())));
            r.addExtension(Fhir.string(Fhir.RECORDED_BY, v.recordedBy()));
        } else {
            r = base(v, profile);
        }
        r.setCode(code(v.kind()));
        r.setValue(quantity(v.value(), v.unit()));
        decorate(r, v);
        return r;
    }

    private static void decorate(Observation target, Vital v) {
        target.addExtension(new Extension(ENTERED, quantity(v.enteredValue(), v.enteredUnit())));
        CodeableConcept interpretation = interpretation(v.flag());
        if (interpretation != null) {
            target.addInterpretation(interpretation);
        }
    }

    private static void decorate(ObservationComponentComponent target, Vital v) {
        target.addExtension(new Extension(ENTERED, quantity(v.enteredValue(), v.enteredUnit())));
        CodeableConcept interpretation = interpretation(v.flag());
        if (interpretation != null) {
            target.addInterpretation(interpretation);
        }
    }

    private static Observation panel(Vital systolic, Vital diastolic) {
        Observation r = base(systolic, "bp");
        r.setCode(new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding(FhirSystems.LOINC, BP_PANEL,
                "Blood pressure panel with all children optional")));
        for (Vital v : List.of(systolic, diastolic)) {
            ObservationComponentComponent c = r.addComponent();
            c.setCode(code(v.kind()));
            c.setValue(quantity(v.value(), v.unit()));
            c.addExtension(Fhir.string(OBSERVATION_ID, v.id().asString()));
            decorate(c, v);
        }
        return r;
    }

    static CodeableConcept code(VitalKind kind) {
        CodeableConcept c = new CodeableConcept();
        c.addCoding(new org.hl7.fhir.r4.model.Coding(FhirSystems.LOINC, kind.loinc(), display(kind)));
        if (kind == VitalKind.SPO2) {
            c.addCoding(new org.hl7.fhir.r4.model.Coding(FhirSystems.LOINC, SPO2_PULSE_OX,
                    "Oxygen saturation in Arterial blood by Pulse oximetry"));
        }
        return c;
    }

    private static String display(VitalKind kind) {
        return switch (kind) {
            case SYSTOLIC_BP -> "Systolic blood pressure";
            case DIASTOLIC_BP -> "Diastolic blood pressure";
            case HEART_RATE -> "Heart rate";
            case RESPIRATORY_RATE -> "Respiratory rate";
            case TEMPERATURE -> "Body temperature";
            case WEIGHT -> "Body weight";
            case HEIGHT -> "Body height";
            case SPO2 -> "Oxygen saturation in Arterial blood";
            case PAIN_SCORE -> "Pain severity - 0-10 verbal numeric rating [Score] - Reported";
        };
    }

    static Quantity quantity(BigDecimal value, String unit) {
        return new Quantity().setValue(value).setUnit(unit).setSystem(FhirSystems.UCUM).setCode(unit);
    }

    private static CodeableConcept interpretation(VitalFlag flag) {
        return switch (flag) {
            case LOW -> Fhir.concept(INTERPRETATION, "L", "Low");
            case NORMAL -> Fhir.concept(INTERPRETATION, "N", "Normal");
            case HIGH -> Fhir.concept(INTERPRETATION, "H", "High");
            case NONE -> null;
        };
    }

    private static VitalFlag flag(List<CodeableConcept> interpretation) {
        for (CodeableConcept c : interpretation) {
            for (var coding : c.getCoding()) {
                if (INTERPRETATION.equals(coding.getSystem())) {
                    switch (String.valueOf(coding.getCode())) {
                        case "L", "LL" -> {
                            return VitalFlag.LOW;
                        }
                        case "H", "HH" -> {
                            return VitalFlag.HIGH;
                        }
                        case "N" -> {
                            return VitalFlag.NORMAL;
                        }
                        default -> {
                        }
                    }
                }
            }
        }
        return VitalFlag.NONE;
    }

    /** The kind a LOINC-coded concept names, if it is one MedCoord charts. */
    static Optional<VitalKind> kind(CodeableConcept code) {
        for (var c : code.getCoding()) {
            if (!FhirSystems.LOINC.equals(c.getSystem())) {
                continue;
            }
            if (SPO2_PULSE_OX.equals(c.getCode())) {
                return Optional.of(VitalKind.SPO2);
            }
            for (VitalKind k : VitalKind.values()) {
                if (k.loinc().equals(c.getCode())) {
                    return Optional.of(k);
                }
            }
        }
        return Optional.empty();
    }

    static boolean isBpPanel(Observation o) {
        return o.getCode().getCoding().stream().anyMatch(c -> FhirSystems.LOINC.equals(c.getSystem()) && BP_PANEL.equals(c.getCode()));
    }

    static boolean isBmi(Observation o) {
        return o.getCode().getCoding().stream().anyMatch(c -> FhirSystems.LOINC.equals(c.getSystem()) && Bmi.LOINC.equals(c.getCode()));
    }

    static boolean isVital(Observation o) {
        return isBpPanel(o) || isBmi(o) || kind(o.getCode()).isPresent();
    }

    /** The vitals an Observation this mapping wrote holds: two for a blood pressure panel, else one. */
    static List<Vital> fromFhir(Observation r, List<MappingIssue> issues) {
        Optional<PatientId> patient = Fhir.idOf(r.getSubject(), "Patient").flatMap(Fhir::uuid).map(PatientId::new);
        Optional<EncounterId> encounter = Fhir.idOf(r.getEncounter(), "Encounter").flatMap(Fhir::uuid).map(EncounterId::new);
        String by = Fhir.stringExt(r, Fhir.RECORDED_BY).orElse("");
        int before = issues.size();
        if (patient.isEmpty()) {
            issues.add(Fhir.error("Observation", "Observation.subject", "MC-FHIR-011", "the observation names no MedCoord patient"));
        }
        if (!r.hasEffectiveDateTimeType()) {
            issues.add(Fhir.error("Observation", "Observation.effective[x]", "MC-FHIR-011", "a vital sign needs effectiveDateTime"));
        }
        List<Vital> out = new ArrayList<>();
        if (issues.size() > before) {
            return out;
        }
        Instant takenAt = Fhir.instantOf(r.getEffectiveDateTimeType());
        if (isBpPanel(r)) {
            for (int i = 0; i < r.getComponent().size(); i++) {
                ObservationComponentComponent c = r.getComponent().get(i);
                String path = "Observation.component[" + i + "]";
                Optional<VitalKind> kind = kind(c.getCode());
                Optional<UUID> id = Fhir.stringExt(c, OBSERVATION_ID).flatMap(Fhir::uuid);
                if (kind.isEmpty() || id.isEmpty() || !c.hasValueQuantity()) {
                    issues.add(Fhir.error("Observation", path, "MC-FHIR-011", "a panel component needs a known LOINC code, a value and its MedCoord id"));
                    continue;
                }
                out.add(vital(new ObservationId(id.get()), patient.get(), kind.get(), c.getValueQuantity(), c.getExtensionByUrl(ENTERED),
                        flag(c.getInterpretation()), takenAt, encounter, by));
            }
            return out;
        }
        Optional<VitalKind> kind = kind(r.getCode());
        Optional<UUID> id = Fhir.uuid(String.valueOf(Fhir.idPart(r)));
        if (kind.isEmpty() || id.isEmpty() || !r.hasValueQuantity()) {
            issues.add(Fhir.error("Observation", "Observation", "MC-FHIR-011", "a vital sign needs a known LOINC code, a value and a MedCoord id"));
            return out;
        }
        out.add(vital(new ObservationId(id.get()), patient.get(), kind.get(), r.getValueQuantity(), r.getExtensionByUrl(ENTERED),
                flag(r.getInterpretation()), takenAt, encounter, by));
        return out;
    }

    private static Vital vital(ObservationId id, PatientId patient, VitalKind kind, Quantity value, Extension entered, VitalFlag flag,
                               Instant takenAt, Optional<EncounterId> encounter, String by) {
        Quantity e = entered != null && entered.getValue() instanceof Quantity q ? q : value;
        return new Vital(id, patient, kind, value.getValue(), value.getCode(), e.getValue(), e.getCode(), flag, takenAt, encounter, by);
    }

    /** A derived BMI observation: its id is a name-based UUID of the patient and the measurements it came from. */
    static Observation bmi(PatientId patient, Bmi bmi) {
        var r = new Observation();
        String id = UUID.nameUUIDFromBytes((patient.asString() + "|bmi|" + bmi.weightAt() + "|" + bmi.heightAt())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        Fhir.meta(r, id, 0, Optional.empty());
        r.getMeta().addProfile(PROFILE + "vitalsigns").addProfile(PROFILE + "bmi");
        r.setStatus(Observation.ObservationStatus.FINAL);
        r.addCategory(Fhir.concept("http://terminology.hl7.org/CodeSystem/observation-category", "vital-signs", "Vital Signs"));
        r.setCode(Fhir.concept(FhirSystems.LOINC, Bmi.LOINC, "Body mass index (BMI) [Ratio]"));
        r.setSubject(Fhir.patientRef(patient));
        Instant at = bmi.weightAt().isAfter(bmi.heightAt()) ? bmi.weightAt() : bmi.heightAt();
        r.setEffective(Fhir.dateTime(at));
        r.setValue(quantity(bmi.value(), "kg/m2"));
        CodeableConcept interpretation = interpretation(bmi.flag());
        if (interpretation != null) {
            r.addInterpretation(interpretation);
        }
        r.addExtension(new Extension(WEIGHT_AT, Fhir.dateTime(bmi.weightAt())));
        r.addExtension(new Extension(HEIGHT_AT, Fhir.dateTime(bmi.heightAt())));
        return r;
    }

    static Optional<Bmi> bmiFromFhir(Observation r, List<MappingIssue> issues) {
        var w = r.getExtensionByUrl(WEIGHT_AT);
        var h = r.getExtensionByUrl(HEIGHT_AT);
        if (!r.hasValueQuantity() || w == null || h == null) {
            issues.add(Fhir.error("Observation", "Observation.value[x]", "MC-FHIR-011", "a BMI needs a value and the times of its measurements"));
            return Optional.empty();
        }
        return Optional.of(new Bmi(r.getValueQuantity().getValue(), flag(r.getInterpretation()),
                ((org.hl7.fhir.r4.model.DateTimeType) w.getValue()).getValue().toInstant(),
                ((org.hl7.fhir.r4.model.DateTimeType) h.getValue()).getValue().toInstant()));
    }

}
