package org.medcoord.fhir.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.medcoord.core.PatientId;
import org.medcoord.core.code.Coding;
import org.medcoord.fhir.FhirSystems;
import org.medcoord.fhir.MappingIssue;

/** Small conversions every mapping uses: instants and dates at full precision, extensions, references, issues. */
final class Fhir {

    static final String UPDATED_BY = FhirSystems.extension("updated-by");
    static final String RECORDED_BY = FhirSystems.extension("recorded-by");

    private Fhir() {
    }

    static DateTimeType dateTime(Instant at) {
        DateTimeType t = new DateTimeType(Date.from(at), TemporalPrecisionEnum.MILLI);
        t.setTimeZoneZulu(true);
        return t;
    }

    static InstantType instant(Instant at) {
        InstantType t = new InstantType(Date.from(at), TemporalPrecisionEnum.MILLI);
        t.setTimeZoneZulu(true);
        return t;
    }

    static DateType date(LocalDate d) {
        return new DateType(d.toString());
    }

    static LocalDate localDate(org.hl7.fhir.r4.model.BaseDateTimeType t) {
        return LocalDate.parse(t.getValueAsString().substring(0, 10));
    }

    /** Millisecond precision on both sides, so instants survive the round trip exactly. */
    static Instant instantOf(org.hl7.fhir.r4.model.BaseDateTimeType t) {
        return t.getValue().toInstant();
    }

    static Reference patientRef(PatientId patient) {
        return new Reference("Patient/" + patient.asString());
    }

    static Reference userRef(String userId) {
        return new Reference().setIdentifier(new Identifier().setSystem(FhirSystems.USER).setValue(userId)).setDisplay(userId);
    }

    static Extension string(String url, String value) {
        return new Extension(url, new StringType(value));
    }

    static void addString(DomainResource r, String url, String value) {
        r.addExtension(string(url, value));
    }

    static Optional<String> stringExt(DomainResource r, String url) {
        return first(r.getExtensionsByUrl(url));
    }

    static Optional<String> stringExt(org.hl7.fhir.r4.model.Element r, String url) {
        return first(r.getExtensionsByUrl(url));
    }

    private static Optional<String> first(List<Extension> found) {
        return found.stream().filter(e -> e.getValue() != null).map(e -> e.getValue().primitiveValue()).findFirst();
    }

    static List<String> stringExts(DomainResource r, String url) {
        List<String> out = new ArrayList<>();
        for (Extension e : r.getExtensionsByUrl(url)) {
            if (e.getValue() != null) {
                out.add(e.getValue().primitiveValue());
            }
        }
        return out;
    }

    static org.hl7.fhir.r4.model.Coding coding(Coding c) {
        org.hl7.fhir.r4.model.Coding out = new org.hl7.fhir.r4.model.Coding().setSystem(c.system()).setCode(c.code());
        c.displayText().ifPresent(out::setDisplay);
        return out;
    }

    static CodeableConcept concept(Coding c) {
        return new CodeableConcept().addCoding(coding(c));
    }

    static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding(system, code, display));
    }

    static Coding medcoord(org.hl7.fhir.r4.model.Coding c) {
        return new Coding(c.getSystem(), c.getCode(), c.getDisplay());
    }

    /** The id part of a reference such as {@code Patient/0190...} (or {@code urn:uuid:...}). */
    static Optional<String> idOf(Reference ref, String type) {
        if (ref == null || !ref.hasReference()) {
            return Optional.empty();
        }
        String r = ref.getReference();
        if (r.startsWith(type + "/")) {
            return Optional.of(r.substring(type.length() + 1));
        }
        if (r.startsWith("urn:uuid:")) {
            return Optional.of(r.substring("urn:uuid:".length()));
        }
        return Optional.empty();
    }

    static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String idPart(Resource r) {
        return r.getIdElement().getIdPart();
    }

    static long version(Resource r) {
        String v = r.getMeta().getVersionId();
        try {
            return v == null ? 0 : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static void meta(Resource r, String id, long version, Optional<Instant> updated) {
        r.setId(id);
        if (version > 0) {
            r.getMeta().setVersionId(Long.toString(version));
        }
        updated.ifPresent(at -> r.getMeta().setLastUpdatedElement(instant(at)));
    }

    static MappingIssue error(String resource, String path, String code, String message) {
        return new MappingIssue(MappingIssue.Severity.ERROR, resource, path, code, message);
    }

    static MappingIssue warning(String resource, String path, String code, String message) {
        return new MappingIssue(MappingIssue.Severity.WARNING, resource, path, code, message);
    }
}
