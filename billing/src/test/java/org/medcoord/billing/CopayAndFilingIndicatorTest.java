package org.medcoord.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medcoord.billing.spi.EligibilityResponse;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;

/** Copay at check-in from the eligibility answer; SBR09 from the payer. */
class CopayAndFilingIndicatorTest extends BillingTestBase {

    @Test
    void withoutAnAmountTheCopayIsTheEligibilityAnswersAndIsCollectedOncePerAppointment() {
        primaryCoverage(acmePayer());
        acme.eligibility.set(new EligibilityResponse(true, Optional.of(usd("35.00")), Optional.empty(), Optional.empty()));

        LedgerEntry entry = ledger.collectCopay(biller, patient, "appt-7", TODAY, RENDERING_NPI);
        LedgerEntry again = ledger.collectCopay(biller, patient, "appt-7", TODAY, RENDERING_NPI);

        assertThat(entry.type()).isEqualTo(LedgerEntryType.PATIENT_PAYMENT);
        assertThat(entry.amount()).isEqualTo(usd("-35.00"));
        assertThat(entry.memo()).isEqualTo("copay");
        assertThat(again.seq()).isEqualTo(entry.seq());
        assertThat(ledger.entries(biller, patient)).hasSize(1);
        assertThat(acme.eligibilityCalls).hasValue(1); // the second check-in reused the cached answer
    }

    @Test
    void noCoverageAnInactiveAnswerOrNoStatedCopayIsRefusedAndPostsNothing() {
        assertThatThrownBy(() -> ledger.collectCopay(biller, patient, "appt-1", TODAY, RENDERING_NPI))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::code).containsExactly("MC-BILL-065"));
        primaryCoverage(acmePayer());
        acme.eligibility.set(EligibilityResponse.inactive());
        assertThatThrownBy(() -> ledger.collectCopay(biller, patient, "appt-1", TODAY, RENDERING_NPI))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::code).containsExactly("MC-BILL-065"));
        clock.set(START.plus(java.time.Duration.ofDays(1)));
        acme.eligibility.set(new EligibilityResponse(true, Optional.empty(), Optional.empty(), Optional.empty()));
        assertThatThrownBy(() -> ledger.collectCopay(biller, patient, "appt-1", TODAY.plusDays(1), RENDERING_NPI))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::code).containsExactly("MC-BILL-065"));
        assertThatThrownBy(() -> ledger.collectCopay(biller, patient, "", null, RENDERING_NPI))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::code)
                        .containsExactlyInAnyOrder("MC-BILL-037", "MC-BILL-064"));
        assertThat(ledger.entries(biller, patient)).isEmpty();
    }

    @Test
    void aPayersClaimFilingIndicatorIsSbr09OfItsClaimsAndDefaultsToCommercial() {
        Payer medicare = payers.register(biller, new NewPayer("Medicare Part B", ACME, 365, USD, "MB"));
        assertThat(medicare.claimFilingIndicator()).isEqualTo("MB");
        assertThat(payers.register(biller, new NewPayer("Other", "OTHER1", 90, USD)).claimFilingIndicator()).isEqualTo("CI");
        assertThatThrownBy(() -> payers.register(biller, new NewPayer("Bad", "BAD1", 90, USD, "commercial")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::code).containsExactly("MC-BILL-006"));
        registerProviders();
        coverages.add(biller, NewCoverage.self(patient, insured("Ann", "Smith"), medicare.id(), "1EG4TE5MK73", "PARTB", CoverageOrder.PRIMARY,
                TODAY.minusYears(1)));
        Claim claim = claims.build(biller, patient, List.of(charges.capture(biller, officeVisit().build()).id())).get(0);
        claims.scrub(biller, claim.id());

        claims.submit(biller, claim.id(), "k-mb");

        String x12 = new String(acme.submissions.get(0).interchange(), StandardCharsets.US_ASCII);
        assertThat(x12).contains("SBR*P*18*******MB~");
    }
}
