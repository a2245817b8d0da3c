package org.medcoord.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;

class FeeScheduleServiceTest extends BillingTestBase {

    @Test
    void thePlansScheduleWinsOverThePayersAndAModifiersFeeOverThePlainOne() {
        Payer acme = acmePayer();
        fees.define(biller, NewFeeSchedule.forPayer(acme.id(), null, USD, List.of(Fee.of("99213", usd("80.00")), Fee.of("J1100", usd("3.10")))));
        fees.define(biller, NewFeeSchedule.forPayer(acme.id(), "GOLD", USD, List.of(Fee.of("99213", usd("95.00")),
                Fee.of("99213", "25", usd("99.00")))));

        assertThat(fees.allowedAmount(biller, acme.id(), "GOLD", "99213", Optional.empty())).contains(usd("95.00"));
        assertThat(fees.allowedAmount(biller, acme.id(), "GOLD", "99213", Optional.of("25"))).contains(usd("99.00"));
        assertThat(fees.allowedAmount(biller, acme.id(), "GOLD", "99213", Optional.of("59"))).contains(usd("95.00"));
        assertThat(fees.allowedAmount(biller, acme.id(), "GOLD", "j1100", Optional.empty())).contains(usd("3.10"));
        assertThat(fees.allowedAmount(biller, acme.id(), "SILVER", "99213", Optional.empty())).contains(usd("80.00"));
        assertThat(fees.allowedAmount(biller, acme.id(), "GOLD", "99214", Optional.empty())).isEmpty();
    }

    @Test
    void theSelfPayPriceListIsSeparateAndDefiningAgainReplacesIt() {
        fees.define(biller, NewFeeSchedule.selfPay(USD, List.of(Fee.of("99213", usd("150.00")))));
        fees.define(biller, NewFeeSchedule.selfPay(USD, List.of(Fee.of("99213", usd("140.00")), Fee.of("99214", usd("190.00")))));

        assertThat(fees.selfPayPrice(biller, "99213", Optional.empty())).contains(usd("140.00"));
        assertThat(fees.selfPayPrice(biller, "99214", Optional.empty())).contains(usd("190.00"));
        assertThat(fees.allowedAmount(biller, acmePayer().id(), "GOLD", "99213", Optional.empty())).isEmpty();
    }

    @Test
    void everyProblemOfAScheduleIsReportedAtOnce() {
        Payer acme = acmePayer();
        List<Fee> bad = List.of(Fee.of("9921", usd("80.00")), Fee.of("99213", usd("0.00")), Fee.of("99214", usd("1.00")),
                Fee.of("99214", usd("2.00")), Fee.of("99215", new org.medcoord.core.Money(java.math.BigDecimal.TEN, Currency.getInstance("EUR"))));

        assertThatThrownBy(() -> fees.define(biller, NewFeeSchedule.forPayer(acme.id(), "GOLD", USD, bad)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("MC-BILL-021", "MC-BILL-023", "MC-BILL-022", "MC-BILL-024"));
        assertThat(fees.allowedAmount(biller, acme.id(), "GOLD", "99214", Optional.empty())).isEmpty();
    }
}
