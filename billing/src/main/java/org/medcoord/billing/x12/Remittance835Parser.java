package org.medcoord.billing.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads 835 transaction sets (005010X221A1) into {@link RemittanceAdvice} records. */
final class Remittance835Parser extends TransactionParser<RemittanceAdvice> {

    private String handlingCode;
    private BigDecimal paymentAmount;
    private String creditDebit;
    private String paymentMethod;
    private LocalDate paymentDate;
    private String traceNumber;
    private RemittanceParty payer;
    private RemittanceParty payee;
    private String currentParty;
    private List<ClaimPayment> claims;
    private List<ProviderAdjustment> providerAdjustments;
    private ClaimDraft claim;
    private LineDraft line;
    private Segment bpr;

    @Override
    String transactionType() {
        return "835";
    }

    @Override
    String guide() {
        return "005010X221";
    }

    @Override
    void begin(Segment st, InterchangeEnvelope envelope) {
        handlingCode = null;
        paymentAmount = null;
        creditDebit = null;
        paymentMethod = null;
        paymentDate = null;
        traceNumber = null;
        payer = null;
        payee = null;
        currentParty = null;
        claims = new ArrayList<>();
        providerAdjustments = new ArrayList<>();
        claim = null;
        line = null;
        bpr = null;
    }

    @Override
    void segment(Segment s) {
        switch (s.tag()) {
            case "BPR" -> {
                bpr = s;
                handlingCode = required(s, 1);
                paymentAmount = decimal(s, 2, true);
                creditDebit = required(s, 3);
                paymentMethod = required(s, 4);
                paymentDate = lenientDate(s, 16);
            }
            case "TRN" -> {
                if (traceNumber == null) {
                    traceNumber = required(s, 2);
                }
            }
            case "N1" -> {
                if (claim != null) {
                    throw s.error(X12Codes.BAD_STRUCTURE, "N1 after the first CLP");
                }
                currentParty = s.get(1);
                RemittanceParty party = new RemittanceParty(s.get(2), s.get(3), s.get(4));
                if ("PR".equals(currentParty)) {
                    payer = party;
                } else if ("PE".equals(currentParty)) {
                    payee = party;
                }
            }
            case "REF" -> reference(s);
            case "LX", "TS3", "TS2" -> closeClaim();
            case "CLP" -> {
                closeClaim();
                claim = new ClaimDraft(required(s, 1), required(s, 2), decimal(s, 3, true), decimal(s, 4, true),
                        decimal(s, 5, false), s.get(7));
            }
            case "CAS" -> {
                List<Adjustment> adjustments = adjustments(s);
                if (line != null) {
                    line.adjustments.addAll(adjustments);
                } else if (claim != null) {
                    claim.adjustments.addAll(adjustments);
                } else {
                    throw s.error(X12Codes.BAD_STRUCTURE, "CAS before any CLP");
                }
            }
            case "SVC" -> {
                if (claim == null) {
                    throw s.error(X12Codes.BAD_STRUCTURE, "SVC before any CLP");
                }
                closeLine();
                List<String> procedure = composite(s, 1);
                String qualifier = component(procedure, 1);
                String code = component(procedure, 2);
                if (qualifier == null || code == null) {
                    throw s.error(X12Codes.REQUIRED_ELEMENT, "SVC01 needs a qualifier and a procedure code");
                }
                List<String> modifiers = new ArrayList<>();
                for (int c = 3; c <= 6; c++) {
                    String m = component(procedure, c);
                    if (m != null) {
                        modifiers.add(m);
                    }
                }
                BigDecimal units = decimal(s, 5, false);
                line = new LineDraft(qualifier, code, modifiers, decimal(s, 2, true), decimal(s, 3, true),
                        units == null ? BigDecimal.ONE : units);
            }
            case "DTM" -> {
                String qualifier = s.get(1);
                if (line != null && ("472".equals(qualifier) || "150".equals(qualifier))) {
                    if (line.serviceDate == null) {
                        line.serviceDate = date(s, 2);
                    }
                }
            }
            case "PLB" -> {
                closeClaim();
                String provider = required(s, 1);
                LocalDate period = date(s, 2);
                for (int e = 3; e <= 13; e += 2) {
                    List<String> reason = s.components(e);
                    if (component(reason, 1) == null) {
                        if (e == 3) {
                            throw s.error(X12Codes.REQUIRED_ELEMENT, "PLB03 is required but empty or missing");
                        }
                        break;
                    }
                    reason = composite(s, e);
                    providerAdjustments.add(new ProviderAdjustment(provider, period, component(reason, 1),
                            component(reason, 2), decimal(s, e + 1, true)));
                }
            }
            default -> {
                // other segments (CUR, DTM*405, N3/N4, PER, RDM, NM1, MIA, MOA, AMT, QTY, LQ) carry nothing posted
            }
        }
    }

    /** BPR16 is informational for posting; real files carry impossible dates (TR3 examples: month 23). */
    private LocalDate lenientDate(Segment s, int e) {
        try {
            return date(s, e);
        } catch (X12Exception ex) {
            warn(s.warning(X12Codes.W_BAD_DATE, s.tag() + pos(e) + " is not a valid CCYYMMDD date; left empty"));
            return null;
        }
    }

    private void reference(Segment s) {
        String qualifier = s.get(1);
        if (line != null && "6R".equals(qualifier)) {
            line.lineItemControlNumber = required(s, 2);
        } else if (claim == null && "2U".equals(qualifier) && "PR".equals(currentParty) && payer != null
                && payer.id() == null) {
            payer = new RemittanceParty(payer.name(), "2U", required(s, 2));
        }
    }

    private List<Adjustment> adjustments(Segment s) {
        String groupCode = required(s, 1);
        AdjustmentGroup group = AdjustmentGroup.fromCode(groupCode);
        if (group == null) {
            throw s.error(X12Codes.BAD_CODE, "CAS01 is not an adjustment group code (CO, PR, OA, PI)");
        }
        if (group == AdjustmentGroup.CR) {
            warn(s.warning(X12Codes.W_GROUP_CR, "CAS01 group CR is X12 4010 only; read as CR"));
        }
        List<Adjustment> result = new ArrayList<>();
        for (int e = 2; e <= 17; e += 3) {
            String reason = s.get(e);
            if (reason == null) {
                if (e == 2) {
                    throw s.error(X12Codes.REQUIRED_ELEMENT, "CAS02 is required but empty or missing");
                }
                if (s.get(e + 1) != null) {
                    throw s.error(X12Codes.REQUIRED_ELEMENT, "CAS" + pos(e) + " is required with an amount");
                }
                continue;
            }
            result.add(new Adjustment(group, reason, decimal(s, e + 1, true), decimal(s, e + 2, false)));
        }
        return result;
    }

    private void closeLine() {
        if (line != null) {
            claim.lines.add(new ServicePayment(line.qualifier, line.code, line.modifiers, line.charge, line.paid,
                    line.units, line.serviceDate, line.lineItemControlNumber, line.adjustments));
            line = null;
        }
    }

    private void closeClaim() {
        if (claim != null) {
            closeLine();
            claims.add(new ClaimPayment(claim.controlNumber, claim.status, claim.charge, claim.paid,
                    claim.patientResponsibility, claim.payerControlNumber, claim.adjustments, claim.lines));
            claim = null;
        }
    }

    @Override
    void end(Segment se) {
        closeClaim();
        if (bpr == null) {
            throw se.error(X12Codes.BAD_STRUCTURE, "the 835 transaction set has no BPR segment");
        }
        if (traceNumber == null) {
            throw se.error(X12Codes.BAD_STRUCTURE, "the 835 transaction set has no TRN segment");
        }
        BigDecimal expected = BigDecimal.ZERO;
        for (ClaimPayment c : claims) {
            expected = expected.add(c.paid());
        }
        for (ProviderAdjustment p : providerAdjustments) {
            expected = expected.subtract(p.amount());
        }
        if (expected.compareTo(paymentAmount) != 0) {
            warn(bpr.warning(X12Codes.W_UNBALANCED,
                    "BPR02 does not equal the sum of CLP04 less the PLB adjustments"));
        }
        results.add(new RemittanceAdvice(handlingCode, paymentAmount, creditDebit, paymentMethod, paymentDate,
                traceNumber, payer, payee, claims, providerAdjustments));
    }

    private static final class ClaimDraft {
        final String controlNumber;
        final String status;
        final BigDecimal charge;
        final BigDecimal paid;
        final BigDecimal patientResponsibility;
        final String payerControlNumber;
        final List<Adjustment> adjustments = new ArrayList<>();
        final List<ServicePayment> lines = new ArrayList<>();

        ClaimDraft(String controlNumber, String status, BigDecimal charge, BigDecimal paid,
                BigDecimal patientResponsibility, String payerControlNumber) {
            this.controlNumber = controlNumber;
            this.status = status;
            this.charge = charge;
            this.paid = paid;
            this.patientResponsibility = patientResponsibility;
            this.payerControlNumber = payerControlNumber;
        }
    }

    private static final class LineDraft {
        final String qualifier;
        final String code;
        final List<String> modifiers;
        final BigDecimal charge;
        final BigDecimal paid;
        final BigDecimal units;
        final List<Adjustment> adjustments = new ArrayList<>();
        LocalDate serviceDate;
        String lineItemControlNumber;

        LineDraft(String qualifier, String code, List<String> modifiers, BigDecimal charge, BigDecimal paid,
                BigDecimal units) {
            this.qualifier = qualifier;
            this.code = code;
            this.modifiers = modifiers;
            this.charge = charge;
            this.paid = paid;
            this.units = units;
        }
    }
}
