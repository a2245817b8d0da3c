package org.medcoord.billing.x12;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.medcoord.core.Violations;

/** Field checks shared by the writers; each adds a violation with a field path and never the value. */
final class Checks {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private Checks() {
    }

    /** @return true when the value is present */
    static boolean required(Violations v, String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            v.add(field, X12Codes.V_REQUIRED, "is required");
            return false;
        }
        return true;
    }

    /** A required text element of at most {@code max} characters. */
    static void text(Violations v, String field, String value, int max) {
        if (required(v, field, value)) {
            optionalText(v, field, value, max);
        }
    }

    /** An optional text element of at most {@code max} characters. */
    static void optionalText(Violations v, String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            v.add(field, X12Codes.V_TOO_LONG, "is longer than " + max + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == SegmentWriter.ELEMENT || c == SegmentWriter.COMPONENT || c == SegmentWriter.REPETITION
                    || c == SegmentWriter.TERMINATOR || c < 0x20 || c > 0x7e) {
                v.add(field, X12Codes.V_DELIMITER,
                        "contains a character X12 reserves (* : ^ ~), a control character or a non-ASCII character");
                return;
            }
        }
    }

    /** Required digits, between {@code min} and {@code max} of them. */
    static void digits(Violations v, String field, String value, int min, int max) {
        if (required(v, field, value) && (!DIGITS.matcher(value).matches() || value.length() < min
                || value.length() > max)) {
            v.add(field, X12Codes.V_FORMAT, min == max ? "must be " + min + " digits"
                    : "must be " + min + " to " + max + " digits");
        }
    }

    /** A required amount in USD, positive when {@code positive}, with at most two decimals. */
    static void amount(Violations v, String field, BigDecimal value, boolean positive) {
        if (!required(v, field, value)) {
            return;
        }
        if (positive && value.signum() <= 0) {
            v.add(field, X12Codes.V_AMOUNT, "must be greater than zero");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            v.add(field, X12Codes.V_AMOUNT, "has more than 2 decimals (USD cents)");
        }
        if (value.abs().compareTo(new BigDecimal("9999999999.99")) > 0) {
            v.add(field, X12Codes.V_AMOUNT, "is too large for an X12 amount");
        }
    }

    /** A control number within 1..999999999. */
    static void controlNumber(Violations v, String field, long value) {
        if (value < 1 || value > 999_999_999L) {
            v.add(field, X12Codes.V_CONTROL_NUMBER, "must be between 1 and 999999999");
        }
    }

    /** The envelope every writer needs. */
    static void envelope(Violations v, InterchangeEnvelope e) {
        if (!required(v, "envelope", e)) {
            return;
        }
        code(v, "envelope.senderQualifier", e.senderQualifier());
        text(v, "envelope.senderId", e.senderId(), 15);
        code(v, "envelope.receiverQualifier", e.receiverQualifier());
        text(v, "envelope.receiverId", e.receiverId(), 15);
        controlNumber(v, "envelope.interchangeControlNumber", e.interchangeControlNumber());
        controlNumber(v, "envelope.groupControlNumber", e.groupControlNumber());
        required(v, "envelope.createdAt", e.createdAt());
        required(v, "envelope.usage", e.usage());
    }

    private static void code(Violations v, String field, String value) {
        if (required(v, field, value) && !value.matches("[0-9A-Z]{2}")) {
            v.add(field, X12Codes.V_FORMAT, "must be a 2-character ISA qualifier such as ZZ, 30 or 01");
        }
    }
}
