package org.medcoord.billing.x12;

import java.util.List;

/**
 * What an X12 reader returns: the transactions read, in file order, and every warning raised. A reader
 * returns a document only when the whole input was read; on a malformed input it throws
 * {@link X12Exception} and returns nothing.
 *
 * @param transactions one item per ST/SE transaction set (or per subscriber in a 271)
 * @param warnings     what was tolerated, in file order
 * @param <T>          the transaction type
 * @since 0.1.0
 */
public record X12Document<T>(List<T> transactions, List<ParseWarning> warnings) {

    /**
     * Copies the lists.
     *
     * @param transactions the {@code transactions} component
     * @param warnings the {@code warnings} component
     */
    public X12Document {
        transactions = List.copyOf(transactions);
        warnings = List.copyOf(warnings);
    }

    /**
     * @param code a warning code
     * @return true when a warning with that code was raised
     */
    public boolean hasWarning(String code) {
        return warnings.stream().anyMatch(w -> w.code().equals(code));
    }
}
