package org.medcoord.billing.x12;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;
import org.medcoord.core.Violations;
import org.medcoord.core.code.CodeFormats;

/**
 * Writes 270 eligibility inquiries (005010X279A1) with StAEDI's {@code EDIStreamWriter}: one ST/SE
 * transaction set per inquiry (HL 20 payer, HL 21 provider, HL 22 subscriber with TRN, NM1*IL, DMG,
 * DTP*291 and one EQ per service type), in one ISA/GS envelope. {@link #check} reports every problem at
 * once; StAEDI validates the envelope while writing. TRN03 is the provider's NPI. Stateless and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class Eligibility270Writer {

    /** GS08/ST03 of the interchanges written. */
    public static final String GUIDE = "005010X279A1";

    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    /** Creates a writer. */
    public Eligibility270Writer() {
        // stateless
    }

    /**
     * @param envelope  the ISA/GS envelope
     * @param inquiries at least one
     * @return every violation found, empty when they can be written
     */
    public List<Violation> check(InterchangeEnvelope envelope, List<EligibilityInquiry> inquiries) {
        Violations v = new Violations();
        Checks.envelope(v, envelope);
        if (inquiries == null || inquiries.isEmpty()) {
            v.add("inquiries", X12Codes.V_COUNT, "at least one inquiry is required");
            return v.list();
        }
        for (int i = 0; i < inquiries.size(); i++) {
            EligibilityInquiry q = inquiries.get(i);
            String f = "inquiries[" + i + "]";
            if (!Checks.required(v, f, q)) {
                continue;
            }
            Checks.text(v, f + ".traceNumber", q.traceNumber(), 50);
            if (Checks.required(v, f + ".payer", q.payer())) {
                Checks.text(v, f + ".payer.name", q.payer().name(), 60);
                Checks.text(v, f + ".payer.payerId", q.payer().payerId(), 80);
            }
            Checks.text(v, f + ".providerName", q.providerName(), 60);
            if (Checks.required(v, f + ".providerNpi", q.providerNpi())) {
                v.addAll("", CodeFormats.NPI.check(f + ".providerNpi", q.providerNpi()));
            }
            Checks.text(v, f + ".memberId", q.memberId(), 80);
            Checks.text(v, f + ".lastName", q.lastName(), 60);
            Checks.optionalText(v, f + ".firstName", q.firstName(), 35);
            Checks.required(v, f + ".serviceDate", q.serviceDate());
            if (q.serviceTypeCodes().isEmpty() || q.serviceTypeCodes().size() > 99) {
                v.add(f + ".serviceTypeCodes", X12Codes.V_COUNT, "must hold 1 to 99 service type codes");
            }
            q.serviceTypeCodes().forEach(code -> Checks.text(v, f + ".serviceTypeCodes", code, 2));
        }
        return v.list();
    }

    /**
     * Validates and writes inquiries.
     *
     * @param envelope  the ISA/GS envelope
     * @param inquiries one per transaction set
     * @return the interchange text
     * @throws ValidationException listing every problem (nothing written)
     * @throws X12Exception        when StAEDI rejects the interchange while writing
     */
    public String write(InterchangeEnvelope envelope, List<EligibilityInquiry> inquiries) {
        List<Violation> violations = check(envelope, inquiries);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        SegmentWriter w = new SegmentWriter();
        w.open(envelope, "HS", GUIDE);
        for (EligibilityInquiry q : inquiries) {
            w.startSet("270", GUIDE);
            w.segment("BHT", "0022", "13", q.traceNumber(), SegmentWriter.d8(envelope.createdAt().toLocalDate()),
                    envelope.createdAt().format(HHMM));
            w.segment("HL", "1", null, "20", "1");
            w.segment("NM1", "PR", "2", q.payer().name(), null, null, null, null, "PI", q.payer().payerId());
            w.segment("HL", "2", "1", "21", "1");
            w.segment("NM1", "1P", "2", q.providerName(), null, null, null, null, "XX", q.providerNpi());
            w.segment("HL", "3", "2", "22", "0");
            w.segment("TRN", "1", q.traceNumber(), q.providerNpi());
            w.segment("NM1", "IL", "1", q.lastName(), q.firstName(), null, null, null, "MI", q.memberId());
            if (q.birthDate() != null) {
                w.segment("DMG", "D8", SegmentWriter.d8(q.birthDate()));
            }
            w.segment("DTP", "291", "D8", SegmentWriter.d8(q.serviceDate()));
            for (String code : q.serviceTypeCodes()) {
                w.segment("EQ", code);
            }
            w.endSet();
        }
        return w.close();
    }
}
