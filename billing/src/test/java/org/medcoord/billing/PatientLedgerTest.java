package org.medcoord.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medcoord.core.Money;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;

class PatientLedgerTest extends BillingTestBase {

    @Test
    void theBalanceIsTheSumOfChargesPaymentsAdjustmentsAndRefunds() {
        charges.capture(biller, officeVisit().build());
        ledger.post(biller, LedgerPosting.patientPayment(patient, usd("50.00"), "statement payment", null));
        ledger.post(biller, new LedgerPosting(patient, LedgerEntryType.ADJUSTMENT, usd("20.00"), Optional.empty(), "courtesy discount", Optional.empty()));
        ledger.post(biller, new LedgerPosting(patient, LedgerEntryType.REFUND, usd("5.00"), Optional.empty(), "overpayment", Optional.empty()));

        assertThat(ledger.entries(biller, patient)).extracting(LedgerEntry::amount)
                .containsExactly(usd("120.00"), usd("-50.00"), usd("-20.00"), usd("5.00"));
        assertThat(ledger.entries(biller, patient)).extracting(LedgerEntry::seq).containsExactly(1L, 2L, 3L, 4L);
        assertThat(ledger.balance(biller, patient)).contains(usd("55.00"));
        assertThat(events(LedgerEntryPosted.class)).hasSize(4);
    }

    @Test
    void anEmptyLedgerHasNoBalance() {
        assertThat(ledger.balance(biller, patient)).isEmpty();
        assertThat(ledger.entries(biller, patient)).isEmpty();
    }

    @Test
    void aCopayIsCollectedOncePerAppointment() {
        LedgerEntry first = ledger.collectCopay(biller, patient, "appt-1", usd("25.00"));
        LedgerEntry again = ledger.collectCopay(biller, patient, "appt-1", usd("25.00"));
        ledger.collectCopay(biller, patient, "appt-2", usd("25.00"));

        assertThat(again).isEqualTo(first);
        assertThat(first.type()).isEqualTo(LedgerEntryType.PATIENT_PAYMENT);
        assertThat(first.memo()).isEqualTo("copay");
        assertThat(ledger.balance(biller, patient)).contains(usd("-50.00"));
    }

    @Test
    void everyProblemOfAPostingIsReportedAtOnceAndNothingIsPosted() {
        assertThatThrownBy(() -> ledger.post(biller, new LedgerPosting(patient, LedgerEntryType.CHARGE, usd("-3.00"), Optional.empty(), " ",
                Optional.of("bad key")))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(Violation::code).containsExactly("MC-BILL-060", "MC-BILL-061", "MC-BILL-063", "MC-BILL-056"));
        assertThatThrownBy(() -> ledger.collectCopay(biller, patient, "", usd("25.00"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("MC-BILL-064");
        assertThat(ledger.entries(biller, patient)).isEmpty();
    }

    @Test
    void aLedgerKeepsOneCurrency() {
        charges.capture(biller, officeVisit().build());

        assertThatThrownBy(() -> ledger.post(biller, LedgerPosting.patientPayment(patient, new Money(java.math.BigDecimal.TEN,
                Currency.getInstance("EUR")), "payment", null))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("MC-BILL-062"));
        assertThat(ledger.entries(biller, patient)).hasSize(1);
    }
}
