package org.medcoord.billing.x12;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;
import org.medcoord.core.Violations;

/**
 * Writes 835 remittance advice (005010X221A1) with StAEDI's {@code EDIStreamWriter}: one ST/SE
 * transaction set per {@link RemittanceAdvice}, in one ISA/GS envelope, with correct counts and control
 * numbers. Used by payer plugins (a payer adapter that adjudicates claims answers with an 835) and by
 * tests; {@link Remittance835Reader} reads back what it writes.
 *
 * <p>{@link #check} reports every problem at once (codes {@code MC-EDI-1NN}), including a BPR02 that is
 * not the claim payments less the provider adjustments. StAEDI validates the envelope while writing.
 *
 * <p>Fixed choices, stated: BPR carries BPR01..04 and BPR16 (no bank routing data; use {@code CHK} or
 * {@code NON} where a payer's EFT details matter); TRN03 is the payer id; the payer id goes to N1*PR N104 when its qualifier is
 * {@code XV}, else to REF*2U; CLP06 is {@code ZZ} (mutually
 * defined); adjustments of the same group that follow each other share a CAS segment (up to 6 per
 * segment); each provider adjustment gets its own PLB. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Remittance835Writer {

    /** GS08/ST03 of the interchanges written. */
    public static final String GUIDE = "005010X221A1";

    private static final Set<String> HANDLING = Set.of("C", "D", "H", "I", "P", "U", "X");
    private static final Set<String> METHOD = Set.of("ACH", "BOP", "CHK", "FWT", "NON");
    private static final Set<String> STATUS = Set.of("1", "2", "3", "4", "19", "20", "21", "22", "23", "25");

    /** Creates a writer. */
    public Remittance835Writer() {
        // stateless
    }

    /**
     * Checks remittances without writing them.
     *
     * @param envelope    the ISA/GS envelope
     * @param remittances one per transaction set, at least one
     * @return every violation found, empty when they can be written
     */
    public List<Violation> check(InterchangeEnvelope envelope, List<RemittanceAdvice> remittances) {
        Violations v = new Violations();
        Checks.envelope(v, envelope);
        if (remittances == null || remittances.isEmpty()) {
            v.add("remittances", X12Codes.V_COUNT, "at least one remittance is required");
            return v.list();
        }
        for (int i = 0; i < remittances.size(); i++) {
            checkAdvice(v, "remittances[" + i + "]", remittances.get(i));
        }
        return v.list();
    }

    private static void checkAdvice(Violations v, String f, RemittanceAdvice r) {
        if (!Checks.required(v, f, r)) {
            return;
        }
        code(v, f + ".handlingCode", r.handlingCode(), HANDLING);
        Checks.amount(v, f + ".paymentAmount", r.paymentAmount(), false);
        code(v, f + ".creditDebit", r.creditDebit(), Set.of("C", "D"));
        code(v, f + ".paymentMethod", r.paymentMethod(), METHOD);
        Checks.required(v, f + ".paymentDate", r.paymentDate());
        Checks.text(v, f + ".traceNumber", r.traceNumber(), 50);
        if (Checks.required(v, f + ".payer", r.payer())) {
            Checks.text(v, f + ".payer.name", r.payer().name(), 60);
            Checks.text(v, f + ".payer.id", r.payer().id(), 10);
        }
        if (Checks.required(v, f + ".payee", r.payee())) {
            Checks.text(v, f + ".payee.name", r.payee().name(), 60);
            Checks.text(v, f + ".payee.idQualifier", r.payee().idQualifier(), 2);
            Checks.text(v, f + ".payee.id", r.payee().id(), 80);
        }
        BigDecimal expected = BigDecimal.ZERO;
        for (int c = 0; c < r.claims().size(); c++) {
            ClaimPayment claim = r.claims().get(c);
            String cf = f + ".claims[" + c + "]";
            if (!Checks.required(v, cf, claim)) {
                continue;
            }
            Checks.text(v, cf + ".claimControlNumber", claim.claimControlNumber(), 38);
            code(v, cf + ".statusCode", claim.statusCode(), STATUS);
            Checks.amount(v, cf + ".charge", claim.charge(), false);
            Checks.amount(v, cf + ".paid", claim.paid(), false);
            if (claim.patientResponsibility() != null) {
                Checks.amount(v, cf + ".patientResponsibility", claim.patientResponsibility(), false);
            }
            Checks.optionalText(v, cf + ".payerClaimControlNumber", claim.payerClaimControlNumber(), 50);
            adjustments(v, cf + ".adjustments", claim.adjustments());
            for (int l = 0; l < claim.lines().size(); l++) {
                ServicePayment line = claim.lines().get(l);
                String lf = cf + ".lines[" + l + "]";
                if (!Checks.required(v, lf, line)) {
                    continue;
                }
                Checks.text(v, lf + ".procedureQualifier", line.procedureQualifier(), 2);
                Checks.text(v, lf + ".procedureCode", line.procedureCode(), 48);
                if (line.modifiers().size() > 4) {
                    v.add(lf + ".modifiers", X12Codes.V_COUNT, "at most 4 modifiers");
                }
                line.modifiers().forEach(m -> Checks.text(v, lf + ".modifiers", m, 2));
                Checks.amount(v, lf + ".charge", line.charge(), false);
                Checks.amount(v, lf + ".paid", line.paid(), false);
                Checks.optionalText(v, lf + ".lineItemControlNumber", line.lineItemControlNumber(), 50);
                adjustments(v, lf + ".adjustments", line.adjustments());
            }
            if (claim.paid() != null) {
                expected = expected.add(claim.paid());
            }
        }
        for (int p = 0; p < r.providerAdjustments().size(); p++) {
            ProviderAdjustment a = r.providerAdjustments().get(p);
            String pf = f + ".providerAdjustments[" + p + "]";
            if (!Checks.required(v, pf, a)) {
                continue;
            }
            Checks.text(v, pf + ".providerId", a.providerId(), 50);
            Checks.required(v, pf + ".fiscalPeriodEnd", a.fiscalPeriodEnd());
            Checks.text(v, pf + ".reasonCode", a.reasonCode(), 2);
            Checks.optionalText(v, pf + ".referenceId", a.referenceId(), 50);
            Checks.amount(v, pf + ".amount", a.amount(), false);
            if (a.amount() != null) {
                expected = expected.subtract(a.amount());
            }
        }
        if (r.paymentAmount() != null && expected.compareTo(r.paymentAmount()) != 0) {
            v.add(f + ".paymentAmount", X12Codes.V_TOTAL,
                    "must equal the claim payments less the provider adjustments");
        }
    }

    private static void adjustments(Violations v, String f, List<Adjustment> adjustments) {
        for (int a = 0; a < adjustments.size(); a++) {
            Adjustment adj = adjustments.get(a);
            String af = f + "[" + a + "]";
            if (!Checks.required(v, af, adj)) {
                continue;
            }
            Checks.required(v, af + ".group", adj.group());
            Checks.text(v, af + ".reasonCode", adj.reasonCode(), 5);
            Checks.amount(v, af + ".amount", adj.amount(), false);
        }
    }

    private static void code(Violations v, String field, String value, Set<String> allowed) {
        if (Checks.required(v, field, value) && !allowed.contains(value)) {
            v.add(field, X12Codes.V_FORMAT, "must be one of " + new java.util.TreeSet<>(allowed));
        }
    }

    /**
     * Validates and writes remittances.
     *
     * @param envelope    the ISA/GS envelope
     * @param remittances one per transaction set
     * @return the interchange text
     * @throws ValidationException listing every problem (nothing written)
     * @throws X12Exception        when StAEDI rejects the interchange while writing
     */
    public String write(InterchangeEnvelope envelope, List<RemittanceAdvice> remittances) {
        List<Violation> violations = check(envelope, remittances);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        SegmentWriter w = new SegmentWriter();
        w.open(envelope, "HP", GUIDE);
        for (RemittanceAdvice r : remittances) {
            w.startSet("835", GUIDE);
            w.segment("BPR", r.handlingCode(), SegmentWriter.amount(r.paymentAmount()), r.creditDebit(),
                    r.paymentMethod(), null, null, null, null, null, null, null, null, null, null, null,
                    SegmentWriter.d8(r.paymentDate()));
            w.segment("TRN", "1", r.traceNumber(), r.payer().id());
            boolean planId = "XV".equals(r.payer().idQualifier());
            w.segment("N1", "PR", r.payer().name(), planId ? "XV" : null, planId ? r.payer().id() : null);
            if (!planId) {
                w.segment("REF", "2U", r.payer().id());
            }
            w.segment("N1", "PE", r.payee().name(), r.payee().idQualifier(), r.payee().id());
            if (!r.claims().isEmpty()) {
                w.segment("LX", "1");
            }
            for (ClaimPayment c : r.claims()) {
                w.segment("CLP", c.claimControlNumber(), c.statusCode(), SegmentWriter.amount(c.charge()),
                        SegmentWriter.amount(c.paid()), SegmentWriter.amount(c.patientResponsibility()), "ZZ",
                        c.payerClaimControlNumber());
                cas(w, c.adjustments());
                for (ServicePayment s : c.lines()) {
                    String[] procedure = new String[2 + s.modifiers().size()];
                    procedure[0] = s.procedureQualifier();
                    procedure[1] = s.procedureCode();
                    for (int m = 0; m < s.modifiers().size(); m++) {
                        procedure[2 + m] = s.modifiers().get(m);
                    }
                    boolean oneUnit = s.units() == null || s.units().compareTo(BigDecimal.ONE) == 0;
                    w.segment("SVC", procedure, SegmentWriter.amount(s.charge()), SegmentWriter.amount(s.paid()),
                            null, oneUnit ? null : SegmentWriter.amount(s.units()));
                    if (s.serviceDate() != null) {
                        w.segment("DTM", "472", SegmentWriter.d8(s.serviceDate()));
                    }
                    cas(w, s.adjustments());
                    if (s.lineItemControlNumber() != null) {
                        w.segment("REF", "6R", s.lineItemControlNumber());
                    }
                }
            }
            for (ProviderAdjustment a : r.providerAdjustments()) {
                w.segment("PLB", a.providerId(), SegmentWriter.d8(a.fiscalPeriodEnd()),
                        new String[] {a.reasonCode(), a.referenceId()}, SegmentWriter.amount(a.amount()));
            }
            w.endSet();
        }
        return w.close();
    }

    /** Writes adjustments in order; consecutive ones of a group share a CAS segment (at most 6 triplets). */
    private static void cas(SegmentWriter w, List<Adjustment> adjustments) {
        int i = 0;
        while (i < adjustments.size()) {
            AdjustmentGroup group = adjustments.get(i).group();
            List<Object> elements = new ArrayList<>();
            elements.add(group.name());
            int n = 0;
            while (i < adjustments.size() && adjustments.get(i).group() == group && n < 6) {
                Adjustment a = adjustments.get(i++);
                elements.add(a.reasonCode());
                elements.add(SegmentWriter.amount(a.amount()));
                elements.add(SegmentWriter.amount(a.quantity()));
                n++;
            }
            w.segment("CAS", elements.toArray());
        }
    }
}
