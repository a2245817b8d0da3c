package org.medcoord.billing.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads 270 inquiries or 271 responses (005010X279A1). Both share the HL tree 20 information source
 * (payer), 21 information receiver (provider), 22 subscriber (23 dependent); one record per subscriber.
 *
 * @param <T> {@link EligibilityInquiry} or {@link EligibilityResponse}
 */
abstract class EligibilityParser<T> extends TransactionParser<T> {

    ClaimPayer source;
    String receiverName;
    String receiverId;
    Subject subject;

    @Override
    String guide() {
        return "005010X279";
    }

    @Override
    void begin(Segment st, InterchangeEnvelope envelope) {
        source = null;
        receiverName = null;
        receiverId = null;
        subject = null;
    }

    @Override
    void segment(Segment s) {
        switch (s.tag()) {
            case "HL" -> {
                String level = required(s, 3);
                if ("22".equals(level)) {
                    close();
                    subject = new Subject();
                } else if ("20".equals(level) || "21".equals(level)) {
                    close();
                } else if (!"23".equals(level)) {
                    throw s.error(X12Codes.BAD_CODE, "HL03 is not an eligibility level (20, 21, 22, 23)");
                }
            }
            case "NM1" -> {
                String entity = required(s, 1);
                if (subject == null && "PR".equals(entity) && source == null) {
                    source = new ClaimPayer(s.get(3), s.get(9), null);
                } else if (subject == null && source != null && receiverName == null) {
                    receiverName = s.get(3);
                    receiverId = s.get(9);
                } else if (subject != null && "IL".equals(entity) && !subject.inBenefits) {
                    subject.lastName = s.get(3);
                    subject.firstName = s.get(4);
                    subject.memberId = s.get(9);
                }
            }
            case "TRN" -> {
                if (subject != null && subject.traceNumber == null) {
                    subject.traceNumber = s.get(2);
                }
            }
            case "DMG" -> {
                if (subject != null && !subject.inBenefits && "D8".equals(s.get(1))) {
                    subject.birthDate = date(s, 2);
                }
            }
            case "DTP" -> {
                if (subject != null && !subject.inBenefits && subject.date == null) {
                    String q = s.get(1);
                    if ("291".equals(q) || "307".equals(q) || "346".equals(q) || "472".equals(q)) {
                        subject.date = date(s, 3);
                    }
                }
            }
            case "REF" -> {
                if (subject != null && "18".equals(s.get(1)) && subject.planName == null && !subject.inBenefits) {
                    subject.planName = s.get(3) != null ? s.get(3) : s.get(2);
                }
            }
            case "EQ" -> {
                if (subject == null) {
                    throw s.error(X12Codes.BAD_STRUCTURE, "EQ outside a subscriber loop");
                }
                for (List<String> rep : s.repetitions(1)) {
                    String code = component(rep, 1);
                    if (code != null) {
                        subject.serviceTypes.add(code);
                    }
                }
            }
            case "EB" -> {
                if (subject == null) {
                    throw s.error(X12Codes.BAD_STRUCTURE, "EB outside a subscriber loop");
                }
                subject.inBenefits = true;
                List<String> types = new ArrayList<>();
                for (List<String> rep : s.repetitions(3)) {
                    String code = component(rep, 1);
                    if (code != null) {
                        types.add(code);
                    }
                }
                String network = s.get(12);
                subject.benefits.add(new EligibilityBenefit(required(s, 1), s.get(2), types, s.get(4), s.get(5),
                        s.get(6), decimal(s, 7, false), decimal(s, 8, false),
                        "Y".equals(network) ? Boolean.TRUE : "N".equals(network) ? Boolean.FALSE : null));
            }
            default -> {
                // BHT, N3/N4, PRV, LS/LE, MSG, AAA, III: not part of the records
            }
        }
    }

    @Override
    void end(Segment se) {
        close();
    }

    private void close() {
        if (subject != null) {
            results.add(build(subject));
            subject = null;
        }
    }

    abstract T build(Subject s);

    /** The subscriber loop being read. */
    static final class Subject {
        String traceNumber;
        String memberId;
        String lastName;
        String firstName;
        LocalDate birthDate;
        LocalDate date;
        String planName;
        boolean inBenefits;
        final List<String> serviceTypes = new ArrayList<>();
        final List<EligibilityBenefit> benefits = new ArrayList<>();
    }

    /** 270 inquiries. */
    static final class Inquiries extends EligibilityParser<EligibilityInquiry> {
        @Override
        String transactionType() {
            return "270";
        }

        @Override
        EligibilityInquiry build(Subject s) {
            return new EligibilityInquiry(s.traceNumber, source, receiverName, receiverId, s.memberId, s.lastName,
                    s.firstName, s.birthDate, s.date, s.serviceTypes);
        }
    }

    /** 271 responses, summarised as {@link EligibilityResponse} documents. */
    static final class Responses extends EligibilityParser<EligibilityResponse> {
        @Override
        String transactionType() {
            return "271";
        }

        @Override
        EligibilityResponse build(Subject s) {
            boolean active = false;
            boolean inactive = false;
            String plan = s.planName;
            for (EligibilityBenefit b : s.benefits) {
                switch (b.informationCode()) {
                    case "1", "2", "3", "4", "5" -> {
                        active = true;
                        if (plan == null && b.planDescription() != null) {
                            plan = b.planDescription();
                        }
                    }
                    case "6", "7", "8" -> inactive = true;
                    default -> {
                        // amounts are summarised below
                    }
                }
            }
            return new EligibilityResponse(s.traceNumber, source, s.memberId, s.date, active && !inactive, plan,
                    amount(s.benefits, "B", null), amount(s.benefits, "C", "29"), amount(s.benefits, "G", "29"),
                    s.benefits);
        }

        /** The in-network amount of the first EB with that code (and time period), else the first one. */
        private static BigDecimal amount(List<EligibilityBenefit> benefits, String code, String period) {
            BigDecimal any = null;
            for (EligibilityBenefit b : benefits) {
                if (!code.equals(b.informationCode()) || b.amount() == null
                        || (period != null && !period.equals(b.timePeriod()))) {
                    continue;
                }
                if (Boolean.TRUE.equals(b.inNetwork())) {
                    return b.amount();
                }
                if (any == null) {
                    any = b.amount();
                }
            }
            return any;
        }
    }
}
