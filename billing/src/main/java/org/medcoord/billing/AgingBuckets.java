package org.medcoord.billing;

import java.util.Objects;
import org.medcoord.core.Money;

/**
 * An amount owed split by age: 0–30, 31–60, 61–90 and more than 90 days. A credit (more paid than owed)
 * shows as a negative amount in the youngest bucket.
 *
 * @param current  0 to 30 days old
 * @param days31to60 31 to 60 days old
 * @param days61to90 61 to 90 days old
 * @param over90   more than 90 days old
 * @since 0.1.0
 */
public record AgingBuckets(Money current, Money days31to60, Money days61to90, Money over90) {
    /** Checks the components are present. */
    public AgingBuckets {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(days31to60, "days31to60");
        Objects.requireNonNull(days61to90, "days61to90");
        Objects.requireNonNull(over90, "over90");
    }

    /**
     * @param currency the currency
     * @return all four buckets at zero
     */
    public static AgingBuckets zero(java.util.Currency currency) {
        Money zero = Money.zero(currency);
        return new AgingBuckets(zero, zero, zero, zero);
    }

    /**
     * @param days   the age of the amount in days
     * @param amount the amount
     * @return a copy with {@code amount} added to the bucket of {@code days}
     */
    public AgingBuckets add(long days, Money amount) {
        if (days <= 30) {
            return new AgingBuckets(current.plus(amount), days31to60, days61to90, over90);
        }
        if (days <= 60) {
            return new AgingBuckets(current, days31to60.plus(amount), days61to90, over90);
        }
        if (days <= 90) {
            return new AgingBuckets(current, days31to60, days61to90.plus(amount), over90);
        }
        return new AgingBuckets(current, days31to60, days61to90, over90.plus(amount));
    }

    /**
     * @param other more buckets in the same currency
     * @return the bucket-wise sum
     */
    public AgingBuckets plus(AgingBuckets other) {
        return new AgingBuckets(current.plus(other.current), days31to60.plus(other.days31to60), days61to90.plus(other.days61to90),
                over90.plus(other.over90));
    }

    /** @return the sum of the buckets */
    public Money total() {
        return current.plus(days31to60).plus(days61to90).plus(over90);
    }
}
