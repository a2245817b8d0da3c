package org.medcoord.fhir.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.ClaimResponse;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.medcoord.billing.AdministrativeSex;
import org.medcoord.billing.ChargeId;
import org.medcoord.billing.Claim;
import org.medcoord.billing.ClaimId;
import org.medcoord.billing.ClaimLine;
import org.medcoord.billing.ClaimStatus;
import org.medcoord.billing.CoverageId;
import org.medcoord.billing.CoverageOrder;
import org.medcoord.billing.InsuredPerson;
import org.medcoord.billing.PayerId;
import org.medcoord.billing.PostalAddress;
import org.medcoord.billing.PostedClaimPayment;
import org.medcoord.billing.StatusChange;
import org.medcoord.billing.SubscriberRelationship;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;
import org.medcoord.fhir.Adjudication;
import org.medcoord.fhir.FhirSystems;
import org.medcoord.fhir.MappingIssue;

/**
 * Billing both ways: Coverage, Claim (professional, as an 837P carries it), ClaimResponse for a posted
 * remittance payment, and ExplanationOfBenefit for a claim with its payment. Money keeps its BigDecimal and currency.
 */
final class BillingMapping {

    static final String PAYER = FhirSystems.BASE + "/sid/payer";
    static final String CONTROL_NUMBER = FhirSystems.BASE + "/sid/claim-control-number";
    static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    static final String POS = "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set";
    static final String SUBSCRIBER = FhirSystems.extension("subscriber");
    static final String DEPENDENT = FhirSystems.extension("dependent");
    static final String CLAIM_STATUS = FhirSystems.extension("claim-status");
    static final String STATUS_CHANGE = FhirSystems.extension("claim-status-change");
    static final String COVERAGE_ORDER = FhirSystems.extension("coverage-order");
    static final String LINE = FhirSystems.extension("claim-line");
    static final String REASON = FhirSystems.extension("adjustment-reason");
    static final String REVERSAL = FhirSystems.extension("reversal");
    static final String CONTROL = FhirSystems.extension("control-number");
    static final String ADJUDICATION = "http://terminology.hl7.org/CodeSystem/adjudication";

    private BillingMapping() {
    }

    // ------------------------------------------------------------------ Coverage

    static Coverage coverage(org.medcoord.billing.Coverage c) {
        var r = new Coverage();
        r.setId(c.id().asString());
        r.setStatus(Coverage.CoverageStatus.ACTIVE);
        r.setBeneficiary(Fhir.patientRef(c.patient()));
        r.addPayor(payer(c.payer()));
        r.setSubscriberId(c.memberId());
        r.setRelationship(Fhir.concept("http://terminology.hl7.org/CodeSystem/subscriber-relationship", switch (c.relationship()) {
            case SELF -> "self";
            case SPOUSE -> "spouse";
            case CHILD -> "child";
            case OTHER -> "other";
        }, null));
        Period period = new Period().setStartElement(new org.hl7.fhir.r4.model.DateTimeType(c.effectiveFrom().toString()));
        c.effectiveTo().ifPresent(to -> period.setEndElement(new org.hl7.fhir.r4.model.DateTimeType(to.toString())));
        r.setPeriod(period);
        r.setOrder(c.order().ordinal() + 1);
        c.groupNumber().ifPresent(g -> r.addClass_().setType(Fhir.concept("http://terminology.hl7.org/CodeSystem/coverage-class", "group", "Group"))
                .setValue(g));
        r.addClass_().setType(Fhir.concept("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")).setValue(c.plan());
        r.addExtension(person(SUBSCRIBER, c.subscriber()));
        c.dependent().ifPresent(d -> r.addExtension(person(DEPENDENT, d)));
        return r;
    }

    private static Reference payer(PayerId payer) {
        return new Reference().setIdentifier(new Identifier().setSystem(PAYER).setValue(payer.asString()));
    }

    private static Extension person(String url, InsuredPerson p) {
        Extension e = new Extension(url);
        e.addExtension("firstName", new StringType(p.firstName()));
        e.addExtension("lastName", new StringType(p.lastName()));
        e.addExtension("birthDate", new DateType(p.birthDate().toString()));
        e.addExtension("sex", new StringType(p.sex().name()));
        e.addExtension("line1", new StringType(p.address().line1()));
        p.address().line2().ifPresent(l -> e.addExtension("line2", new StringType(l)));
        e.addExtension("city", new StringType(p.address().city()));
        e.addExtension("state", new StringType(p.address().state()));
        e.addExtension("postalCode", new StringType(p.address().postalCode()));
        return e;
    }

    private static InsuredPerson person(Extension e) {
        return new InsuredPerson(sub(e, "firstName"), sub(e, "lastName"), LocalDate.parse(sub(e, "birthDate")),
                AdministrativeSex.valueOf(sub(e, "sex")), new PostalAddress(sub(e, "line1"), Optional.ofNullable(subOrNull(e, "line2")),
                sub(e, "city"), sub(e, "state"), sub(e, "postalCode")));
    }

    private static String sub(Extension e, String name) {
        return e.getExtensionByUrl(name).getValue().primitiveValue();
    }

    private static String subOrNull(Extension e, String name) {
        return e.getExtensionByUrl(name) == null ? null : sub(e, name);
    }

    static Optional<org.medcoord.billing.Coverage> coverage(Coverage r, List<MappingIssue> issues) {
        Optional<UUID> id = Fhir.uuid(String.valueOf(Fhir.idPart(r)));
        Optional<PatientId> patient = Fhir.idOf(r.getBeneficiary(), "Patient").flatMap(Fhir::uuid).map(PatientId::new);
        Optional<UUID> payer = r.getPayor().stream().map(p -> p.getIdentifier()).filter(i -> PAYER.equals(i.getSystem()))
                .map(i -> Fhir.uuid(i.getValue())).flatMap(Optional::stream).findFirst();
        Extension subscriber = r.getExtensionByUrl(SUBSCRIBER);
        String plan = r.getClass_().stream().filter(c -> "plan".equals(c.getType().getCodingFirstRep().getCode())).map(c -> c.getValue())
                .findFirst().orElse(null);
        if (id.isEmpty() || patient.isEmpty() || payer.isEmpty() || subscriber == null || plan == null || !r.getPeriod().hasStart()) {
            issues.add(Fhir.error("Coverage", "Coverage", "MC-FHIR-011",
                    "a MedCoord coverage needs its id, beneficiary, payer, plan, subscriber and start date"));
            return Optional.empty();
        }
        SubscriberRelationship relationship = switch (String.valueOf(r.getRelationship().getCodingFirstRep().getCode())) {
            case "self" -> SubscriberRelationship.SELF;
            case "spouse" -> SubscriberRelationship.SPOUSE;
            case "child" -> SubscriberRelationship.CHILD;
            default -> SubscriberRelationship.OTHER;
        };
        Extension dependent = r.getExtensionByUrl(DEPENDENT);
        return Optional.of(new org.medcoord.billing.Coverage(new CoverageId(id.get()), patient.get(), new PayerId(payer.get()),
                r.getSubscriberId(), r.getClass_().stream().filter(c -> "group".equals(c.getType().getCodingFirstRep().getCode()))
                .map(c -> c.getValue()).findFirst(), plan, relationship, person(subscriber),
                dependent == null ? Optional.empty() : Optional.of(person(dependent)), CoverageOrder.values()[r.getOrder() - 1],
                Fhir.localDate(r.getPeriod().getStartElement()),
                r.getPeriod().hasEnd() ? Optional.of(Fhir.localDate(r.getPeriod().getEndElement())) : Optional.empty()));
    }

    // ------------------------------------------------------------------ Claim

    static org.hl7.fhir.r4.model.Money money(Money m) {
        return new org.hl7.fhir.r4.model.Money().setValue(m.amount()).setCurrency(m.currency().getCurrencyCode());
    }

    static Money money(org.hl7.fhir.r4.model.Money m) {
        return new Money(m.getValue(), Currency.getInstance(m.getCurrency()));
    }

    static String procedureSystem(String code) {
        return code.matches("[0-9]{4}[0-9A-Z]") ? FhirSystems.CPT : FhirSystems.HCPCS;
    }

    static org.hl7.fhir.r4.model.Claim claim(Claim c) {
        var r = new org.hl7.fhir.r4.model.Claim();
        r.setId(c.id().asString());
        r.addIdentifier().setSystem(CONTROL_NUMBER).setValue(c.controlNumber());
        r.setStatus(c.status() == ClaimStatus.DRAFT || c.status() == ClaimStatus.SCRUBBED ? org.hl7.fhir.r4.model.Claim.ClaimStatus.DRAFT
                : c.status() == ClaimStatus.CLOSED ? org.hl7.fhir.r4.model.Claim.ClaimStatus.CANCELLED
                : org.hl7.fhir.r4.model.Claim.ClaimStatus.ACTIVE);
        r.setType(Fhir.concept("http://terminology.hl7.org/CodeSystem/claim-type", "professional", "Professional"));
        r.setUse(org.hl7.fhir.r4.model.Claim.Use.CLAIM);
        r.setPatient(Fhir.patientRef(c.patient()));
        r.setCreatedElement(Fhir.dateTime(c.created()));
        r.setInsurer(payer(c.payer()));
        r.setProvider(new Reference().setIdentifier(new Identifier().setSystem(NPI).setValue(c.billingNpi())));
        r.setPriority(Fhir.concept("http://terminology.hl7.org/CodeSystem/processpriority", "normal", "Normal"));
        r.addInsurance().setSequence(1).setFocal(true).setCoverage(new Reference("Coverage/" + c.coverage().asString()))
                .addExtension(Fhir.string(COVERAGE_ORDER, c.order().name()));
        c.primaryClaim().ifPresent(p -> r.addRelated().setClaim(new Reference("Claim/" + p.asString()))
                .setRelationship(Fhir.concept("http://terminology.hl7.org/CodeSystem/related-claim-relationship", "prior", "Prior Claim")));
        for (int i = 0; i < c.diagnoses().size(); i++) {
            r.addDiagnosis().setSequence(i + 1).setDiagnosis(Fhir.concept(FhirSystems.ICD_10_CM, c.diagnoses().get(i), null));
        }
        for (ClaimLine l : c.lines()) {
            var item = r.addItem().setSequence(l.number());
            item.setProductOrService(Fhir.concept(procedureSystem(l.procedure()), l.procedure(), null));
            l.modifiers().forEach(m -> item.addModifier(Fhir.concept(FhirSystems.CPT, m, null)));
            item.setQuantity(new org.hl7.fhir.r4.model.Quantity().setValue(l.units()));
            item.setNet(money(l.amount()));
            l.diagnosisPointers().forEach(p -> item.addDiagnosisSequence(p));
            item.setServiced(new DateType(l.serviceDate().toString()));
            item.setLocation(Fhir.concept(POS, l.placeOfService(), null));
            Extension line = new Extension(LINE);
            line.addExtension("charge", new StringType(l.charge().asString()));
            line.addExtension("lineControlNumber", new StringType(l.lineControlNumber()));
            line.addExtension("renderingNpi", new StringType(l.renderingNpi()));
            item.addExtension(line);
        }
        r.setTotal(money(c.total()));
        r.addExtension(Fhir.string(CLAIM_STATUS, c.status().name()));
        for (StatusChange s : c.history()) {
            Extension e = new Extension(STATUS_CHANGE);
            e.addExtension("from", new StringType(s.from().name()));
            e.addExtension("to", new StringType(s.to().name()));
            e.addExtension("at", Fhir.dateTime(s.at()));
            s.reasons().forEach(x -> e.addExtension("reason", new StringType(x)));
            r.addExtension(e);
        }
        return r;
    }

    static Optional<Claim> claim(org.hl7.fhir.r4.model.Claim r, List<MappingIssue> issues) {
        Optional<UUID> id = Fhir.uuid(String.valueOf(Fhir.idPart(r)));
        Optional<PatientId> patient = Fhir.idOf(r.getPatient(), "Patient").flatMap(Fhir::uuid).map(PatientId::new);
        Optional<UUID> payer = Fhir.uuid(String.valueOf(r.getInsurer().getIdentifier().getValue()));
        Optional<UUID> coverage = Fhir.idOf(r.getInsuranceFirstRep().getCoverage(), "Coverage").flatMap(Fhir::uuid);
        Optional<String> status = Fhir.stringExt(r, CLAIM_STATUS);
        Optional<String> order = Fhir.stringExt(r.getInsuranceFirstRep(), COVERAGE_ORDER);
        if (id.isEmpty() || patient.isEmpty() || payer.isEmpty() || coverage.isEmpty() || status.isEmpty() || order.isEmpty() || r.getItem().isEmpty()) {
            issues.add(Fhir.error("Claim", "Claim", "MC-FHIR-011",
                    "a MedCoord claim needs its id, patient, payer, coverage, status and at least one line"));
            return Optional.empty();
        }
        List<ClaimLine> lines = new ArrayList<>();
        for (var item : r.getItem()) {
            Extension line = item.getExtensionByUrl(LINE);
            lines.add(new ClaimLine(item.getSequence(), new ChargeId(UUID.fromString(sub(line, "charge"))), sub(line, "lineControlNumber"),
                    item.getProductOrService().getCodingFirstRep().getCode(),
                    item.getModifier().stream().map(m -> m.getCodingFirstRep().getCode()).toList(), item.getQuantity().getValue().intValueExact(),
                    money(item.getNet()), item.getDiagnosisSequence().stream().map(PositiveIntType::getValue).toList(),
                    Fhir.localDate(item.getServicedDateType()), item.getLocationCodeableConcept().getCodingFirstRep().getCode(),
                    sub(line, "renderingNpi")));
        }
        List<StatusChange> history = new ArrayList<>();
        for (Extension e : r.getExtensionsByUrl(STATUS_CHANGE)) {
            history.add(new StatusChange(ClaimStatus.valueOf(sub(e, "from")), ClaimStatus.valueOf(sub(e, "to")),
                    ((org.hl7.fhir.r4.model.DateTimeType) e.getExtensionByUrl("at").getValue()).getValue().toInstant(),
                    e.getExtensionsByUrl("reason").stream().map(x -> x.getValue().primitiveValue()).toList()));
        }
        return Optional.of(new Claim(new ClaimId(id.get()), r.getIdentifierFirstRep().getValue(), patient.get(), new CoverageId(coverage.get()),
                new PayerId(payer.get()), CoverageOrder.valueOf(order.get()),
                r.getRelated().stream().map(x -> Fhir.idOf(x.getClaim(), "Claim")).flatMap(Optional::stream).map(Fhir::uuid)
                        .flatMap(Optional::stream).findFirst().map(ClaimId::new),
                r.getProvider().getIdentifier().getValue(),
                r.getDiagnosis().stream().map(d -> d.getDiagnosisCodeableConcept().getCodingFirstRep().getCode()).toList(), lines,
                ClaimStatus.valueOf(status.get()), history, Fhir.instantOf(r.getCreatedElement())));
    }

    // ------------------------------------------------------------------ ClaimResponse and ExplanationOfBenefit

    static ClaimResponse.RemittanceOutcome outcome(ClaimStatus s) {
        return switch (s) {
            case PAID, CLOSED -> ClaimResponse.RemittanceOutcome.COMPLETE;
            case PARTIALLY_PAID -> ClaimResponse.RemittanceOutcome.PARTIAL;
            case DENIED, REJECTED -> ClaimResponse.RemittanceOutcome.ERROR;
            default -> ClaimResponse.RemittanceOutcome.QUEUED;
        };
    }

    static ClaimResponse claimResponse(PostedClaimPayment p, Claim claim, Instant posted) {
        var r = new ClaimResponse();
        r.setId(UUID.nameUUIDFromBytes((p.claim().asString() + "|" + p.controlNumber() + "|" + posted + "|" + p.reversal())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
        r.setStatus(ClaimResponse.ClaimResponseStatus.ACTIVE);
        r.setType(Fhir.concept("http://terminology.hl7.org/CodeSystem/claim-type", "professional", "Professional"));
        r.setUse(ClaimResponse.Use.CLAIM);
        r.setPatient(Fhir.patientRef(claim.patient()));
        r.setCreatedElement(Fhir.dateTime(posted));
        r.setInsurer(payer(claim.payer()));
        r.setRequest(new Reference("Claim/" + p.claim().asString()));
        r.setOutcome(outcome(p.status()));
        r.addTotal().setCategory(Fhir.concept(ADJUDICATION, "benefit", "Benefit Amount")).setAmount(money(p.paid()));
        r.addTotal().setCategory(Fhir.concept(FhirSystems.CODES, "patient-responsibility", "Patient responsibility"))
                .setAmount(money(p.patientResponsibility()));
        r.addTotal().setCategory(Fhir.concept(FhirSystems.CODES, "written-off", "Written off")).setAmount(money(p.writtenOff()));
        r.getPayment().setType(Fhir.concept("http://terminology.hl7.org/CodeSystem/ex-paymenttype", "complete", "Complete"))
                .setAmount(money(p.paid()));
        p.reasons().forEach(x -> r.addExtension(Fhir.string(REASON, x)));
        r.addExtension(Fhir.string(CLAIM_STATUS, p.status().name()));
        r.addExtension(Fhir.string(CONTROL, p.controlNumber()));
        r.addExtension(new Extension(REVERSAL, new org.hl7.fhir.r4.model.BooleanType(p.reversal())));
        return r;
    }

    static Optional<PostedClaimPayment> payment(ClaimResponse r, List<MappingIssue> issues) {
        Optional<UUID> claim = Fhir.idOf(r.getRequest(), "Claim").flatMap(Fhir::uuid);
        Optional<String> status = Fhir.stringExt(r, CLAIM_STATUS);
        Optional<String> control = Fhir.stringExt(r, CONTROL);
        if (claim.isEmpty() || status.isEmpty() || control.isEmpty() || r.getTotal().size() < 3) {
            issues.add(Fhir.error("ClaimResponse", "ClaimResponse", "MC-FHIR-011", "a MedCoord claim payment needs its claim, status and totals"));
            return Optional.empty();
        }
        return Optional.of(new PostedClaimPayment(new ClaimId(claim.get()), control.get(), ClaimStatus.valueOf(status.get()),
                total(r.getTotal().stream().map(t -> new Object[] {t.getCategory(), t.getAmount()}).toList(), "benefit"),
                total(r.getTotal().stream().map(t -> new Object[] {t.getCategory(), t.getAmount()}).toList(), "patient-responsibility"),
                total(r.getTotal().stream().map(t -> new Object[] {t.getCategory(), t.getAmount()}).toList(), "written-off"),
                Fhir.stringExts(r, REASON), r.getExtensionByUrl(REVERSAL) != null
                        && ((org.hl7.fhir.r4.model.BooleanType) r.getExtensionByUrl(REVERSAL).getValue()).booleanValue()));
    }

    private static Money total(List<Object[]> totals, String code) {
        for (Object[] t : totals) {
            if (code.equals(((CodeableConcept) t[0]).getCodingFirstRep().getCode())) {
                return money((org.hl7.fhir.r4.model.Money) t[1]);
            }
        }
        throw new IllegalArgumentException("no total " + code);
    }

    static ExplanationOfBenefit explanationOfBenefit(Adjudication a) {
        org.hl7.fhir.r4.model.Claim claim = claim(a.claim());
        ClaimResponse response = claimResponse(a.payment(), a.claim(), a.posted());
        var r = new ExplanationOfBenefit();
        r.setId(response.getIdElement().getIdPart());
        r.setStatus(ExplanationOfBenefit.ExplanationOfBenefitStatus.ACTIVE);
        r.setType(claim.getType());
        r.setUse(ExplanationOfBenefit.Use.CLAIM);
        r.setPatient(claim.getPatient());
        r.setCreatedElement(Fhir.dateTime(a.posted()));
        r.setInsurer(claim.getInsurer());
        r.setProvider(claim.getProvider());
        r.setClaim(new Reference("Claim/" + a.claim().id().asString()));
        r.setClaimResponse(new Reference("ClaimResponse/" + response.getIdElement().getIdPart()));
        r.setOutcome(switch (response.getOutcome()) {
            case COMPLETE -> ExplanationOfBenefit.RemittanceOutcome.COMPLETE;
            case PARTIAL -> ExplanationOfBenefit.RemittanceOutcome.PARTIAL;
            case ERROR -> ExplanationOfBenefit.RemittanceOutcome.ERROR;
            default -> ExplanationOfBenefit.RemittanceOutcome.QUEUED;
        });
        r.addInsurance().setFocal(true).setCoverage(claim.getInsuranceFirstRep().getCoverage());
        // The claim and the payment as MedCoord wrote them, contained, so the EOB maps back to both.
        claim.setId("claim");
        response.setId("payment");
        r.addContained(claim);
        r.addContained(response);
        r.addExtension(new Extension(FhirSystems.extension("billed-claim"), new Reference("#claim")));
        r.addExtension(new Extension(FhirSystems.extension("posted-payment"), new Reference("#payment")));
        for (var d : claim.getDiagnosis()) {
            r.addDiagnosis().setSequence(d.getSequence()).setDiagnosis(d.getDiagnosisCodeableConcept());
        }
        for (var item : claim.getItem()) {
            var out = r.addItem().setSequence(item.getSequence()).setProductOrService(item.getProductOrService())
                    .setServiced(item.getServiced()).setNet(item.getNet()).setQuantity(item.getQuantity());
            item.getModifier().forEach(out::addModifier);
            item.getDiagnosisSequence().forEach(s -> out.addDiagnosisSequence(s.getValue()));
            out.setLocation(item.getLocation());
            out.addAdjudication().setCategory(Fhir.concept(ADJUDICATION, "submitted", "Submitted Amount")).setAmount(item.getNet());
        }
        r.addTotal().setCategory(Fhir.concept(ADJUDICATION, "submitted", "Submitted Amount")).setAmount(money(a.claim().total()));
        r.addTotal().setCategory(Fhir.concept(ADJUDICATION, "benefit", "Benefit Amount")).setAmount(money(a.payment().paid()));
        r.getPayment().setAmount(money(a.payment().paid()));
        return r;
    }

    static Optional<Adjudication> adjudication(ExplanationOfBenefit r, List<MappingIssue> issues) {
        org.hl7.fhir.r4.model.Claim claim = null;
        ClaimResponse response = null;
        for (var c : r.getContained()) {
            if (c instanceof org.hl7.fhir.r4.model.Claim x) {
                claim = x;
            } else if (c instanceof ClaimResponse x) {
                response = x;
            }
        }
        if (claim == null || response == null) {
            issues.add(Fhir.error("ExplanationOfBenefit", "ExplanationOfBenefit.contained", "MC-FHIR-011",
                    "a MedCoord explanation of benefit contains the claim and the payment"));
            return Optional.empty();
        }
        claim = claim.copy();
        claim.setId(Fhir.idOf(r.getClaim(), "Claim").orElse(""));
        Optional<Claim> billed = claim(claim, issues);
        Optional<PostedClaimPayment> paid = payment(response, issues);
        if (billed.isEmpty() || paid.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Adjudication(billed.get(), paid.get(), Fhir.instantOf(r.getCreatedElement())));
    }
}
