package org.medcoord.billing.x12;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;
import org.medcoord.core.Violations;
import org.medcoord.core.code.CodeFormats;

/**
 * Writes an 837P professional claim interchange (005010X222A1) with StAEDI's {@code EDIStreamWriter}:
 * ISA/GS, one ST/SE transaction set holding every claim of the batch, GE/IEA, with correct SE/GE/IEA
 * counts and control numbers (ST02 0001, GS06 and ISA13 from the envelope).
 *
 * <p>Before writing, {@link #check(ProfessionalClaimBatch)} validates the whole batch and
 * {@link #write(ProfessionalClaimBatch)} throws a {@link ValidationException} listing every problem
 * (codes {@code MC-EDI-1NN} and the kernel's {@code MC-CODE-NNN} for NPI, ICD-10-CM, CPT/HCPCS,
 * modifier and place of service formats). While writing, StAEDI validates the envelope against its X12
 * 00501 control schema; a rejection throws {@link X12Exception} {@code MC-EDI-020}.
 *
 * <p>Fixed choices, stated: billing providers and payers are organisations (NM102=2), subscribers and
 * patients persons (NM102=1); CLM06..09 are Y, A, Y, Y (signature on file, assigned, benefits assigned,
 * release signed); SV1 units are UN; a prior payer's subscriber is the claim's subscriber. Claims that
 * follow each other with the same billing provider share one HL 20. Segments end with {@code ~} and a
 * line feed.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Claim837PWriter {

    /** GS08/ST03 of the interchanges written. */
    public static final String GUIDE = "005010X222A1";

    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");
    private static final Set<String> RESPONSIBILITY = Set.of("P", "S", "T");
    private static final Set<String> GENDER = Set.of("M", "F", "U");
    private static final Set<String> FREQUENCY = Set.of("1", "7", "8");

    /** Creates a writer. */
    public Claim837PWriter() {
        // stateless
    }

    /**
     * Checks a batch without writing it.
     *
     * @param batch the batch to check
     * @return every violation found, empty when the batch can be written
     */
    public List<Violation> check(ProfessionalClaimBatch batch) {
        Violations v = new Violations();
        if (!Checks.required(v, "batch", batch)) {
            return v.list();
        }
        Checks.envelope(v, batch.envelope());
        if (Checks.required(v, "submitter", batch.submitter())) {
            Checks.text(v, "submitter.name", batch.submitter().name(), 60);
            Checks.text(v, "submitter.id", batch.submitter().id(), 80);
            Checks.text(v, "submitter.contactName", batch.submitter().contactName(), 60);
            Checks.digits(v, "submitter.contactPhone", batch.submitter().contactPhone(), 10, 15);
        }
        if (Checks.required(v, "receiver", batch.receiver())) {
            Checks.text(v, "receiver.name", batch.receiver().name(), 60);
            Checks.text(v, "receiver.id", batch.receiver().id(), 80);
        }
        if (batch.claims().isEmpty()) {
            v.add("claims", X12Codes.V_COUNT, "at least one claim is required");
        }
        for (int i = 0; i < batch.claims().size(); i++) {
            checkClaim(v, "claims[" + i + "]", batch.claims().get(i));
        }
        return v.list();
    }

    private static void checkClaim(Violations v, String f, ProfessionalClaim c) {
        if (!Checks.required(v, f, c)) {
            return;
        }
        if (Checks.required(v, f + ".billingProvider", c.billingProvider())) {
            BillingProvider p = c.billingProvider();
            Checks.text(v, f + ".billingProvider.name", p.name(), 60);
            npi(v, f + ".billingProvider.npi", p.npi());
            Checks.digits(v, f + ".billingProvider.taxId", p.taxId(), 9, 9);
            address(v, f + ".billingProvider.address", p.address(), true);
        }
        Subscriber s = c.subscriber();
        if (Checks.required(v, f + ".subscriber", s)) {
            Checks.text(v, f + ".subscriber.memberId", s.memberId(), 80);
            Checks.text(v, f + ".subscriber.lastName", s.lastName(), 60);
            Checks.optionalText(v, f + ".subscriber.firstName", s.firstName(), 35);
            Checks.optionalText(v, f + ".subscriber.groupNumber", s.groupNumber(), 50);
            if (Checks.required(v, f + ".subscriber.payerResponsibility", s.payerResponsibility())
                    && !RESPONSIBILITY.contains(s.payerResponsibility())) {
                v.add(f + ".subscriber.payerResponsibility", X12Codes.V_FORMAT, "must be P, S or T");
            }
            boolean self = c.patient() == null;
            address(v, f + ".subscriber.address", s.address(), self);
            if (self) {
                Checks.required(v, f + ".subscriber.birthDate", s.birthDate());
                gender(v, f + ".subscriber.gender", s.gender());
                if (s.relationshipToPatient() != null && !s.isPatient()) {
                    v.add(f + ".patient", X12Codes.V_DEPENDENT,
                            "is required when the subscriber is not the patient (relationship is not 18)");
                }
            } else if (s.isPatient()) {
                v.add(f + ".patient", X12Codes.V_DEPENDENT, "must be absent when the subscriber is the patient");
            }
        }
        Patient p = c.patient();
        if (p != null) {
            Checks.text(v, f + ".patient.lastName", p.lastName(), 60);
            Checks.optionalText(v, f + ".patient.firstName", p.firstName(), 35);
            Checks.required(v, f + ".patient.birthDate", p.birthDate());
            gender(v, f + ".patient.gender", p.gender());
            address(v, f + ".patient.address", p.address(), true);
            if (Checks.required(v, f + ".patient.relationshipToSubscriber", p.relationshipToSubscriber())
                    && !p.relationshipToSubscriber().matches("[0-9A-Z]{2}")) {
                v.add(f + ".patient.relationshipToSubscriber", X12Codes.V_FORMAT, "must be a 2-character PAT01 code");
            }
        }
        payer(v, f + ".payer", c.payer());
        Checks.text(v, f + ".claimControlNumber", c.claimControlNumber(), 20);
        Checks.amount(v, f + ".totalCharge", c.totalCharge(), true);
        if (Checks.required(v, f + ".placeOfService", c.placeOfService())) {
            v.addAll("", CodeFormats.PLACE_OF_SERVICE.check(f + ".placeOfService", c.placeOfService()));
        }
        if (Checks.required(v, f + ".frequencyCode", c.frequencyCode()) && !FREQUENCY.contains(c.frequencyCode())) {
            v.add(f + ".frequencyCode", X12Codes.V_FORMAT, "must be 1 (original), 7 (replacement) or 8 (void)");
        }
        if (c.diagnoses().isEmpty() || c.diagnoses().size() > 12) {
            v.add(f + ".diagnoses", X12Codes.V_COUNT, "must hold 1 to 12 ICD-10-CM codes");
        }
        for (int d = 0; d < c.diagnoses().size(); d++) {
            String field = f + ".diagnoses[" + d + "]";
            if (Checks.required(v, field, c.diagnoses().get(d))) {
                v.addAll("", CodeFormats.ICD_10_CM.check(field, c.diagnoses().get(d)));
            }
        }
        if (c.renderingProvider() != null) {
            Checks.text(v, f + ".renderingProvider.lastName", c.renderingProvider().lastName(), 60);
            Checks.optionalText(v, f + ".renderingProvider.firstName", c.renderingProvider().firstName(), 35);
            npi(v, f + ".renderingProvider.npi", c.renderingProvider().npi());
        }
        if (c.priorPayerPaid() != null || c.priorPayer() != null) {
            if (s != null && "P".equals(s.payerResponsibility())) {
                v.add(f + ".priorPayer", X12Codes.V_DEPENDENT, "a primary claim (SBR01 P) has no prior payer");
            }
            Checks.amount(v, f + ".priorPayerPaid", c.priorPayerPaid(), false);
            if (c.priorPayer() == null) {
                v.add(f + ".priorPayer", X12Codes.V_DEPENDENT, "is required with priorPayerPaid (loop 2330B)");
            } else {
                payer(v, f + ".priorPayer", c.priorPayer());
            }
        }
        if (c.lines().isEmpty() || c.lines().size() > 50) {
            v.add(f + ".lines", X12Codes.V_COUNT, "must hold 1 to 50 service lines");
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean sumKnown = true;
        for (int l = 0; l < c.lines().size(); l++) {
            ServiceLine line = c.lines().get(l);
            checkLine(v, f + ".lines[" + l + "]", line, c.diagnoses().size());
            if (line == null || line.charge() == null) {
                sumKnown = false;
            } else {
                sum = sum.add(line.charge());
            }
        }
        if (sumKnown && c.totalCharge() != null && sum.compareTo(c.totalCharge()) != 0) {
            v.add(f + ".totalCharge", X12Codes.V_TOTAL, "must equal the sum of the line charges");
        }
    }

    private static void checkLine(Violations v, String f, ServiceLine line, int diagnoses) {
        if (!Checks.required(v, f, line)) {
            return;
        }
        Checks.text(v, f + ".lineItemControlNumber", line.lineItemControlNumber(), 50);
        if (Checks.required(v, f + ".procedureCode", line.procedureCode())
                && !CodeFormats.CPT.isValid(line.procedureCode()) && !CodeFormats.HCPCS.isValid(line.procedureCode())) {
            v.add(f + ".procedureCode", "MC-CODE-003", "must be a CPT or HCPCS Level II code");
        }
        if (line.modifiers().size() > 4) {
            v.add(f + ".modifiers", X12Codes.V_COUNT, "at most 4 modifiers");
        }
        for (int m = 0; m < line.modifiers().size(); m++) {
            String field = f + ".modifiers[" + m + "]";
            if (Checks.required(v, field, line.modifiers().get(m))) {
                v.addAll("", CodeFormats.MODIFIER.check(field, line.modifiers().get(m)));
            }
        }
        Checks.amount(v, f + ".charge", line.charge(), true);
        if (Checks.required(v, f + ".units", line.units()) && line.units().signum() <= 0) {
            v.add(f + ".units", X12Codes.V_AMOUNT, "must be greater than zero");
        }
        if (line.diagnosisPointers().isEmpty() || line.diagnosisPointers().size() > 4) {
            v.add(f + ".diagnosisPointers", X12Codes.V_COUNT, "must hold 1 to 4 pointers");
        }
        for (int p = 0; p < line.diagnosisPointers().size(); p++) {
            Integer pointer = line.diagnosisPointers().get(p);
            if (pointer == null || pointer < 1 || pointer > diagnoses) {
                v.add(f + ".diagnosisPointers[" + p + "]", X12Codes.V_POINTER,
                        "must point to one of the claim's " + diagnoses + " diagnoses (1-based)");
            }
        }
        Checks.required(v, f + ".serviceDate", line.serviceDate());
    }

    private static void npi(Violations v, String field, String npi) {
        if (Checks.required(v, field, npi)) {
            v.addAll("", CodeFormats.NPI.check(field, npi));
        }
    }

    private static void gender(Violations v, String field, String gender) {
        if (Checks.required(v, field, gender) && !GENDER.contains(gender)) {
            v.add(field, X12Codes.V_FORMAT, "must be M, F or U");
        }
    }

    private static void payer(Violations v, String f, ClaimPayer payer) {
        if (Checks.required(v, f, payer)) {
            Checks.text(v, f + ".name", payer.name(), 60);
            Checks.text(v, f + ".payerId", payer.payerId(), 80);
            if (Checks.required(v, f + ".claimFilingIndicator", payer.claimFilingIndicator())
                    && !payer.claimFilingIndicator().matches("[0-9A-Z]{2}")) {
                v.add(f + ".claimFilingIndicator", X12Codes.V_FORMAT, "must be a 2-character SBR09 code");
            }
        }
    }

    private static void address(Violations v, String f, X12Address a, boolean mandatory) {
        if (a == null) {
            if (mandatory) {
                v.add(f, X12Codes.V_REQUIRED, "is required");
            }
            return;
        }
        Checks.text(v, f + ".line1", a.line1(), 55);
        Checks.optionalText(v, f + ".line2", a.line2(), 55);
        Checks.text(v, f + ".city", a.city(), 30);
        if (Checks.required(v, f + ".state", a.state()) && !a.state().matches("[A-Z]{2}")) {
            v.add(f + ".state", X12Codes.V_FORMAT, "must be a 2-letter state code");
        }
        Checks.digits(v, f + ".postalCode", a.postalCode(), 5, 9);
        if (a.postalCode() != null && a.postalCode().length() != 5 && a.postalCode().length() != 9) {
            v.add(f + ".postalCode", X12Codes.V_FORMAT, "must be 5 or 9 digits");
        }
    }

    /**
     * Validates and writes a batch.
     *
     * @param batch the claims to send
     * @return the interchange text
     * @throws ValidationException listing every problem, when the batch is invalid (nothing written)
     * @throws X12Exception        when StAEDI rejects the interchange while writing
     */
    public String write(ProfessionalClaimBatch batch) {
        List<Violation> violations = check(batch);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        SegmentWriter w = new SegmentWriter();
        InterchangeEnvelope env = batch.envelope();
        w.open(env, "HC", GUIDE);
        w.startSet("837", GUIDE);
        w.segment("BHT", "0019", "00", String.valueOf(env.interchangeControlNumber()),
                SegmentWriter.d8(env.createdAt().toLocalDate()), env.createdAt().format(HHMM), "CH");
        Submitter sub = batch.submitter();
        w.segment("NM1", "41", "2", sub.name(), null, null, null, null, "46", sub.id());
        w.segment("PER", "IC", sub.contactName(), "TE", sub.contactPhone());
        w.segment("NM1", "40", "2", batch.receiver().name(), null, null, null, null, "46", batch.receiver().id());
        int hl = 0;
        int providerHl = 0;
        BillingProvider current = null;
        for (ProfessionalClaim c : batch.claims()) {
            if (!Objects.equals(current, c.billingProvider())) {
                current = c.billingProvider();
                providerHl = ++hl;
                w.segment("HL", String.valueOf(providerHl), null, "20", "1");
                w.segment("NM1", "85", "2", current.name(), null, null, null, null, "XX", current.npi());
                address(w, current.address());
                w.segment("REF", "EI", current.taxId());
            }
            hl = claim(w, c, hl, providerHl);
        }
        w.endSet();
        return w.close();
    }

    /**
     * Validates and writes a batch to a stream (written only when the whole interchange is valid).
     *
     * @param batch the claims to send
     * @param out   receives the interchange in ASCII; not closed
     * @throws ValidationException listing every problem, when the batch is invalid (nothing written)
     * @throws X12Exception        when StAEDI rejects the interchange while writing
     */
    public void write(ProfessionalClaimBatch batch, OutputStream out) {
        String text = write(batch);
        try {
            out.write(text.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int claim(SegmentWriter w, ProfessionalClaim c, int hl, int providerHl) {
        Subscriber s = c.subscriber();
        Patient p = c.patient();
        int subscriberHl = ++hl;
        w.segment("HL", String.valueOf(subscriberHl), String.valueOf(providerHl), "22", p == null ? "0" : "1");
        w.segment("SBR", s.payerResponsibility(), p == null ? Subscriber.SELF : null, s.groupNumber(), null, null,
                null, null, null, c.payer().claimFilingIndicator());
        w.segment("NM1", "IL", "1", s.lastName(), s.firstName(), null, null, null, "MI", s.memberId());
        if (s.address() != null) {
            address(w, s.address());
        }
        if (s.birthDate() != null && s.gender() != null) {
            w.segment("DMG", "D8", SegmentWriter.d8(s.birthDate()), s.gender());
        }
        w.segment("NM1", "PR", "2", c.payer().name(), null, null, null, null, "PI", c.payer().payerId());
        if (p != null) {
            w.segment("HL", String.valueOf(++hl), String.valueOf(subscriberHl), "23", "0");
            w.segment("PAT", p.relationshipToSubscriber());
            w.segment("NM1", "QC", "1", p.lastName(), p.firstName());
            address(w, p.address());
            w.segment("DMG", "D8", SegmentWriter.d8(p.birthDate()), p.gender());
        }
        w.segment("CLM", c.claimControlNumber(), SegmentWriter.amount(c.totalCharge()), null, null,
                new String[] {c.placeOfService(), "B", c.frequencyCode()}, "Y", "A", "Y", "Y");
        Object[] hi = new Object[c.diagnoses().size()];
        for (int d = 0; d < hi.length; d++) {
            hi[d] = new String[] {d == 0 ? "ABK" : "ABF", c.diagnoses().get(d).replace(".", "").toUpperCase()};
        }
        w.segment("HI", hi);
        RenderingProvider r = c.renderingProvider();
        if (r != null) {
            w.segment("NM1", "82", "1", r.lastName(), r.firstName(), null, null, null, "XX", r.npi());
        }
        if (c.priorPayer() != null) {
            String otherSequence = "T".equals(s.payerResponsibility()) ? "S" : "P";
            w.segment("SBR", otherSequence, p == null ? Subscriber.SELF : p.relationshipToSubscriber(),
                    s.groupNumber(), null, null, null, null, null, c.priorPayer().claimFilingIndicator());
            w.segment("AMT", "D", SegmentWriter.amount(c.priorPayerPaid()));
            w.segment("OI", null, null, "Y", null, null, "Y");
            w.segment("NM1", "IL", "1", s.lastName(), s.firstName(), null, null, null, "MI", s.memberId());
            w.segment("NM1", "PR", "2", c.priorPayer().name(), null, null, null, null, "PI",
                    c.priorPayer().payerId());
        }
        int n = 0;
        for (ServiceLine line : c.lines()) {
            w.segment("LX", String.valueOf(++n));
            String[] procedure = new String[2 + line.modifiers().size()];
            procedure[0] = "HC";
            procedure[1] = line.procedureCode().toUpperCase();
            for (int m = 0; m < line.modifiers().size(); m++) {
                procedure[2 + m] = line.modifiers().get(m).toUpperCase();
            }
            String[] pointers = line.diagnosisPointers().stream().map(String::valueOf).toArray(String[]::new);
            w.segment("SV1", procedure, SegmentWriter.amount(line.charge()), "UN",
                    SegmentWriter.amount(line.units()), null, null, pointers);
            w.segment("DTP", "472", "D8", SegmentWriter.d8(line.serviceDate()));
            w.segment("REF", "6R", line.lineItemControlNumber());
        }
        return hl;
    }

    private static void address(SegmentWriter w, X12Address a) {
        w.segment("N3", a.line1(), a.line2());
        w.segment("N4", a.city(), a.state(), a.postalCode());
    }
}
