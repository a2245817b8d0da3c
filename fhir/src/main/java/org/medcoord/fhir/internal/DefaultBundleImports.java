package org.medcoord.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.code.CodeValidator;
import org.medcoord.core.data.DataStore;
import org.medcoord.fhir.BundleImports;
import org.medcoord.fhir.ImportResult;
import org.medcoord.fhir.MappingIssue;
import org.medcoord.records.Demographics;
import org.medcoord.records.EntrySource;
import org.medcoord.records.EntryStatus;
import org.medcoord.records.ExternalIdentifier;
import org.medcoord.records.HistoryEntry;
import org.medcoord.records.HistoryItem;
import org.medcoord.records.MedicalHistory;
import org.medcoord.records.ObservationId;
import org.medcoord.records.PageRequest;
import org.medcoord.records.Patient;
import org.medcoord.records.PatientRegistry;
import org.medcoord.records.PatientStatus;
import org.medcoord.records.RegisterPatient;
import org.medcoord.records.Vital;
import org.medcoord.records.VitalKind;
import org.medcoord.records.Vitals;

/**
 * Checks the whole bundle first (mapping, codes, units, references), then writes in one transaction through
 * the records services, whose nested transactions join it: one failure rolls every write back.
 */
final class DefaultBundleImports implements BundleImports {

    static final String IMPORT_LOCK = "fhir.import";

    /** A history entry to record. */
    private record PlannedEntry(String label, HistoryItem item, EntryStatus status) {
    }

    /** A vital sign to chart. */
    private record PlannedVital(String label, VitalKind kind, BigDecimal value, String unit, Instant takenAt) {
    }

    private final DataStore data;
    private final PatientRegistry registry;
    private final MedicalHistory history;
    private final Vitals vitals;
    private final CodeValidator codes;
    private final FhirContext fhir;
    private final Clock clock;

    DefaultBundleImports(DataStore data, PatientRegistry registry, MedicalHistory history, Vitals vitals, CodeValidator codes,
                         FhirContext fhir, Clock clock) {
        this.data = data;
        this.registry = registry;
        this.history = history;
        this.vitals = vitals;
        this.codes = codes;
        this.fhir = fhir;
        this.clock = clock;
    }

    @Override
    public ImportResult importJson(AccessContext context, String facility, byte[] json) {
        Bundle bundle;
        try {
            bundle = fhir.newJsonParser().parseResource(Bundle.class, new String(json, StandardCharsets.UTF_8));
        } catch (DataFormatException | ClassCastException e) {
            // The parser's message may quote the input (PHI): name the failure only.
            throw new ValidationException(List.of(new Violation("Bundle", "MC-FHIR-023",
                    "not a FHIR R4 JSON Bundle (" + e.getClass().getSimpleName() + ")")));
        }
        return importBundle(context, facility, bundle);
    }

    @Override
    public ImportResult importBundle(AccessContext context, String facility, Bundle bundle) {
        List<MappingIssue> issues = new ArrayList<>();
        if (facility == null || facility.isBlank()) {
            issues.add(Fhir.error("request", "facility", "MC-FHIR-031", "name the facility that registers a new patient"));
        }
        if (bundle == null || (bundle.getType() != Bundle.BundleType.TRANSACTION && bundle.getType() != Bundle.BundleType.COLLECTION)) {
            issues.add(Fhir.error("Bundle", "Bundle.type", "MC-FHIR-021", "import a bundle of type transaction or collection"));
            throw failure(issues);
        }
        // 1. Find the one patient.
        org.hl7.fhir.r4.model.Patient patientResource = null;
        String patientFullUrl = null;
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Resource r = bundle.getEntry().get(i).getResource();
            if (r instanceof org.hl7.fhir.r4.model.Patient p) {
                if (patientResource != null) {
                    issues.add(Fhir.error(label(i, r), "Patient", "MC-FHIR-022", "a bundle holds one patient's record: a second Patient"));
                } else {
                    patientResource = p;
                    patientFullUrl = bundle.getEntry().get(i).getFullUrl();
                }
            }
        }
        if (patientResource == null) {
            issues.add(Fhir.error("Bundle", "Bundle.entry", "MC-FHIR-022", "the bundle holds no Patient"));
            throw failure(issues);
        }
        Demographics demographics = PatientMapping.demographics(patientResource, issues);
        List<ExternalIdentifier> identifiers = new ArrayList<>();
        for (Identifier id : patientResource.getIdentifier()) {
            if (id.hasSystem() && id.hasValue()) {
                identifiers.add(new ExternalIdentifier(PatientMapping.systemName(id.getSystem()), id.getValue()));
            }
        }
        String patientLabel = "Patient";
        if (identifiers.isEmpty()) {
            issues.add(Fhir.error(patientLabel, "Patient.identifier", "MC-FHIR-011",
                    "an imported patient needs an identifier with system and value, so that a second import finds it"));
        }
        if (demographics.birthDate() == null) {
            issues.add(Fhir.error(patientLabel, "Patient.birthDate", "MC-FHIR-011", "a patient needs a birth date"));
        }
        org.hl7.fhir.r4.model.Patient rewrittenPatient = new org.hl7.fhir.r4.model.Patient();
        PatientMapping.demographics(rewrittenPatient, demographics);
        identifiers.forEach(x -> rewrittenPatient.addIdentifier().setSystem(PatientMapping.identifierSystem(x.system())).setValue(x.value()));
        List<MappingIssue> warnings = new ArrayList<>(Leftovers.report(patientLabel, patientResource, rewrittenPatient));

        // 2. Map every other entry.
        List<PlannedEntry> entries = new ArrayList<>();
        List<PlannedVital> charted = new ArrayList<>();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        PatientId placeholder = new PatientId(new java.util.UUID(0, 0));
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Resource r = bundle.getEntry().get(i).getResource();
            if (r == null || r == patientResource) {
                continue;
            }
            String label = label(i, r);
            if (!(r instanceof DomainResource dr) || !HistoryMapping.TYPES.contains(r.fhirType())) {
                warnings.add(Fhir.warning(label, r == null ? "Bundle.entry.resource" : r.fhirType(), "MC-FHIR-020",
                        "this import does not take this resource type; it was left out"));
                continue;
            }
            List<MappingIssue> found = new ArrayList<>();
            Optional<Reference> subject = HistoryMapping.patientOf(dr);
            if (subject.isEmpty() || !aboutPatient(subject.get(), patientResource, patientFullUrl)) {
                found.add(Fhir.error(label, r.fhirType() + ".subject", "MC-FHIR-022", "the resource is not about the bundle's Patient"));
            }
            if (r instanceof Observation o && VitalMapping.isVital(o)) {
                planVitals(label, o, now, found, charted, warnings, placeholder);
            } else {
                Optional<HistoryItem> item = HistoryMapping.item(dr, found);
                if (item.isPresent()) {
                    checkItem(label, r.fhirType(), item.get(), today, found);
                    EntryStatus status = HistoryMapping.status(dr);
                    entries.add(new PlannedEntry(label, item.get(), status));
                    warnings.addAll(Leftovers.report(label, dr, HistoryMapping.item(item.get(), status, placeholder, now)));
                }
            }
            found.forEach(f -> issues.add(f.in(label)));
        }
        if (issues.stream().anyMatch(i -> i.severity() == MappingIssue.Severity.ERROR)) {
            throw failure(issues);
        }
        issues.stream().filter(i -> i.severity() == MappingIssue.Severity.WARNING).forEach(warnings::add);
        // 3. Write, all in one transaction.
        List<ExternalIdentifier> ids = List.copyOf(identifiers);
        return data.inTransaction(context, s -> {
            Optional<Patient> existing = match(context, ids);
            boolean createdPatient = existing.isEmpty();
            Patient patient = existing.orElseGet(() -> records("Patient", () -> registry.register(context,
                    new RegisterPatient(facility, demographics, ids, Optional.empty()))));
            // Two imports into one patient take turns, so neither records what the other is recording.
            s.lock(IMPORT_LOCK, patient.id().asString());
            List<HistoryEntry> chart = history.list(context, patient.id(), Set.of());
            List<PlannedEntry> fresh = new ArrayList<>();
            int unchanged = 0;
            for (PlannedEntry e : entries) {
                boolean known = chart.stream().anyMatch(h -> h.item().equals(e.item()))
                        || fresh.stream().anyMatch(f -> f.item().equals(e.item()));
                if (known) {
                    unchanged++;
                } else {
                    fresh.add(e);
                }
            }
            if (!fresh.isEmpty()) {
                List<HistoryEntry> recorded = records(fresh, () -> history.recordAll(context, patient.id(),
                        fresh.stream().map(PlannedEntry::item).toList(), EntrySource.IMPORTED));
                for (int k = 0; k < recorded.size(); k++) {
                    EntryStatus status = fresh.get(k).status();
                    if (status != EntryStatus.ACTIVE) {
                        HistoryEntry h = recorded.get(k);
                        history.changeStatus(context, h.id(), h.version(), status);
                    }
                }
            }
            int created = fresh.size();
            for (PlannedVital v : charted) {
                boolean known = vitals.series(context, patient.id(), v.kind(), v.takenAt(), v.takenAt().plusMillis(1)).stream()
                        .anyMatch(x -> x.enteredValue().compareTo(v.value()) == 0 && x.enteredUnit().equals(v.unit()));
                if (known) {
                    unchanged++;
                } else {
                    records(v.label(), () -> vitals.record(context, patient.id(), v.kind(), v.value(), v.unit(), v.takenAt(), Optional.empty()));
                    created++;
                }
            }
            return new ImportResult(patient.id(), createdPatient, created, unchanged, warnings);
        });
    }

    private Optional<Patient> match(AccessContext context, List<ExternalIdentifier> ids) {
        for (ExternalIdentifier id : ids) {
            List<Patient> found = registry.findByIdentifier(context, id, PageRequest.first(10)).items();
            for (Patient p : found) {
                if (p.status() == PatientStatus.MERGED && p.mergedInto().isPresent()) {
                    return Optional.of(registry.get(context, p.mergedInto().get()));
                }
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private void planVitals(String label, Observation o, Instant now, List<MappingIssue> found, List<PlannedVital> out,
                            List<MappingIssue> warnings, PatientId placeholder) {
        String t = "Observation";
        if (VitalMapping.isBmi(o)) {
            warnings.add(Fhir.warning(label, "Observation.code", "MC-FHIR-014",
                    "BMI is derived from weight and height in MedCoord; this value was not stored"));
            return;
        }
        if (o.getStatus() == Observation.ObservationStatus.ENTEREDINERROR || o.getStatus() == Observation.ObservationStatus.CANCELLED) {
            warnings.add(Fhir.warning(label, "Observation.status", "MC-FHIR-014", "a vital sign entered in error or cancelled was not charted"));
            return;
        }
        if (!o.hasEffectiveDateTimeType()) {
            found.add(Fhir.error(label, t + ".effective[x]", "MC-FHIR-011", "a vital sign needs effectiveDateTime"));
            return;
        }
        Instant takenAt = Fhir.instantOf(o.getEffectiveDateTimeType());
        if (takenAt.isAfter(now)) {
            found.add(Fhir.error(label, t + ".effective[x]", "MC-FHIR-013", "a vital sign measured in the future"));
        }
        List<PlannedVital> mine = new ArrayList<>();
        if (VitalMapping.isBpPanel(o)) {
            for (int c = 0; c < o.getComponent().size(); c++) {
                var component = o.getComponent().get(c);
                String path = t + ".component[" + c + "]";
                Optional<VitalKind> kind = VitalMapping.kind(component.getCode());
                if (kind.isEmpty() || (kind.get() != VitalKind.SYSTOLIC_BP && kind.get() != VitalKind.DIASTOLIC_BP)) {
                    found.add(Fhir.error(label, path + ".code", "MC-FHIR-012", "a blood pressure component is 8480-6 or 8462-4"));
                    continue;
                }
                quantity(label, path + ".value[x]", kind.get(), component.hasValueQuantity() ? component.getValueQuantity() : null, takenAt,
                        found).ifPresent(mine::add);
            }
        } else {
            VitalKind kind = VitalMapping.kind(o.getCode()).orElseThrow();
            quantity(label, t + ".value[x]", kind, o.hasValueQuantity() ? o.getValueQuantity() : null, takenAt, found).ifPresent(mine::add);
        }
        if (mine.isEmpty()) {
            return;
        }
        out.addAll(mine);
        List<Vital> preview = new ArrayList<>();
        for (PlannedVital v : mine) {
            BigDecimal canonical = v.kind().toCanonical(v.value(), v.unit()).orElse(v.value());
            preview.add(new Vital(new ObservationId(java.util.UUID.randomUUID()), placeholder, v.kind(), canonical, v.kind().canonicalUnit(),
                    v.value(), v.unit(), v.kind().flag(canonical), takenAt, Optional.empty(), ""));
        }
        List<Observation> rewritten = VitalMapping.toFhir(preview);
        if (rewritten.size() == 1) {
            warnings.addAll(Leftovers.report(label, o, rewritten.get(0)));
        }
    }

    private static Optional<PlannedVital> quantity(String label, String path, VitalKind kind, Quantity q, Instant takenAt,
                                                   List<MappingIssue> found) {
        if (q == null || !q.hasValue()) {
            found.add(Fhir.error(label, path, "MC-FHIR-011", "a vital sign needs a value"));
            return Optional.empty();
        }
        if (q.hasSystem() && !org.medcoord.fhir.FhirSystems.UCUM.equals(q.getSystem())) {
            found.add(Fhir.error(label, path + ".system", "MC-FHIR-013", "vital sign units are UCUM (http://unitsofmeasure.org)"));
            return Optional.empty();
        }
        String unit = q.hasCode() ? q.getCode() : q.getUnit();
        Optional<BigDecimal> canonical = kind.toCanonical(q.getValue(), unit);
        if (canonical.isEmpty()) {
            found.add(Fhir.error(label, path + ".code", "MC-FHIR-013", "this vital sign takes the UCUM units " + kind.units()));
            return Optional.empty();
        }
        if (!kind.plausible(canonical.get())) {
            found.add(Fhir.error(label, path + ".value", "MC-FHIR-013", "the value is not physically possible for this vital sign"));
            return Optional.empty();
        }
        return Optional.of(new PlannedVital(label, kind, q.getValue(), unit, takenAt));
    }

    /** The checks records makes too, run first so that every problem of every resource is reported together. */
    private void checkItem(String label, String type, HistoryItem item, LocalDate today, List<MappingIssue> found) {
        List<Violation> v = new ArrayList<>();
        if (item instanceof HistoryItem.Allergy a) {
            v.addAll(codes.validate(type + ".code", a.substance()));
            if (a.severity() == null) {
                found.add(Fhir.error(label, type + ".reaction.severity", "MC-FHIR-011", "MedCoord records an allergy's severity: mild, moderate or severe"));
            }
        } else if (item instanceof HistoryItem.Problem p) {
            v.addAll(codes.validate(type + ".code", p.condition()));
            future(label, type + ".onset[x]", p.onset(), today, found);
        } else if (item instanceof HistoryItem.Medication m) {
            v.addAll(codes.validate(type + ".medication[x]", m.drug()));
        } else if (item instanceof HistoryItem.Surgery s) {
            if (s.procedure().isEmpty()) {
                found.add(Fhir.error(label, type + ".code.text", "MC-FHIR-011", "MedCoord records a past procedure with its description in words"));
            }
            if (s.code() != null) {
                v.addAll(codes.validate(type + ".code", s.code()));
            }
            future(label, type + ".performed[x]", s.performed(), today, found);
        } else if (item instanceof HistoryItem.FamilyHistory f) {
            if (f.relationship().isEmpty()) {
                found.add(Fhir.error(label, type + ".relationship", "MC-FHIR-011", "name the relative, for example mother"));
            }
            if (!CodeSystems.ICD_10_CM.equals(f.condition().system())) {
                found.add(Fhir.error(label, type + ".condition.code", "MC-FHIR-012", "a relative's condition is coded in ICD-10-CM"));
            } else {
                v.addAll(codes.validate(type + ".condition.code", f.condition()));
            }
        } else if (item instanceof HistoryItem.SocialHistory s) {
            if (s.detail() == null || s.detail().isEmpty()) {
                found.add(Fhir.error(label, type + ".value[x]", "MC-FHIR-011", "a social history observation needs its value in words"));
            }
        } else if (item instanceof HistoryItem.Immunization i) {
            v.addAll(codes.validate(type + ".vaccineCode", i.vaccine()));
            future(label, type + ".occurrence[x]", i.administered(), today, found);
        }
        for (Violation x : v) {
            found.add(Fhir.error(label, x.field(), "MC-FHIR-012", x.code() + " " + x.message()));
        }
    }

    private static void future(String label, String path, LocalDate date, LocalDate today, List<MappingIssue> found) {
        if (date != null && date.isAfter(today)) {
            found.add(Fhir.error(label, path, "MC-FHIR-013", "the date is in the future"));
        }
    }

    private static boolean aboutPatient(Reference ref, org.hl7.fhir.r4.model.Patient patient, String fullUrl) {
        if (!ref.hasReference()) {
            return false;
        }
        String r = ref.getReference();
        String id = patient.getIdElement().getIdPart();
        return r.equals(fullUrl) || (id != null && (r.equals("Patient/" + id) || r.endsWith("/Patient/" + id)));
    }

    private static String label(int index, Resource r) {
        return "Bundle.entry[" + index + "] " + (r == null ? "(empty)" : r.fhirType());
    }

    private static ValidationException failure(List<MappingIssue> issues) {
        Violations v = new Violations();
        for (MappingIssue i : issues) {
            if (i.severity() == MappingIssue.Severity.ERROR) {
                v.add(i.resource().equals(i.path()) ? i.resource() : i.resource() + " " + i.path(), i.code(), i.message());
            }
        }
        return new ValidationException(v.list());
    }

    /** Runs a records call; a records violation is reported against the bundle entry it came from. */
    private static <T> T records(String label, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ValidationException e) {
            throw new ValidationException(e.violations().stream()
                    .map(x -> new Violation(label + " " + x.field(), "MC-FHIR-030", x.code() + " " + x.message())).toList());
        }
    }

    private static <T> T records(List<PlannedEntry> entries, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ValidationException e) {
            throw new ValidationException(e.violations().stream().map(x -> {
                String label = "Bundle";
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^items\\[(\\d+)\\]").matcher(x.field());
                if (m.find()) {
                    label = entries.get(Integer.parseInt(m.group(1))).label();
                }
                return new Violation(label + " " + x.field(), "MC-FHIR-030", x.code() + " " + x.message());
            }).toList());
        }
    }
}
