package org.medcoord.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency KWD = Currency.getInstance("KWD");

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static String codeOf(Throwable e) {
        return ((ValidationException) e).violations().get(0).code();
    }

    @Test
    void amountsAreHeldAtTheCurrencysFractionDigits() {
        assertThat(usd("5").amount().scale()).isEqualTo(2);
        assertThat(Money.of("1200", "JPY").amount().scale()).isZero();
        assertThat(Money.of("1.5", "KWD").amount()).isEqualTo(new BigDecimal("1.500"));
    }

    @Test
    void amountsWrittenWithDifferentScalesAreEqual() {
        assertThat(usd("5")).isEqualTo(usd("5.00")).isEqualTo(new Money(new BigDecimal("5.0"), USD));
        assertThat(usd("5").hashCode()).isEqualTo(usd("5.000").hashCode());
    }

    @Test
    void extraPrecisionIsRoundedHalfEven() {
        assertThat(usd("10.005").amount()).isEqualTo(new BigDecimal("10.00"));
        assertThat(usd("10.015").amount()).isEqualTo(new BigDecimal("10.02"));
        assertThat(usd("10.0151").amount()).isEqualTo(new BigDecimal("10.02"));
        assertThat(usd("-2.675").amount()).isEqualTo(new BigDecimal("-2.68"));
        assertThat(Money.of("2.5", "JPY").amount()).isEqualTo(new BigDecimal("2"));
        assertThat(Money.of("3.5", "JPY").amount()).isEqualTo(new BigDecimal("4"));
    }

    @Test
    void pseudoCurrencyWithoutMinorUnitIsRefused() {
        assertThatThrownBy(() -> Money.zero(Currency.getInstance("XXX")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("MC-VALID-001: 1 invalid field(s): MC-MONEY-002 currency: currency XXX has no minor unit;"
                        + " use an ISO 4217 currency such as USD");
    }

    @Test
    void parsingReportsBadAmountAndUnknownCurrencyTogether() {
        assertThatThrownBy(() -> Money.of("12,50", "ZZZ"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("amount", "MC-MONEY-003"),
                                org.assertj.core.groups.Tuple.tuple("currency", "MC-MONEY-004")));
        assertThatThrownBy(() -> Money.of(null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).hasSize(2));
    }

    @Test
    void parsingTrimsSurroundingSpace() {
        assertThat(Money.of(" 125.50 ", " USD ")).isEqualTo(new Money(new BigDecimal("125.5"), USD));
    }

    @Test
    void arithmeticKeepsTheCurrencyAndScale() {
        assertThat(usd("10.10").plus(usd("0.95"))).isEqualTo(usd("11.05"));
        assertThat(usd("10.00").minus(usd("12.50"))).isEqualTo(usd("-2.50"));
        assertThat(usd("19.99").times(3)).isEqualTo(usd("59.97"));
        assertThat(usd("-4.00").negate()).isEqualTo(usd("4.00"));
        assertThat(Money.zero(USD).amount()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void multiplyingByARateRoundsHalfEven() {
        // 80% coinsurance of 33.33 is 26.664 -> 26.66; 15% of 0.50 is 0.075 -> 0.08 (7 is odd, so up)
        assertThat(usd("33.33").times(new BigDecimal("0.80"))).isEqualTo(usd("26.66"));
        assertThat(usd("0.50").times(new BigDecimal("0.15"))).isEqualTo(usd("0.08"));
        assertThat(usd("0.50").times(new BigDecimal("0.05"))).isEqualTo(usd("0.02"));
    }

    @Test
    void signAndComparisons() {
        assertThat(usd("-0.01").isNegative()).isTrue();
        assertThat(usd("0.00").isNegative()).isFalse();
        assertThat(usd("0.001").isZero()).isTrue();
        assertThat(usd("0.01").isPositive()).isTrue();
        assertThat(usd("10.01").isGreaterThan(usd("10.00"))).isTrue();
        assertThat(usd("10.00").isGreaterThan(usd("10"))).isFalse();
        assertThat(usd("9.99").isLessThan(usd("10"))).isTrue();
        assertThat(usd("3").min(usd("2.99"))).isEqualTo(usd("2.99"));
        assertThat(usd("3").max(usd("2.99"))).isEqualTo(usd("3"));
    }

    @Test
    void mixingCurrenciesFailsWithAStableCode() {
        Money dollars = usd("1.00");
        Money yen = Money.of("100", "JPY");
        assertThatThrownBy(() -> dollars.plus(yen))
                .isInstanceOf(ValidationException.class)
                .hasMessage("MC-VALID-001: 1 invalid field(s): MC-MONEY-001 currency: cannot combine USD with JPY;"
                        + " convert one amount first, MedCoord never converts");
        for (Runnable mixed : List.<Runnable>of(() -> dollars.minus(yen), () -> dollars.isGreaterThan(yen),
                () -> dollars.isLessThan(yen), () -> dollars.min(yen), () -> dollars.max(yen))) {
            assertThatThrownBy(mixed::run).satisfies(e -> assertThat(codeOf(e)).isEqualTo("MC-MONEY-001"));
        }
    }

    @Test
    void splittingAHundredDollarsInThreeLosesNoCent() {
        assertThat(usd("100.00").split(3)).containsExactly(usd("33.34"), usd("33.33"), usd("33.33"));
    }

    @Test
    void splittingSpreadsLeftoverCentsOverTheFirstShares() {
        assertThat(usd("0.05").split(3)).containsExactly(usd("0.02"), usd("0.02"), usd("0.01"));
        assertThat(usd("0.02").split(4)).containsExactly(usd("0.01"), usd("0.01"), usd("0.00"), usd("0.00"));
        assertThat(usd("-100.00").split(3)).containsExactly(usd("-33.34"), usd("-33.33"), usd("-33.33"));
        assertThat(Money.of("1000", "JPY").split(3)).extracting(m -> m.amount().toPlainString())
                .containsExactly("334", "333", "333");
        assertThat(usd("42.42").split(1)).containsExactly(usd("42.42"));
    }

    @Test
    void allocationByRatiosAddsUpExactly() {
        assertThat(usd("10.00").allocate(70, 30)).containsExactly(usd("7.00"), usd("3.00"));
        assertThat(usd("0.05").allocate(3, 7)).containsExactly(usd("0.02"), usd("0.03"));
        assertThat(usd("100.00").allocate(0, 1, 1, 1)).containsExactly(usd("0.00"), usd("33.34"), usd("33.33"), usd("33.33"));
        Money total = Money.of("1234.567", "KWD");
        List<Money> shares = total.allocate(1, 2, 3, 5, 7, 11);
        assertThat(shares.stream().reduce(Money.zero(KWD), Money::plus)).isEqualTo(total);
    }

    @Test
    void impossibleAllocationsAreRefused() {
        assertThatThrownBy(() -> usd("1").split(0)).satisfies(e -> assertThat(codeOf(e)).isEqualTo("MC-MONEY-005"));
        assertThatThrownBy(() -> usd("1").allocate()).satisfies(e -> assertThat(codeOf(e)).isEqualTo("MC-MONEY-005"));
        assertThatThrownBy(() -> usd("1").allocate(1, -1)).satisfies(e -> assertThat(codeOf(e)).isEqualTo("MC-MONEY-005"));
        assertThatThrownBy(() -> usd("1").allocate(0, 0)).satisfies(e -> assertThat(codeOf(e)).isEqualTo("MC-MONEY-005"));
    }

    @Test
    void toStringShowsCurrencyAndPlainAmount() {
        assertThat(usd("1E+3")).hasToString("USD 1000.00");
        assertThat(new Money(BigDecimal.TEN, JPY)).hasToString("JPY 10");
    }
}
