package org.medcoord.records.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.medcoord.core.PatientId;
import org.medcoord.core.data.LogType;

/**
 * Medical record numbers. A facility's MRNs come from its own append-only log: the engine gives each
 * append a gap-free sequence number under the stream's append lock, so two concurrent registrations
 * can never draw the same number; the {@code patient.mrn} unique key then backs that up in the engine.
 * An MRN is {@code <FACILITY>-<7 digits><check digit>}, for example {@code NORTH-00000427}; the Luhn
 * check digit catches a mistyped digit or two swapped digits at the desk.
 */
final class Mrns {

    static final Pattern FACILITY = Pattern.compile("[A-Za-z0-9]{1,10}");
    private static final Pattern GENERATED_NUMBER = Pattern.compile("\\d{8}");

    /** What the issue log records: which patient took the number (ids only). */
    record Issued(PatientId patient) {
    }

    static final LogType<Issued> LOG = new LogType<>("records.mrn/", Issued.class);

    private Mrns() {
    }

    /** @return the log stream suffix of a facility (stream names are lower case) */
    static String stream(String facility) {
        return facility.toLowerCase(Locale.ROOT);
    }

    static String format(String facility, long sequence) {
        if (sequence < 1 || sequence > 9_999_999L) {
            throw new IllegalStateException("facility MRN sequence exhausted at 9,999,999 registrations");
        }
        String number = String.format(Locale.ROOT, "%07d", sequence);
        return facility.toUpperCase(Locale.ROOT) + "-" + number + luhn(number);
    }

    /** True when {@code mrn} has the form {@code facility} generates, so an import could collide with a future one. */
    static boolean looksGenerated(String facility, String mrn) {
        String prefix = facility.toUpperCase(Locale.ROOT) + "-";
        String upper = mrn.strip().toUpperCase(Locale.ROOT);
        return upper.startsWith(prefix) && GENERATED_NUMBER.matcher(upper.substring(prefix.length())).matches();
    }

    /** @return true when the last digit of a generated MRN's number is its Luhn check digit */
    static boolean checkDigitValid(String mrn) {
        int dash = mrn.lastIndexOf('-');
        String digits = mrn.substring(dash + 1);
        if (!GENERATED_NUMBER.matcher(digits).matches()) {
            return false;
        }
        return luhn(digits.substring(0, 7)) == digits.charAt(7) - '0';
    }

    static int luhn(String digits) {
        int sum = 0;
        for (int i = digits.length() - 1, position = 0; i >= 0; i--, position++) {
            int digit = digits.charAt(i) - '0';
            if (position % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
