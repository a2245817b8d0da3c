package org.medcoord.fhir.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Address.AddressUse;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointUse;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.HumanName.NameUse;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Identifier.IdentifierUse;
import org.hl7.fhir.r4.model.Patient.ContactComponent;
import org.hl7.fhir.r4.model.Patient.LinkType;
import org.hl7.fhir.r4.model.StringType;
import org.medcoord.core.PatientId;
import org.medcoord.fhir.FhirSystems;
import org.medcoord.fhir.MappingIssue;
import org.medcoord.records.Address;
import org.medcoord.records.AdministrativeSex;
import org.medcoord.records.ContactPoint;
import org.medcoord.records.Demographics;
import org.medcoord.records.ExternalIdentifier;
import org.medcoord.records.Patient;
import org.medcoord.records.PatientStatus;
import org.medcoord.records.PersonName;
import org.medcoord.records.RelatedPerson;

/** Patient both ways: identifiers (MRN, merged MRNs, external ones), names, telecom, address, language, contacts. */
final class PatientMapping {

    static final String GENDER_IDENTITY = "http://hl7.org/fhir/StructureDefinition/patient-genderIdentity";
    static final String FACILITY = FhirSystems.extension("facility");
    static final String V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203";
    static final String V2_0131 = "http://terminology.hl7.org/CodeSystem/v2-0131";
    static final String V3_ROLE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";
    static final String CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
    static final String BCP47 = "urn:ietf:bcp:47";

    static final String NAMED_SYSTEM = FhirSystems.BASE + "/sid/named/";

    /** The codes of R4's CommonLanguages value set (http://hl7.org/fhir/ValueSet/languages). */
    static final java.util.Set<String> COMMON_LANGUAGES = java.util.Set.of("ar", "bn", "cs", "da", "de", "de-AT", "de-CH", "de-DE", "el",
            "en", "en-AU", "en-CA", "en-GB", "en-IN", "en-NZ", "en-SG", "en-US", "es", "es-AR", "es-ES", "es-UY", "fi", "fr", "fr-BE",
            "fr-CH", "fr-FR", "fy", "fy-NL", "hi", "hr", "it", "it-CH", "it-IT", "ja", "ko", "nl", "nl-BE", "nl-NL", "no", "no-NO", "pa",
            "pl", "pt", "pt-BR", "ru", "ru-RU", "sr", "sr-RS", "sv", "sv-SE", "te", "zh", "zh-CN", "zh-HK", "zh-SG", "zh-TW");

    private PatientMapping() {
    }

    /** FHIR identifier systems are absolute URIs; a system known only by name goes under MedCoord's base. */
    static String identifierSystem(String system) {
        return system.matches("[A-Za-z][A-Za-z0-9+.-]*:.*") ? system
                : NAMED_SYSTEM + java.net.URLEncoder.encode(system, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String systemName(String uri) {
        return uri != null && uri.startsWith(NAMED_SYSTEM)
                ? java.net.URLDecoder.decode(uri.substring(NAMED_SYSTEM.length()), java.nio.charset.StandardCharsets.UTF_8) : uri;
    }

    static org.hl7.fhir.r4.model.Patient toFhir(Patient p) {
        var r = new org.hl7.fhir.r4.model.Patient();
        Fhir.meta(r, p.id().asString(), p.version(), Optional.ofNullable(p.updatedAt()));
        if (p.updatedBy() != null) {
            Fhir.addString(r, Fhir.UPDATED_BY, p.updatedBy());
        }
        if (p.facility() != null) {
            Fhir.addString(r, FACILITY, p.facility());
        }
        if (p.restricted()) {
            r.getMeta().addSecurity(CONFIDENTIALITY, "R", "restricted");
        }
        if (p.mrn() != null) {
            r.addIdentifier(mrn(p.facility(), p.mrn(), IdentifierUse.USUAL));
        }
        for (String merged : p.mergedMrns()) {
            r.addIdentifier(mrn(p.facility(), merged, IdentifierUse.OLD));
        }
        for (ExternalIdentifier id : p.identifiers()) {
            r.addIdentifier().setUse(IdentifierUse.SECONDARY).setSystem(identifierSystem(id.system())).setValue(id.value());
        }
        r.setActive(p.status() == PatientStatus.ACTIVE);
        p.mergedInto().ifPresent(s -> r.addLink().setType(LinkType.REPLACEDBY).setOther(Fhir.patientRef(s)));
        demographics(r, p.demographics());
        return r;
    }

    private static Identifier mrn(String facility, String value, IdentifierUse use) {
        return new Identifier().setUse(use).setType(Fhir.concept(V2_0203, "MR", "Medical record number"))
                .setSystem(FhirSystems.mrnSystem(facility)).setValue(value);
    }

    static void demographics(org.hl7.fhir.r4.model.Patient r, Demographics d) {
        if (d.name() != null) {
            r.addName(name(d.name()).setUse(NameUse.OFFICIAL));
        }
        if (d.birthDate() != null) {
            r.setBirthDateElement(Fhir.date(d.birthDate()));
        }
        r.setGender(switch (d.sex()) {
            case FEMALE -> AdministrativeGender.FEMALE;
            case MALE -> AdministrativeGender.MALE;
            case OTHER -> AdministrativeGender.OTHER;
            case UNKNOWN -> AdministrativeGender.UNKNOWN;
        });
        if (d.genderIdentity() != null) {
            r.addExtension(GENDER_IDENTITY, new CodeableConcept().setText(d.genderIdentity()));
        }
        for (ContactPoint c : d.contacts()) {
            r.addTelecom().setSystem(c.system() == ContactPoint.Kind.PHONE ? ContactPointSystem.PHONE : ContactPointSystem.EMAIL)
                    .setValue(c.value()).setUse(switch (c.use()) {
                        case HOME -> ContactPointUse.HOME;
                        case WORK -> ContactPointUse.WORK;
                        case MOBILE -> ContactPointUse.MOBILE;
                    });
        }
        if (d.address() != null) {
            Address a = d.address();
            var out = r.addAddress().setUse(AddressUse.HOME);
            a.lines().forEach(out::addLine);
            out.setCity(a.city()).setState(a.state()).setPostalCode(a.postalCode()).setCountry(a.country());
        }
        if (d.preferredLanguage() != null) {
            // R4 binds the language (extensibly) to its common languages: another BCP 47 tag goes as text.
            CodeableConcept language = COMMON_LANGUAGES.contains(d.preferredLanguage())
                    ? new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding().setSystem(BCP47).setCode(d.preferredLanguage()))
                    : new CodeableConcept().setText(d.preferredLanguage());
            r.addCommunication().setPreferred(true).setLanguage(language);
        }
        for (RelatedPerson e : d.emergencyContacts()) {
            r.addContact(contact(e, V2_0131, "C", "Emergency Contact"));
        }
        if (d.guardian() != null) {
            r.addContact(contact(d.guardian(), V3_ROLE, "GUARD", "guardian"));
        }
    }

    private static HumanName name(PersonName n) {
        HumanName out = new HumanName();
        if (!n.family().isEmpty()) {
            out.setFamily(n.family());
        }
        n.given().forEach(out::addGiven);
        return out;
    }

    private static ContactComponent contact(RelatedPerson p, String system, String code, String display) {
        ContactComponent c = new ContactComponent();
        CodeableConcept rel = Fhir.concept(system, code, display);
        if (!p.relationship().isEmpty()) {
            rel.setText(p.relationship());
        }
        c.addRelationship(rel);
        c.setName(name(p.name()));
        if (!p.phone().isEmpty()) {
            c.addTelecom().setSystem(ContactPointSystem.PHONE).setValue(p.phone());
        }
        return c;
    }

    static Patient fromFhir(org.hl7.fhir.r4.model.Patient r, List<MappingIssue> issues) {
        String where = "Patient";
        Optional<java.util.UUID> id = Fhir.uuid(Fhir.idPart(r) == null ? "" : Fhir.idPart(r));
        if (id.isEmpty()) {
            issues.add(Fhir.error(where, "Patient.id", "MC-FHIR-010", "not a MedCoord patient id (a UUID)"));
        }
        String facility = Fhir.stringExt(r, FACILITY).orElse(null);
        String mrn = null;
        List<String> merged = new ArrayList<>();
        List<ExternalIdentifier> external = new ArrayList<>();
        for (Identifier i : r.getIdentifier()) {
            if (facility != null && FhirSystems.mrnSystem(facility).equals(i.getSystem())) {
                if (i.getUse() == IdentifierUse.OLD) {
                    merged.add(i.getValue());
                } else {
                    mrn = i.getValue();
                }
            } else {
                external.add(new ExternalIdentifier(systemName(i.getSystem()), i.getValue()));
            }
        }
        Demographics d = demographics(r, issues);
        Optional<PatientId> mergedInto = r.getLink().stream().filter(l -> l.getType() == LinkType.REPLACEDBY)
                .map(l -> Fhir.idOf(l.getOther(), "Patient").flatMap(Fhir::uuid)).flatMap(Optional::stream).findFirst().map(PatientId::new);
        PatientStatus status = r.getActive() ? PatientStatus.ACTIVE : mergedInto.isPresent() ? PatientStatus.MERGED : PatientStatus.INACTIVE;
        boolean restricted = r.getMeta().getSecurity().stream()
                .anyMatch(c -> CONFIDENTIALITY.equals(c.getSystem()) && "R".equals(c.getCode()));
        if (id.isEmpty()) {
            return null;
        }
        return new Patient(new PatientId(id.get()), Fhir.version(r), facility, mrn, d, external, status, mergedInto, merged,
                r.getMeta().hasLastUpdated() ? r.getMeta().getLastUpdated().toInstant() : null,
                Fhir.stringExt(r, Fhir.UPDATED_BY).orElse(null), restricted);
    }

    /** The demographics a FHIR Patient states; what they have no place for is reported by the caller's leftover check. */
    static Demographics demographics(org.hl7.fhir.r4.model.Patient r, List<MappingIssue> issues) {
        HumanName official = r.getName().stream().filter(n -> n.getUse() == NameUse.OFFICIAL).findFirst()
                .orElse(r.getName().isEmpty() ? null : r.getName().get(0));
        PersonName name = official == null ? null : personName(official);
        if (name == null) {
            issues.add(Fhir.error("Patient", "Patient.name", "MC-FHIR-011", "a patient needs a name"));
        }
        AdministrativeSex sex = switch (r.hasGender() ? r.getGender() : AdministrativeGender.UNKNOWN) {
            case FEMALE -> AdministrativeSex.FEMALE;
            case MALE -> AdministrativeSex.MALE;
            case OTHER -> AdministrativeSex.OTHER;
            default -> AdministrativeSex.UNKNOWN;
        };
        var gi = r.getExtensionByUrl(GENDER_IDENTITY);
        String genderIdentity = gi != null && gi.getValue() instanceof CodeableConcept cc ? cc.getText() : null;
        List<ContactPoint> contacts = new ArrayList<>();
        for (var t : r.getTelecom()) {
            ContactPoint.Kind kind = t.getSystem() == ContactPointSystem.PHONE ? ContactPoint.Kind.PHONE
                    : t.getSystem() == ContactPointSystem.EMAIL ? ContactPoint.Kind.EMAIL : null;
            if (kind == null) {
                issues.add(Fhir.warning("Patient", "Patient.telecom.system", "MC-FHIR-014", "only phone and email contacts are kept"));
                continue;
            }
            ContactPoint.Use use = t.getUse() == ContactPointUse.WORK ? ContactPoint.Use.WORK
                    : t.getUse() == ContactPointUse.MOBILE ? ContactPoint.Use.MOBILE : ContactPoint.Use.HOME;
            contacts.add(new ContactPoint(kind, t.getValue(), use));
        }
        Address address = null;
        if (r.hasAddress()) {
            var a = r.getAddress().get(0);
            address = new Address(a.getLine().stream().map(StringType::getValue).toList(), a.getCity(), a.getState(), a.getPostalCode(),
                    a.getCountry());
        }
        String language = r.getCommunication().stream()
                .sorted((x, y) -> Boolean.compare(y.getPreferred(), x.getPreferred()))
                .map(c -> c.getLanguage().getCoding().stream().filter(x -> BCP47.equals(x.getSystem()))
                        .map(org.hl7.fhir.r4.model.Coding::getCode).findFirst().orElse(c.getLanguage().getText()))
                .filter(l -> l != null).findFirst().orElse(null);
        List<RelatedPerson> emergency = new ArrayList<>();
        RelatedPerson guardian = null;
        for (ContactComponent c : r.getContact()) {
            boolean isGuardian = c.getRelationship().stream().flatMap(x -> x.getCoding().stream())
                    .anyMatch(x -> V3_ROLE.equals(x.getSystem()) && "GUARD".equals(x.getCode()));
            String relationship = c.getRelationship().stream().map(CodeableConcept::getText).filter(t -> t != null).findFirst().orElse("");
            String phone = c.getTelecom().stream().filter(t -> t.getSystem() == ContactPointSystem.PHONE)
                    .map(org.hl7.fhir.r4.model.ContactPoint::getValue).findFirst().orElse("");
            RelatedPerson p = new RelatedPerson(c.hasName() ? personName(c.getName()) : new PersonName("", List.of()), relationship, phone);
            if (isGuardian && guardian == null) {
                guardian = p;
            } else {
                emergency.add(p);
            }
        }
        return new Demographics(name, r.hasBirthDate() ? Fhir.localDate(r.getBirthDateElement()) : null, sex, genderIdentity, contacts,
                address, language, emergency, guardian);
    }

    private static PersonName personName(HumanName n) {
        return new PersonName(n.getFamily(), n.getGiven().stream().map(StringType::getValue).toList());
    }
}
