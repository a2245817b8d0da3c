package org.medcoord.billing.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads 837P transaction sets (005010X222A1/A2) into {@link ProfessionalClaimBatch} records, one per
 * transaction set. Follows the HL tree: 20 billing provider, 22 subscriber, 23 patient; loop 2300 claim,
 * 2310B rendering provider, 2320/2330 other payer, 2400 lines.
 */
final class Claim837PParser extends TransactionParser<ProfessionalClaimBatch> {

    /** Where in the transaction the last segment was, to tell apart the NM1/SBR/N3 of different loops. */
    private enum Loop { HEADER, SUBMITTER, RECEIVER, PROVIDER, SUBSCRIBER, PAYER, PATIENT, CLAIM, RENDERING,
        OTHER_SUBSCRIBER, OTHER_PAYER, LINE, OTHER }

    private InterchangeEnvelope envelope;
    private Submitter submitter;
    private Receiver receiver;
    private List<ProfessionalClaim> claims;
    private Set<String> hlIds;
    private Loop loop;

    private Party provider;
    private String providerTaxId;
    private Party subscriber;
    private String payerResponsibility;
    private String subscriberRelationship;
    private String groupNumber;
    private String filingIndicator;
    private Party payer;
    private Party patient;
    private String patientRelationship;

    private ClaimDraft claim;
    private LineDraft line;

    @Override
    String transactionType() {
        return "837";
    }

    @Override
    String guide() {
        return "005010X222";
    }

    @Override
    void begin(Segment st, InterchangeEnvelope envelope) {
        this.envelope = envelope;
        submitter = null;
        receiver = null;
        claims = new ArrayList<>();
        hlIds = new HashSet<>();
        loop = Loop.HEADER;
        provider = null;
        subscriber = null;
        payer = null;
        patient = null;
        claim = null;
        line = null;
    }

    @Override
    void segment(Segment s) {
        switch (s.tag()) {
            case "HL" -> hierarchy(s);
            case "NM1" -> name(s);
            case "N3", "N4", "DMG" -> {
                Party party = currentParty();
                if (party != null) {
                    party.apply(s);
                }
            }
            case "PER" -> {
                if (loop == Loop.SUBMITTER && submitter != null) {
                    submitter = new Submitter(submitter.name(), submitter.id(), s.get(2), phone(s));
                }
            }
            case "REF" -> reference(s);
            case "SBR" -> {
                if (claim != null) {
                    loop = Loop.OTHER_SUBSCRIBER;
                    claim.otherSubscriber = true;
                    claim.otherFilingIndicator = s.get(9);
                } else {
                    loop = Loop.SUBSCRIBER;
                    payerResponsibility = required(s, 1);
                    subscriberRelationship = s.get(2);
                    groupNumber = s.get(3);
                    filingIndicator = s.get(9);
                }
            }
            case "PAT" -> patientRelationship = s.get(1);
            case "CLM" -> {
                if (subscriber == null) {
                    throw s.error(X12Codes.BAD_STRUCTURE, "CLM before a subscriber loop (HL 22 with NM1*IL)");
                }
                closeClaim();
                loop = Loop.CLAIM;
                List<String> facility = composite(s, 5);
                claim = new ClaimDraft(s, required(s, 1), decimal(s, 2, true), component(facility, 1),
                        component(facility, 3));
            }
            case "HI" -> diagnoses(s);
            case "AMT" -> {
                if (claim != null && "D".equals(s.get(1)) && line == null) {
                    claim.priorPayerPaid = decimal(s, 2, true);
                }
            }
            case "LX" -> {
                if (claim == null) {
                    throw s.error(X12Codes.BAD_STRUCTURE, "LX before any CLM");
                }
                closeLine();
                loop = Loop.LINE;
                line = new LineDraft(s);
            }
            case "SV1" -> serviceLine(s);
            case "DTP" -> {
                if (line != null && "472".equals(s.get(1)) && line.serviceDate == null) {
                    line.serviceDate = date(s, 3);
                }
            }
            default -> {
                // other segments (BHT, PRV, CUR, K3, NTE, CAS, OI, SVD, LIN, CTP, ...) are not part of the records
            }
        }
    }

    private void hierarchy(Segment s) {
        closeClaim();
        String id = required(s, 1);
        String parent = s.get(2);
        if (!hlIds.add(id)) {
            throw s.error(X12Codes.BAD_STRUCTURE, "HL01 repeats an earlier HL id");
        }
        if (parent != null && !hlIds.contains(parent)) {
            throw s.error(X12Codes.BAD_STRUCTURE, "HL02 names a parent HL that does not precede it");
        }
        String level = required(s, 3);
        switch (level) {
            case "20" -> {
                loop = Loop.PROVIDER;
                provider = null;
                providerTaxId = null;
            }
            case "22" -> {
                loop = Loop.SUBSCRIBER;
                subscriber = null;
                payer = null;
                patient = null;
                patientRelationship = null;
            }
            case "23" -> {
                loop = Loop.PATIENT;
                patient = null;
                patientRelationship = null;
            }
            default -> throw s.error(X12Codes.BAD_CODE, "HL03 is not a professional claim level (20, 22, 23)");
        }
    }

    private void name(Segment s) {
        String entity = required(s, 1);
        switch (entity) {
            case "41" -> {
                loop = Loop.SUBMITTER;
                submitter = new Submitter(s.get(3), s.get(9), null, null);
            }
            case "40" -> {
                loop = Loop.RECEIVER;
                receiver = new Receiver(s.get(3), s.get(9));
            }
            case "85" -> {
                loop = Loop.PROVIDER;
                provider = new Party(s);
            }
            case "IL" -> {
                if (claim == null) {
                    loop = Loop.SUBSCRIBER;
                    subscriber = new Party(s);
                } else {
                    loop = Loop.OTHER;
                }
            }
            case "PR" -> {
                if (claim == null) {
                    loop = Loop.PAYER;
                    payer = new Party(s);
                } else if (claim.otherSubscriber && line == null) {
                    loop = Loop.OTHER_PAYER;
                    claim.priorPayer = new ClaimPayer(s.get(3), s.get(9), claim.otherFilingIndicator);
                } else {
                    loop = Loop.OTHER;
                }
            }
            case "QC" -> {
                loop = Loop.PATIENT;
                patient = new Party(s);
            }
            case "82" -> {
                if (claim != null && !claim.otherSubscriber && line == null) {
                    loop = Loop.RENDERING;
                    claim.rendering = new RenderingProvider(s.get(3), s.get(4), s.get(9));
                } else {
                    loop = Loop.OTHER;
                }
            }
            default -> loop = Loop.OTHER;
        }
    }

    private Party currentParty() {
        return switch (loop) {
            case PROVIDER -> provider;
            case SUBSCRIBER -> subscriber;
            case PATIENT -> patient;
            default -> null;
        };
    }

    private static String phone(Segment s) {
        for (int e = 3; e <= 7; e += 2) {
            if ("TE".equals(s.get(e))) {
                return s.get(e + 1);
            }
        }
        return null;
    }

    private void reference(Segment s) {
        String qualifier = s.get(1);
        if (loop == Loop.PROVIDER && "EI".equals(qualifier)) {
            providerTaxId = s.get(2);
        } else if (line != null && "6R".equals(qualifier)) {
            line.lineItemControlNumber = s.get(2);
        }
    }

    private void diagnoses(Segment s) {
        if (claim == null) {
            throw s.error(X12Codes.BAD_STRUCTURE, "HI before any CLM");
        }
        for (int e = 1; e <= 12; e++) {
            List<String> comps = composite(s, e);
            String qualifier = component(comps, 1);
            String code = component(comps, 2);
            if (qualifier == null) {
                continue;
            }
            if (code == null) {
                throw s.error(X12Codes.REQUIRED_ELEMENT, "HI" + pos(e) + " has a qualifier but no code");
            }
            if (qualifier.equals("ABK") || qualifier.equals("ABF") || qualifier.equals("BK")
                    || qualifier.equals("BF")) {
                claim.diagnoses.add(code);
            }
        }
        claim.hasHi = true;
    }

    private void serviceLine(Segment s) {
        if (line == null) {
            throw s.error(X12Codes.BAD_STRUCTURE, "SV1 without a preceding LX");
        }
        List<String> procedure = composite(s, 1);
        String code = component(procedure, 2);
        if (component(procedure, 1) == null || code == null) {
            throw s.error(X12Codes.REQUIRED_ELEMENT, "SV101 needs a qualifier and a procedure code");
        }
        line.procedureCode = code;
        for (int c = 3; c <= 6; c++) {
            String m = component(procedure, c);
            if (m != null) {
                line.modifiers.add(m);
            }
        }
        line.charge = decimal(s, 2, true);
        line.units = decimal(s, 4, false);
        List<String> pointers = composite(s, 7);
        for (String p : pointers) {
            if (p == null || p.isEmpty()) {
                continue;
            }
            try {
                line.pointers.add(Integer.valueOf(p.trim()));
            } catch (NumberFormatException ex) {
                throw s.error(X12Codes.BAD_VALUE, "SV107 holds a diagnosis pointer that is not a number");
            }
        }
        if (line.pointers.isEmpty()) {
            warn(s.warning(X12Codes.W_NO_POINTER, "SV1 has no diagnosis pointer (SV107); read without pointers"));
        }
        line.sv1 = true;
    }

    private void closeLine() {
        if (line != null) {
            if (!line.sv1) {
                throw line.lx.error(X12Codes.BAD_STRUCTURE, "LX without an SV1 service line");
            }
            claim.lines.add(new ServiceLine(line.lineItemControlNumber, line.procedureCode, line.modifiers,
                    line.charge, line.units, line.pointers, line.serviceDate));
            line = null;
        }
    }

    private void closeClaim() {
        if (claim == null) {
            return;
        }
        closeLine();
        if (!claim.hasHi) {
            warn(claim.clm.warning(X12Codes.W_NO_DIAGNOSIS, "the claim has no HI diagnosis segment"));
        }
        BillingProvider billing = provider == null ? null
                : new BillingProvider(provider.lastName, provider.id, providerTaxId, provider.address());
        Subscriber insured = new Subscriber(subscriber.id, subscriber.lastName, subscriber.firstName,
                subscriber.birthDate, subscriber.gender, subscriber.address(), groupNumber, payerResponsibility,
                subscriberRelationship);
        Patient patientRecord = patient == null ? null
                : new Patient(patient.lastName, patient.firstName, patient.birthDate, patient.gender,
                        patient.address(), patientRelationship);
        ClaimPayer claimPayer = payer == null ? null : new ClaimPayer(payer.lastName, payer.id, filingIndicator);
        claims.add(new ProfessionalClaim(billing, insured, patientRecord, claimPayer, claim.controlNumber,
                claim.totalCharge, claim.placeOfService, claim.frequencyCode, claim.diagnoses, claim.rendering,
                claim.priorPayerPaid, claim.lines, claim.priorPayer));
        claim = null;
    }

    @Override
    void end(Segment se) {
        closeClaim();
        results.add(new ProfessionalClaimBatch(envelope, submitter, receiver, claims));
    }

    /** An NM1 with its N3, N4 and DMG. */
    private static final class Party {
        final String lastName;
        final String firstName;
        final String id;
        String line1;
        String line2;
        String city;
        String state;
        String postalCode;
        boolean hasAddress;
        LocalDate birthDate;
        String gender;

        Party(Segment nm1) {
            lastName = nm1.get(3);
            firstName = nm1.get(4);
            id = nm1.get(9);
        }

        void apply(Segment s) {
            switch (s.tag()) {
                case "N3" -> {
                    line1 = s.get(1);
                    line2 = s.get(2);
                    hasAddress = true;
                }
                case "N4" -> {
                    city = s.get(1);
                    state = s.get(2);
                    postalCode = s.get(3);
                    hasAddress = true;
                }
                case "DMG" -> {
                    if ("D8".equals(s.get(1))) {
                        birthDate = date(s, 2);
                    }
                    gender = s.get(3);
                }
                default -> throw new IllegalArgumentException(s.tag());
            }
        }

        X12Address address() {
            return hasAddress ? new X12Address(line1, line2, city, state, postalCode) : null;
        }
    }

    private static final class ClaimDraft {
        final Segment clm;
        final String controlNumber;
        final BigDecimal totalCharge;
        final String placeOfService;
        final String frequencyCode;
        final List<String> diagnoses = new ArrayList<>();
        final List<ServiceLine> lines = new ArrayList<>();
        boolean hasHi;
        boolean otherSubscriber;
        String otherFilingIndicator;
        RenderingProvider rendering;
        BigDecimal priorPayerPaid;
        ClaimPayer priorPayer;

        ClaimDraft(Segment clm, String controlNumber, BigDecimal totalCharge, String placeOfService,
                String frequencyCode) {
            this.clm = clm;
            this.controlNumber = controlNumber;
            this.totalCharge = totalCharge;
            this.placeOfService = placeOfService;
            this.frequencyCode = frequencyCode;
        }
    }

    private static final class LineDraft {
        final Segment lx;
        final List<String> modifiers = new ArrayList<>();
        final List<Integer> pointers = new ArrayList<>();
        boolean sv1;
        String procedureCode;
        BigDecimal charge;
        BigDecimal units;
        LocalDate serviceDate;
        String lineItemControlNumber;

        LineDraft(Segment lx) {
            this.lx = lx;
        }
    }
}
