package org.medcoord.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An amount of money in one currency. Never a {@code double}: amounts are {@link BigDecimal}s held at
 * the currency's default number of fraction digits (2 for USD, 0 for JPY, 3 for KWD).
 *
 * <p><b>Rounding.</b> The constructor and every operation round to the currency's fraction digits with
 * {@link RoundingMode#HALF_EVEN} (banker's rounding), the rounding that does not drift upwards over many
 * line items: {@code new Money(new BigDecimal("10.005"), USD)} is {@code 10.00}, {@code 10.015} is
 * {@code 10.02}. Because the scale is always normalised, two equal amounts are {@link #equals equal}
 * whatever scale they were written with ({@code 5}, {@code 5.0}, {@code 5.00}).
 *
 * <p><b>Currencies.</b> Arithmetic and comparison between two currencies is refused with a
 * {@link ValidationException} whose violation has code {@code MC-MONEY-001}; MedCoord never converts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param amount   the amount, normalised to the currency's fraction digits
 * @param currency an ISO 4217 currency with a minor unit (not a pseudo-currency such as {@code XXX})
 * @since 0.1.0
 */
public record Money(BigDecimal amount, Currency currency) {

    /** Operands in two currencies. */
    public static final String MIXED_CURRENCIES = "MC-MONEY-001";
    /** A pseudo-currency without a minor unit, such as {@code XXX} or {@code XAU}. */
    public static final String NO_MINOR_UNIT = "MC-MONEY-002";
    /** The amount text is not a decimal number. */
    public static final String BAD_AMOUNT = "MC-MONEY-003";
    /** The currency code is not an ISO 4217 code. */
    public static final String UNKNOWN_CURRENCY = "MC-MONEY-004";
    /** An allocation that cannot be made: no parts, negative ratios or ratios summing to zero. */
    public static final String BAD_ALLOCATION = "MC-MONEY-005";

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw invalid("currency", NO_MINOR_UNIT, "currency " + currency.getCurrencyCode()
                    + " has no minor unit; use an ISO 4217 currency such as USD");
        }
        amount = amount.setScale(digits, RoundingMode.HALF_EVEN);
    }

    /**
     * Parses an amount such as {@code "125.50"} in the currency with ISO 4217 code {@code currencyCode}.
     *
     * @throws ValidationException when the amount is not a plain decimal number ({@code MC-MONEY-003}) or
     *         the currency code is unknown ({@code MC-MONEY-004}); both are reported together
     */
    public static Money of(String amount, String currencyCode) {
        Violations violations = new Violations();
        BigDecimal parsed = null;
        Currency currency = null;
        if (amount == null) {
            violations.add("amount", BAD_AMOUNT, "an amount is required, for example 125.50");
        } else {
            try {
                parsed = new BigDecimal(amount.strip());
            } catch (NumberFormatException e) {
                violations.add("amount", BAD_AMOUNT, "the amount must be a decimal number such as 125.50");
            }
        }
        if (currencyCode == null) {
            violations.add("currency", UNKNOWN_CURRENCY, "a currency code is required, for example USD");
        } else {
            try {
                currency = Currency.getInstance(currencyCode.strip());
            } catch (IllegalArgumentException e) {
                violations.add("currency", UNKNOWN_CURRENCY, "the currency must be an ISO 4217 code such as USD");
            }
        }
        violations.throwIfAny();
        return new Money(parsed, currency);
    }

    /** @return zero in {@code currency} */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** @return the sum; both amounts must be in the same currency */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /** @return this minus {@code other}; both amounts must be in the same currency */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** @return this times {@code factor} (a rate or a fractional quantity), rounded half-even */
    public Money times(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor");
        return new Money(amount.multiply(factor), currency);
    }

    /** @return this times a whole number of {@code units}, exact */
    public Money times(long units) {
        return new Money(amount.multiply(BigDecimal.valueOf(units)), currency);
    }

    /** @return the same amount with the opposite sign */
    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** @return true when the amount is below zero (a refund, a credit balance) */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** @return true when the amount is above zero */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** @return true when the amount is zero */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** @return true when this is more than {@code other}; both must be in the same currency */
    public boolean isGreaterThan(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount) > 0;
    }

    /** @return true when this is less than {@code other}; both must be in the same currency */
    public boolean isLessThan(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount) < 0;
    }

    /** @return the smaller of the two (this one when equal); both must be in the same currency */
    public Money min(Money other) {
        return other.isLessThan(this) ? other : this;
    }

    /** @return the larger of the two (this one when equal); both must be in the same currency */
    public Money max(Money other) {
        return other.isGreaterThan(this) ? other : this;
    }

    /**
     * Splits this amount into {@code parts} shares that differ by at most one minor unit and add up to
     * exactly this amount: 100.00 in 3 is 33.34, 33.33, 33.33. The leftover minor units go to the first
     * shares, so the result is deterministic.
     *
     * @throws ValidationException with {@code MC-MONEY-005} when {@code parts} is below 1
     */
    public List<Money> split(int parts) {
        if (parts < 1) {
            throw invalid("parts", BAD_ALLOCATION, "split an amount into at least one part");
        }
        long[] ratios = new long[parts];
        Arrays.fill(ratios, 1L);
        return allocate(ratios);
    }

    /**
     * Allocates this amount in proportion to {@code ratios} without losing or inventing a minor unit:
     * the shares add up to exactly this amount. Each share is first rounded towards zero; the leftover
     * minor units (fewer than the number of non-zero ratios) then go one each to the shares with a
     * non-zero ratio, in order. A zero ratio always gets zero. Negative amounts are allocated the same
     * way with negative shares.
     *
     * <p>Example: 10.00 allocated 70:30 is 7.00 and 3.00; 0.05 allocated 1:1 is 0.03 and 0.02.
     *
     * @throws ValidationException with {@code MC-MONEY-005} when there are no ratios, a ratio is
     *         negative or the ratios add up to zero
     */
    public List<Money> allocate(long... ratios) {
        Objects.requireNonNull(ratios, "ratios");
        if (ratios.length == 0) {
            throw invalid("ratios", BAD_ALLOCATION, "give at least one ratio");
        }
        BigInteger total = BigInteger.ZERO;
        for (long ratio : ratios) {
            if (ratio < 0) {
                throw invalid("ratios", BAD_ALLOCATION, "ratios must not be negative");
            }
            total = total.add(BigInteger.valueOf(ratio));
        }
        if (total.signum() == 0) {
            throw invalid("ratios", BAD_ALLOCATION, "at least one ratio must be above zero");
        }
        // The scale is normalised, so the unscaled value is the amount in minor units (cents).
        BigInteger minorUnits = amount.unscaledValue();
        BigInteger[] shares = new BigInteger[ratios.length];
        BigInteger allocated = BigInteger.ZERO;
        for (int i = 0; i < ratios.length; i++) {
            // BigInteger.divide truncates towards zero, so the leftover has the sign of the amount.
            shares[i] = minorUnits.multiply(BigInteger.valueOf(ratios[i])).divide(total);
            allocated = allocated.add(shares[i]);
        }
        BigInteger leftover = minorUnits.subtract(allocated);
        BigInteger step = BigInteger.valueOf(leftover.signum());
        for (int i = 0; leftover.signum() != 0; i++) {
            if (ratios[i] > 0) {
                shares[i] = shares[i].add(step);
                leftover = leftover.subtract(step);
            }
        }
        List<Money> result = new ArrayList<>(ratios.length);
        for (BigInteger share : shares) {
            result.add(new Money(new BigDecimal(share, amount.scale()), currency));
        }
        return List.copyOf(result);
    }

    /** @return for example {@code "USD 125.50"} */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw invalid("currency", MIXED_CURRENCIES, "cannot combine " + currency.getCurrencyCode() + " with "
                    + other.currency.getCurrencyCode() + "; convert one amount first, MedCoord never converts");
        }
    }

    private static ValidationException invalid(String field, String code, String message) {
        return new ValidationException(List.of(new Violation(field, code, message)));
    }
}
