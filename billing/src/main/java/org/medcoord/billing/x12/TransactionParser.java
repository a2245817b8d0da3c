package org.medcoord.billing.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the segments of one kind of transaction set into records. {@link SegmentSource} calls
 * {@link #begin}, {@link #segment} for every segment between ST and SE, and {@link #end}. One instance
 * reads one input, on one thread.
 *
 * @param <T> the record built per transaction set (or per subscriber)
 */
abstract class TransactionParser<T> {

    private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;

    final List<T> results = new ArrayList<>();
    final List<ParseWarning> warnings = new ArrayList<>();
    char componentSeparator = ':';

    /** @return the ST01 this parser reads, for example {@code 835} */
    abstract String transactionType();

    /** @return the prefix GS08 must have, for example {@code 005010X221} */
    abstract String guide();

    abstract void begin(Segment st, InterchangeEnvelope envelope);

    abstract void segment(Segment s);

    abstract void end(Segment se);

    void warn(ParseWarning w) {
        warnings.add(w);
    }

    static String required(Segment s, int e) {
        String v = s.get(e);
        if (v == null) {
            throw s.error(X12Codes.REQUIRED_ELEMENT, s.tag() + pos(e) + " is required but empty or missing");
        }
        return v;
    }

    static String pos(int e) {
        return e < 10 ? "0" + e : String.valueOf(e);
    }

    static BigDecimal decimal(Segment s, int e, boolean mandatory) {
        return decimal(s, e, 1, mandatory);
    }

    static BigDecimal decimal(Segment s, int e, int c, boolean mandatory) {
        String v = s.get(e, c);
        if (v == null) {
            if (mandatory) {
                throw s.error(X12Codes.REQUIRED_ELEMENT, s.tag() + pos(e) + " is required but empty or missing");
            }
            return null;
        }
        try {
            return new BigDecimal(v.trim());
        } catch (NumberFormatException ex) {
            throw s.error(X12Codes.BAD_VALUE, s.tag() + pos(e) + " is not a decimal number");
        }
    }

    /** Reads a D8 date, or the first date of an RD8 range ({@code CCYYMMDD-CCYYMMDD}). */
    static LocalDate date(Segment s, int e) {
        String v = s.get(e);
        if (v == null) {
            return null;
        }
        String first = v.length() == 17 && v.charAt(8) == '-' ? v.substring(0, 8) : v;
        try {
            return LocalDate.parse(first, D8);
        } catch (DateTimeParseException ex) {
            throw s.error(X12Codes.BAD_VALUE, s.tag() + pos(e) + " is not a CCYYMMDD date");
        }
    }

    /**
     * The components of a composite element. When the element arrived as one component that holds
     * another usual component separator ({@code :} or {@code >}), a sender wrapped data written with a
     * different separator in this envelope: split on it and warn.
     */
    List<String> composite(Segment s, int e) {
        List<String> comps = s.components(e);
        if (comps.size() == 1 && comps.get(0) != null) {
            String v = comps.get(0);
            for (char sep : new char[] {':', '>'}) {
                if (sep != componentSeparator && v.indexOf(sep) > 0) {
                    warn(s.warning(X12Codes.W_COMPONENT_SEPARATOR, s.tag() + pos(e) + " uses '" + sep
                            + "' as component separator although ISA16 is '" + componentSeparator
                            + "'; read it split on '" + sep + "'"));
                    return Arrays.asList(v.split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1));
                }
            }
        }
        return comps;
    }

    static String component(List<String> comps, int c) {
        if (c > comps.size()) {
            return null;
        }
        String v = comps.get(c - 1);
        return v == null || v.isEmpty() ? null : v;
    }
}
