package org.medcoord.fhir.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.AllergyIntolerance.AllergyIntoleranceSeverity;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.FamilyMemberHistory;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.medcoord.core.PatientId;
import org.medcoord.core.code.Coding;
import org.medcoord.fhir.FhirSystems;
import org.medcoord.fhir.MappingIssue;
import org.medcoord.records.EntrySource;
import org.medcoord.records.EntryStatus;
import org.medcoord.records.HistoryEntry;
import org.medcoord.records.HistoryEntryId;
import org.medcoord.records.HistoryItem;
import org.medcoord.records.Provenance;
import org.medcoord.records.SensitiveCategory;

/**
 * History entries both ways: allergies (AllergyIntolerance), problems (Condition), reported medications
 * (MedicationStatement), surgeries (Procedure), family history (FamilyMemberHistory), social history
 * (Observation, category social-history) and immunizations (Immunization), each with its provenance.
 */
final class HistoryMapping {

    static final String RECORDED_AT = FhirSystems.extension("recorded-at");
    static final String ENTRY_SOURCE = FhirSystems.extension("entry-source");
    static final String ENTRY_STATUS = FhirSystems.extension("entry-status");
    static final String ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";
    static final String ALLERGY_VERIFICATION = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";
    static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String UNSPECIFIED = "unspecified-reaction";

    private HistoryMapping() {
    }

    // ---------------------------------------------------------------- MedCoord -> FHIR

    static DomainResource toFhir(HistoryEntry e) {
        DomainResource r = item(e.item(), e.status(), e.patient(), e.provenance().recordedAt());
        Fhir.meta(r, e.id().asString(), e.version(), Optional.ofNullable(e.updatedAt()));
        for (SensitiveCategory c : e.sensitivity()) {
            r.getMeta().addSecurity(ACT_CODE, securityCode(c), null);
        }
        r.addExtension(Fhir.string(Fhir.UPDATED_BY, e.updatedBy()));
        provenanceExtensions(r, e.provenance());
        r.addExtension(new Extension(ENTRY_STATUS, new CodeType(e.status().name())));
        return r;
    }

    static void provenanceExtensions(DomainResource r, Provenance p) {
        r.addExtension(Fhir.string(Fhir.RECORDED_BY, p.recordedBy()));
        r.addExtension(new Extension(RECORDED_AT, Fhir.dateTime(p.recordedAt())));
        r.addExtension(new Extension(ENTRY_SOURCE, new CodeType(p.source().name())));
    }

    /** The resource an item becomes, without MedCoord's metadata. */
    static DomainResource item(HistoryItem item, EntryStatus status, PatientId patient, Instant recordedAt) {
        boolean error = status == EntryStatus.ENTERED_IN_ERROR;
        Reference subject = Fhir.patientRef(patient);
            if (item instanceof HistoryItem.Allergy a) {
                var r = new AllergyIntolerance().setPatient(subject).setCode(Fhir.concept(a.substance()));
                r.setRecordedDateElement(Fhir.dateTime(recordedAt));
                if (error) {
                    r.setVerificationStatus(Fhir.concept(ALLERGY_VERIFICATION, "entered-in-error", "Entered in Error"));
                } else {
                    r.setClinicalStatus(Fhir.concept(ALLERGY_CLINICAL, clinical(status), null));
                    r.setVerificationStatus(Fhir.concept(ALLERGY_VERIFICATION, "confirmed", "Confirmed"));
                }
                if (!a.reaction().isEmpty() || a.severity() != null) {
                    var reaction = r.addReaction();
                    reaction.addManifestation(a.reaction().isEmpty()
                            ? Fhir.concept(FhirSystems.CODES, UNSPECIFIED, "reaction not stated")
                            : new CodeableConcept().setText(a.reaction()));
                    if (a.severity() != null) {
                        reaction.setSeverity(switch (a.severity()) {
                            case MILD -> AllergyIntoleranceSeverity.MILD;
                            case MODERATE -> AllergyIntoleranceSeverity.MODERATE;
                            case SEVERE -> AllergyIntoleranceSeverity.SEVERE;
                        });
                    }
                }
                return r;
            } else if (item instanceof HistoryItem.Problem p) {
                var r = new Condition().setSubject(subject).setCode(Fhir.concept(p.condition()));
                r.addCategory(Fhir.concept(CONDITION_CATEGORY, "problem-list-item", "Problem List Item"));
                r.setRecordedDateElement(Fhir.dateTime(recordedAt));
                if (error) {
                    r.setVerificationStatus(Fhir.concept(CONDITION_VERIFICATION, "entered-in-error", "Entered in Error"));
                } else {
                    r.setClinicalStatus(Fhir.concept(CONDITION_CLINICAL, clinical(status), null));
                    r.setVerificationStatus(Fhir.concept(CONDITION_VERIFICATION, "confirmed", "Confirmed"));
                }
                if (p.onset() != null) {
                    r.setOnset(new DateTimeType(p.onset().toString()));
                }
                return r;
            } else if (item instanceof HistoryItem.Medication m) {
                var r = new MedicationStatement().setSubject(subject).setMedication(Fhir.concept(m.drug()));
                r.setStatus(switch (status) {
                    case ACTIVE -> MedicationStatement.MedicationStatementStatus.ACTIVE;
                    case INACTIVE -> MedicationStatement.MedicationStatementStatus.STOPPED;
                    case RESOLVED -> MedicationStatement.MedicationStatementStatus.COMPLETED;
                    case ENTERED_IN_ERROR -> MedicationStatement.MedicationStatementStatus.ENTEREDINERROR;
                });
                r.setDateAssertedElement(Fhir.dateTime(recordedAt));
                if (!m.dosage().isEmpty()) {
                    r.addDosage().setText(m.dosage());
                }
                return r;
            } else if (item instanceof HistoryItem.Surgery s) {
                var r = new Procedure().setSubject(subject);
                r.setStatus(error ? Procedure.ProcedureStatus.ENTEREDINERROR : Procedure.ProcedureStatus.COMPLETED);
                CodeableConcept code = s.code() == null ? new CodeableConcept() : Fhir.concept(s.code());
                if (!s.procedure().isEmpty()) {
                    code.setText(s.procedure());
                }
                r.setCode(code);
                if (s.performed() != null) {
                    r.setPerformed(new DateTimeType(s.performed().toString()));
                }
                return r;
            } else if (item instanceof HistoryItem.FamilyHistory f) {
                var r = new FamilyMemberHistory().setPatient(subject);
                r.setStatus(error ? FamilyMemberHistory.FamilyHistoryStatus.ENTEREDINERROR
                        : FamilyMemberHistory.FamilyHistoryStatus.COMPLETED);
                r.setRelationship(new CodeableConcept().setText(f.relationship().isEmpty() ? null : f.relationship()));
                if (f.condition() != null) {
                    r.addCondition().setCode(Fhir.concept(f.condition()));
                }
                r.setDateElement(Fhir.dateTime(recordedAt));
                return r;
            } else if (item instanceof HistoryItem.SocialHistory s) {
                var r = new Observation().setSubject(subject);
                r.setStatus(error ? Observation.ObservationStatus.ENTEREDINERROR : Observation.ObservationStatus.FINAL);
                r.addCategory(Fhir.concept(OBSERVATION_CATEGORY, "social-history", "Social History"));
                CodeableConcept code = new CodeableConcept();
                if (s.topic() == HistoryItem.SocialTopic.TOBACCO) {
                    code.addCoding(new org.hl7.fhir.r4.model.Coding(FhirSystems.LOINC, "72166-2", "Tobacco smoking status"));
                } else if (s.topic() == HistoryItem.SocialTopic.ALCOHOL) {
                    code.addCoding(new org.hl7.fhir.r4.model.Coding(FhirSystems.LOINC, "11331-6", "History of Alcohol use"));
                }
                code.addCoding(new org.hl7.fhir.r4.model.Coding(FhirSystems.CODES, "social-" + s.topic().name(), null));
                r.setCode(code);
                r.setIssuedElement(Fhir.instant(recordedAt));
                if (!s.detail().isEmpty()) {
                    r.setValue(new StringType(s.detail()));
                }
                return r;
            } else if (item instanceof HistoryItem.Immunization i) {
                var r = new Immunization().setPatient(subject).setVaccineCode(Fhir.concept(i.vaccine()));
                r.setStatus(error ? Immunization.ImmunizationStatus.ENTEREDINERROR : Immunization.ImmunizationStatus.COMPLETED);
                r.setOccurrence(i.administered() == null ? new DateTimeType(recordedAt.toString().substring(0, 10))
                        : new DateTimeType(i.administered().toString()));
                if (i.administered() == null) {
                    r.addExtension(new Extension(FhirSystems.extension("administered-unknown"), new org.hl7.fhir.r4.model.BooleanType(true)));
                }
                if (!i.lotNumber().isEmpty()) {
                    r.setLotNumber(i.lotNumber());
                }
                r.setRecordedElement(Fhir.dateTime(recordedAt));
                return r;
            }
            throw new IllegalArgumentException("unknown history item");
    }

    private static String clinical(EntryStatus s) {
        return switch (s) {
            case ACTIVE -> "active";
            case INACTIVE -> "inactive";
            case RESOLVED -> "resolved";
            case ENTERED_IN_ERROR -> throw new IllegalArgumentException("entered in error has no clinical status");
        };
    }

    static String securityCode(SensitiveCategory c) {
        return switch (c) {
            case SUBSTANCE_USE -> "ETH";
            case MENTAL_HEALTH -> "PSY";
            case HIV -> "HIV";
            case REPRODUCTIVE_HEALTH -> "SEX";
        };
    }

    /** The FHIR Provenance of an entry: who recorded it, when, and on whose word. */
    static org.hl7.fhir.r4.model.Provenance provenance(HistoryEntry e, String targetType) {
        var r = new org.hl7.fhir.r4.model.Provenance();
        r.setId("prov-" + e.id().asString());
        r.addTarget(new Reference(targetType + "/" + e.id().asString()));
        r.setRecordedElement(Fhir.instant(e.provenance().recordedAt()));
        r.setActivity(Fhir.concept("http://terminology.hl7.org/CodeSystem/v3-DataOperation", "CREATE", "create"));
        var agent = r.addAgent();
        agent.setWho(Fhir.userRef(e.provenance().recordedBy()));
        agent.setType(switch (e.provenance().source()) {
            case CLINICIAN -> Fhir.concept("http://terminology.hl7.org/CodeSystem/provenance-participant-type", "author", "Author");
            case PATIENT_REPORTED -> Fhir.concept("http://terminology.hl7.org/CodeSystem/provenance-participant-type", "informant", "Informant");
            case IMPORTED -> Fhir.concept("http://terminology.hl7.org/CodeSystem/provenance-participant-type", "assembler", "Assembler");
        });
        var entity = r.addEntity();
        entity.setRole(org.hl7.fhir.r4.model.Provenance.ProvenanceEntityRole.SOURCE);
        entity.setWhat(new Reference().setDisplay(sourceLabel(e.provenance().source())));
        r.addPolicy(FhirSystems.BASE + "/provenance/" + e.provenance().source().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return r;
    }

    private static String sourceLabel(EntrySource s) {
        return switch (s) {
            case CLINICIAN -> "established by a clinician";
            case PATIENT_REPORTED -> "reported by the patient";
            case IMPORTED -> "imported from another system";
        };
    }

    /** A Provenance back: who, when and the source. */
    static Optional<Provenance> provenance(org.hl7.fhir.r4.model.Provenance r, List<MappingIssue> issues) {
        String who = r.getAgent().isEmpty() ? null : r.getAgentFirstRep().getWho().getIdentifier().getValue();
        Optional<EntrySource> source = r.getPolicy().stream().map(u -> u.getValue())
                .filter(u -> u.startsWith(FhirSystems.BASE + "/provenance/"))
                .map(u -> u.substring((FhirSystems.BASE + "/provenance/").length()).toUpperCase(java.util.Locale.ROOT).replace('-', '_'))
                .map(HistoryMapping::source).flatMap(Optional::stream).findFirst();
        if (who == null || !r.hasRecorded() || source.isEmpty()) {
            issues.add(Fhir.error("Provenance", "Provenance.agent", "MC-FHIR-011", "a provenance needs an agent, a recorded time and a MedCoord source policy"));
            return Optional.empty();
        }
        return Optional.of(new Provenance(who, r.getRecorded().toInstant(), source.get()));
    }

    private static Optional<EntrySource> source(String name) {
        try {
            return Optional.of(EntrySource.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- FHIR -> MedCoord

    /** The FHIR resource types a history item comes from. */
    static final Set<String> TYPES = Set.of("AllergyIntolerance", "Condition", "MedicationStatement", "MedicationRequest", "Procedure",
            "FamilyMemberHistory", "Immunization", "Observation");

    /** The entry a resource this mapping wrote describes, with MedCoord's metadata. */
    static Optional<HistoryEntry> fromFhir(DomainResource r, List<MappingIssue> issues) {
        String where = r.fhirType();
        Optional<HistoryItem> item = item(r, issues);
        Optional<java.util.UUID> id = Fhir.uuid(Fhir.idPart(r) == null ? "" : Fhir.idPart(r));
        Optional<PatientId> patient = patientOf(r).flatMap(ref -> Fhir.idOf(ref, "Patient")).flatMap(Fhir::uuid).map(PatientId::new);
        Optional<String> by = Fhir.stringExt(r, Fhir.RECORDED_BY);
        var atExt = r.getExtensionByUrl(RECORDED_AT);
        Optional<EntrySource> source = Fhir.stringExt(r, ENTRY_SOURCE).flatMap(HistoryMapping::source);
        if (id.isEmpty()) {
            issues.add(Fhir.error(where, where + ".id", "MC-FHIR-010", "not a MedCoord entry id (a UUID)"));
        }
        if (patient.isEmpty()) {
            issues.add(Fhir.error(where, where + ".subject", "MC-FHIR-011", "the entry names no MedCoord patient"));
        }
        if (by.isEmpty() || atExt == null || source.isEmpty()) {
            issues.add(Fhir.error(where, where + ".extension", "MC-FHIR-011", "MedCoord's provenance extensions are missing"));
        }
        if (item.isEmpty() || id.isEmpty() || patient.isEmpty() || by.isEmpty() || atExt == null || source.isEmpty()) {
            return Optional.empty();
        }
        EntryStatus status = Fhir.stringExt(r, ENTRY_STATUS).map(EntryStatus::valueOf).orElseGet(() -> status(r));
        Set<SensitiveCategory> sensitivity = EnumSet.noneOf(SensitiveCategory.class);
        for (var s : r.getMeta().getSecurity()) {
            for (SensitiveCategory c : SensitiveCategory.values()) {
                if (ACT_CODE.equals(s.getSystem()) && securityCode(c).equals(s.getCode())) {
                    sensitivity.add(c);
                }
            }
        }
        Instant at = ((DateTimeType) atExt.getValue()).getValue().toInstant();
        return Optional.of(new HistoryEntry(new HistoryEntryId(id.get()), Fhir.version(r), patient.get(), item.get(), status,
                new Provenance(by.get(), at, source.get()),
                r.getMeta().hasLastUpdated() ? r.getMeta().getLastUpdated().toInstant() : null,
                Fhir.stringExt(r, Fhir.UPDATED_BY).orElse(null), sensitivity));
    }

    static Optional<Reference> patientOf(DomainResource r) {
        if (r instanceof AllergyIntolerance a) {
            return Optional.of(a.getPatient());
        } else if (r instanceof Condition c) {
            return Optional.of(c.getSubject());
        } else if (r instanceof MedicationStatement m) {
            return Optional.of(m.getSubject());
        } else if (r instanceof MedicationRequest m) {
            return Optional.of(m.getSubject());
        } else if (r instanceof Procedure p) {
            return Optional.of(p.getSubject());
        } else if (r instanceof FamilyMemberHistory f) {
            return Optional.of(f.getPatient());
        } else if (r instanceof Immunization i) {
            return Optional.of(i.getPatient());
        } else if (r instanceof Observation o) {
            return Optional.of(o.getSubject());
        }
        return Optional.empty();
    }

    /** The status a resource states in FHIR terms. */
    static EntryStatus status(DomainResource r) {
        String code = "active";
        if (r instanceof AllergyIntolerance a) {
            code = "entered-in-error".equals(a.getVerificationStatus().getCodingFirstRep().getCode()) ? "entered-in-error"
                    : a.getClinicalStatus().getCodingFirstRep().getCode();
        } else if (r instanceof Condition c) {
            code = "entered-in-error".equals(c.getVerificationStatus().getCodingFirstRep().getCode()) ? "entered-in-error"
                    : c.getClinicalStatus().getCodingFirstRep().getCode();
        } else if (r instanceof MedicationStatement m && m.hasStatus()) {
            code = switch (m.getStatus()) {
                case STOPPED, NOTTAKEN, ONHOLD -> "inactive";
                case COMPLETED -> "resolved";
                case ENTEREDINERROR -> "entered-in-error";
                default -> "active";
            };
        } else if (r instanceof MedicationRequest m && m.hasStatus()) {
            code = switch (m.getStatus()) {
                case STOPPED, CANCELLED, ONHOLD -> "inactive";
                case COMPLETED -> "resolved";
                case ENTEREDINERROR -> "entered-in-error";
                default -> "active";
            };
        } else if (r instanceof Procedure p && p.getStatus() == Procedure.ProcedureStatus.ENTEREDINERROR
                || r instanceof FamilyMemberHistory f && f.getStatus() == FamilyMemberHistory.FamilyHistoryStatus.ENTEREDINERROR
                || r instanceof Immunization i && i.getStatus() == Immunization.ImmunizationStatus.ENTEREDINERROR
                || r instanceof Observation o && o.getStatus() == Observation.ObservationStatus.ENTEREDINERROR) {
            code = "entered-in-error";
        }
        if (code == null) {
            return EntryStatus.ACTIVE;
        }
        return switch (code) {
            case "inactive" -> EntryStatus.INACTIVE;
            case "resolved", "remission" -> EntryStatus.RESOLVED;
            case "entered-in-error" -> EntryStatus.ENTERED_IN_ERROR;
            default -> EntryStatus.ACTIVE;
        };
    }

    /** What a resource says, as a history item; errors for what is missing or coded in an unexpected system. */
    static Optional<HistoryItem> item(DomainResource r, List<MappingIssue> issues) {
        String t = r.fhirType();
        int before = issues.size();
        HistoryItem item = itemOf(r, t, issues);
        return issues.size() > before && issues.subList(before, issues.size()).stream()
                .anyMatch(i -> i.severity() == MappingIssue.Severity.ERROR) ? Optional.empty() : Optional.ofNullable(item);
    }

    private static HistoryItem itemOf(DomainResource r, String t, List<MappingIssue> issues) {
        if (r instanceof AllergyIntolerance a) {
            Coding substance = code(a.getCode(), t + ".code", Set.of(), issues);
            String reaction = "";
            HistoryItem.Severity severity = null;
            if (a.hasReaction()) {
                var first = a.getReactionFirstRep();
                CodeableConcept m = first.getManifestationFirstRep();
                boolean unspecified = m.getCoding().stream().anyMatch(c -> FhirSystems.CODES.equals(c.getSystem())
                        && UNSPECIFIED.equals(c.getCode()));
                reaction = unspecified ? "" : m.getText() != null ? m.getText()
                        : m.getCodingFirstRep().getDisplay() != null ? m.getCodingFirstRep().getDisplay() : "";
                if (first.hasSeverity()) {
                    severity = switch (first.getSeverity()) {
                        case MILD -> HistoryItem.Severity.MILD;
                        case MODERATE -> HistoryItem.Severity.MODERATE;
                        default -> HistoryItem.Severity.SEVERE;
                    };
                }
            }
            return substance == null ? null : new HistoryItem.Allergy(substance, reaction, severity);
        } else if (r instanceof Condition c) {
            Coding condition = code(c.getCode(), t + ".code", Set.of(FhirSystems.ICD_10_CM), issues);
            java.time.LocalDate onset = c.hasOnsetDateTimeType() ? Fhir.localDate(c.getOnsetDateTimeType()) : null;
            return condition == null ? null : new HistoryItem.Problem(condition, onset);
        } else if (r instanceof MedicationStatement m) {
            Coding drug = m.hasMedicationCodeableConcept()
                    ? code(m.getMedicationCodeableConcept(), t + ".medicationCodeableConcept", Set.of(FhirSystems.RXNORM, FhirSystems.NDC), issues)
                    : missing(t, t + ".medication[x]", "a medication code (RxNorm or NDC)", issues);
            String dosage = m.hasDosage() && m.getDosageFirstRep().hasText() ? m.getDosageFirstRep().getText() : "";
            return drug == null ? null : new HistoryItem.Medication(drug, dosage);
        } else if (r instanceof MedicationRequest m) {
            Coding drug = m.hasMedicationCodeableConcept()
                    ? code(m.getMedicationCodeableConcept(), t + ".medicationCodeableConcept", Set.of(FhirSystems.RXNORM, FhirSystems.NDC), issues)
                    : missing(t, t + ".medication[x]", "a medication code (RxNorm or NDC)", issues);
            String dosage = m.hasDosageInstruction() && m.getDosageInstructionFirstRep().hasText()
                    ? m.getDosageInstructionFirstRep().getText() : "";
            return drug == null ? null : new HistoryItem.Medication(drug, dosage);
        } else if (r instanceof Procedure p) {
            Coding code = p.getCode().hasCoding() ? Fhir.medcoord(p.getCode().getCodingFirstRep()) : null;
            String text = p.getCode().getText() == null ? "" : p.getCode().getText();
            if (code == null && text.isEmpty()) {
                missing(t, t + ".code", "a procedure code or text", issues);
            }
            java.time.LocalDate performed = p.hasPerformedDateTimeType() ? Fhir.localDate(p.getPerformedDateTimeType()) : null;
            return code == null && text.isEmpty() ? null : new HistoryItem.Surgery(text, code, performed);
        } else if (r instanceof FamilyMemberHistory f) {
            String relationship = f.getRelationship().getText() != null ? f.getRelationship().getText()
                    : f.getRelationship().getCodingFirstRep().getDisplay() != null ? f.getRelationship().getCodingFirstRep().getDisplay()
                    : f.getRelationship().getCodingFirstRep().getCode();
            Coding condition = f.hasCondition() ? code(f.getConditionFirstRep().getCode(), t + ".condition.code", Set.of(), issues)
                    : missing(t, t + ".condition", "the relative's condition", issues);
            return condition == null ? null : new HistoryItem.FamilyHistory(relationship == null ? "" : relationship, condition);
        } else if (r instanceof Immunization i) {
            Coding vaccine = code(i.getVaccineCode(), t + ".vaccineCode", Set.of(), issues);
            boolean unknown = i.getExtensionByUrl(FhirSystems.extension("administered-unknown")) != null;
            java.time.LocalDate given = !unknown && i.hasOccurrenceDateTimeType() ? Fhir.localDate(i.getOccurrenceDateTimeType()) : null;
            if (!unknown && given == null) {
                missing(t, t + ".occurrence[x]", "when the vaccine was given", issues);
            }
            return vaccine == null ? null : new HistoryItem.Immunization(vaccine, given, i.getLotNumber());
        } else if (r instanceof Observation o) {
            HistoryItem.SocialTopic topic = o.getCode().getCoding().stream()
                    .filter(c -> FhirSystems.CODES.equals(c.getSystem()) && c.getCode() != null && c.getCode().startsWith("social-"))
                    .map(c -> HistoryItem.SocialTopic.valueOf(c.getCode().substring("social-".length()))).findFirst()
                    .orElseGet(() -> o.getCode().getCoding().stream().filter(c -> FhirSystems.LOINC.equals(c.getSystem()))
                            .map(c -> switch (c.getCode()) {
                                case "72166-2" -> HistoryItem.SocialTopic.TOBACCO;
                                case "11331-6" -> HistoryItem.SocialTopic.ALCOHOL;
                                default -> null;
                            }).filter(x -> x != null).findFirst().orElse(null));
            if (topic == null) {
                issues.add(Fhir.error(t, t + ".code", "MC-FHIR-012", "not a vital sign or social history observation MedCoord knows"));
            }
            String detail = o.hasValueStringType() ? o.getValueStringType().getValue()
                    : o.hasValueCodeableConcept() ? o.getValueCodeableConcept().getText() != null ? o.getValueCodeableConcept().getText()
                    : o.getValueCodeableConcept().getCodingFirstRep().getDisplay() : "";
            return topic == null ? null : new HistoryItem.SocialHistory(topic, detail);
        } else {
            issues.add(Fhir.error(t, t, "MC-FHIR-020", "MedCoord keeps no history entry of this resource type"));
            return null;
        }
    }

    private static Coding missing(String resource, String path, String what, List<MappingIssue> issues) {
        issues.add(Fhir.error(resource, path, "MC-FHIR-011", "missing " + what));
        return null;
    }

    /** The first coding of a concept, from one of {@code systems} (any system when empty). */
    static Coding code(CodeableConcept c, String path, Set<String> systems, List<MappingIssue> issues) {
        String resource = path.substring(0, path.indexOf('.'));
        if (c == null || !c.hasCoding()) {
            issues.add(Fhir.error(resource, path, "MC-FHIR-011", "missing a coded value"));
            return null;
        }
        for (var coding : c.getCoding()) {
            if (coding.hasSystem() && coding.hasCode() && (systems.isEmpty() || systems.contains(coding.getSystem()))) {
                return Fhir.medcoord(coding);
            }
        }
        issues.add(Fhir.error(resource, path, "MC-FHIR-012", systems.isEmpty() ? "a coding needs a system and a code"
                : "no coding in an accepted system " + new java.util.TreeSet<>(systems)));
        return null;
    }

    static String targetType(org.medcoord.records.HistoryKind kind) {
        return switch (kind) {
            case ALLERGY -> "AllergyIntolerance";
            case PROBLEM -> "Condition";
            case MEDICATION -> "MedicationStatement";
            case SURGERY -> "Procedure";
            case FAMILY -> "FamilyMemberHistory";
            case SOCIAL -> "Observation";
            case IMMUNIZATION -> "Immunization";
        };
    }
}
