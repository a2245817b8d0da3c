package org.medcoord.fhir.internal;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Reference;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.audit.AuditEntry;
import org.medcoord.core.audit.AuditOutcome;
import org.medcoord.fhir.FhirSystems;
import org.medcoord.fhir.MappingIssue;

/**
 * Audit trail entries in the FHIR AuditEvent shape: when, who (agent, purpose of use, break-glass policy),
 * which patient and document (entities), what (action, data category, operation), outcome, and the entry's
 * place in the hash chain.
 */
final class AuditMapping {

    static final String SEQ = FhirSystems.extension("audit-sequence");
    static final String HASH = FhirSystems.extension("audit-hash");
    static final String ACTION = FhirSystems.extension("audit-action");
    static final String CATEGORY = FhirSystems.extension("data-category");
    static final String ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason";
    static final String BREAK_GLASS = "urn:medcoord:break-glass:";

    private AuditMapping() {
    }

    static AuditEvent toFhir(AuditEntry entry) {
        var e = entry.event();
        var r = new AuditEvent();
        r.setId("audit-" + entry.seq());
        r.setType(new org.hl7.fhir.r4.model.Coding("http://terminology.hl7.org/CodeSystem/audit-event-type", "rest", "RESTful Operation"));
        r.addSubtype(new org.hl7.fhir.r4.model.Coding(FhirSystems.CODES, e.source(), null));
        r.setAction(switch (e.action()) {
            case CREATE -> AuditEvent.AuditEventAction.C;
            case READ, EXPORT, DISCLOSE -> AuditEvent.AuditEventAction.R;
            case UPDATE -> AuditEvent.AuditEventAction.U;
            case DELETE -> AuditEvent.AuditEventAction.D;
            case SEARCH, ADMINISTER -> AuditEvent.AuditEventAction.E;
        });
        r.setRecordedElement(Fhir.instant(e.at()));
        r.setOutcome(switch (e.outcome()) {
            case SUCCESS -> AuditEvent.AuditEventOutcome._0;
            case DENIED -> AuditEvent.AuditEventOutcome._4;
            case FAILURE -> AuditEvent.AuditEventOutcome._8;
        });
        if (!e.detail().isEmpty()) {
            r.setOutcomeDesc(e.detail());
        }
        r.addPurposeOfEvent(Fhir.concept(ACT_REASON, e.purpose().code(), null));
        var agent = r.addAgent();
        agent.setWho(Fhir.userRef(e.userId())).setRequestor(true);
        agent.addPurposeOfUse(Fhir.concept(ACT_REASON, e.purpose().code(), null));
        e.breakGlass().ifPresent(g -> agent.addPolicy(BREAK_GLASS + g));
        r.getSource().setSite("medcoord").setObserver(new Reference().setDisplay("MedCoord"));
        e.patient().ifPresent(p -> r.addEntity().setWhat(Fhir.patientRef(p))
                .setType(new org.hl7.fhir.r4.model.Coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", "1", "Person")));
        if (!e.subject().isEmpty()) {
            r.addEntity().setWhat(new Reference().setDisplay(e.subject()))
                    .setType(new org.hl7.fhir.r4.model.Coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", "2", "System Object"));
        }
        r.addExtension(Fhir.string(SEQ, Long.toString(entry.seq())));
        r.addExtension(Fhir.string(HASH, entry.hash()));
        r.addExtension(Fhir.string(ACTION, e.action().name()));
        r.addExtension(Fhir.string(CATEGORY, e.category().name()));
        return r;
    }

    static Optional<AuditEntry> fromFhir(AuditEvent r, List<MappingIssue> issues) {
        Optional<String> seq = Fhir.stringExt(r, SEQ);
        Optional<String> hash = Fhir.stringExt(r, HASH);
        Optional<String> action = Fhir.stringExt(r, ACTION);
        Optional<String> category = Fhir.stringExt(r, CATEGORY);
        if (seq.isEmpty() || hash.isEmpty() || action.isEmpty() || category.isEmpty() || r.getAgent().isEmpty() || !r.hasRecorded()) {
            issues.add(Fhir.error("AuditEvent", "AuditEvent.extension", "MC-FHIR-011", "not an audit event MedCoord wrote"));
            return Optional.empty();
        }
        var agent = r.getAgentFirstRep();
        String purposeCode = agent.getPurposeOfUseFirstRep().getCodingFirstRep().getCode();
        PurposeOfUse purpose = java.util.Arrays.stream(PurposeOfUse.values()).filter(p -> p.code().equals(purposeCode)).findFirst()
                .orElse(null);
        if (purpose == null) {
            issues.add(Fhir.error("AuditEvent", "AuditEvent.agent.purposeOfUse", "MC-FHIR-012", "an HL7 v3 ActReason MedCoord knows"));
            return Optional.empty();
        }
        Optional<PatientId> patient = r.getEntity().stream().map(en -> Fhir.idOf(en.getWhat(), "Patient")).flatMap(Optional::stream)
                .map(Fhir::uuid).flatMap(Optional::stream).findFirst().map(PatientId::new);
        String subject = r.getEntity().stream().filter(en -> !en.getWhat().hasReference()).map(en -> en.getWhat().getDisplay())
                .findFirst().orElse("");
        Optional<String> breakGlass = agent.getPolicy().stream().map(u -> u.getValue()).filter(u -> u.startsWith(BREAK_GLASS))
                .map(u -> u.substring(BREAK_GLASS.length())).findFirst();
        var event = new org.medcoord.core.audit.AuditEvent(Fhir.instantOf(r.getRecordedElement()), agent.getWho().getIdentifier().getValue(),
                patient, Action.valueOf(action.get()), DataCategory.valueOf(category.get()),
                switch (r.getOutcome()) {
                    case _0 -> AuditOutcome.SUCCESS;
                    case _4 -> AuditOutcome.DENIED;
                    default -> AuditOutcome.FAILURE;
                }, purpose,
                r.getSubtypeFirstRep().getCode(), subject, breakGlass, r.hasOutcomeDesc() ? r.getOutcomeDesc() : "");
        return Optional.of(new AuditEntry(Long.parseLong(seq.get()), event, hash.get()));
    }
}
