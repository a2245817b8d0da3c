package org.medcoord.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medcoord.billing.spi.ClaimRule;
import org.medcoord.core.ConflictException;
import org.medcoord.core.MedCoord;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.AccessDeniedException;

/** Scrubbing with a correction: an edit caught, the line corrected, re-scrubbed clean and submitted; submitted claims stay as sent. */
class ClaimCorrectionsTest extends BillingTestBase {

    ClaimCorrections corrections;

    @Override
    MedCoord.Builder configure(MedCoord.Builder builder) {
        return builder.provider(ClaimRule.class, new ScrubberTest.AcmeModifier25Rule());
    }

    @BeforeEach
    void services() {
        corrections = medcoord.service(ClaimCorrections.class);
        registerProviders();
        primaryCoverage(acmePayer());
    }

    /** A visit billed with an injection: Acme's rule wants modifier 25 on the visit (line 1). */
    private Claim visitWithInjection() {
        Charge visit = charges.capture(biller, officeVisit().build());
        Charge injection = charges.capture(biller, NewCharge.builder(patient).procedure("J1100", usd("30.00")).diagnoses("E11.9")
                .providers(RENDERING_NPI, BILLING_NPI).serviceDate(TODAY.minusDays(1)).build());
        return claims.build(biller, patient, List.of(visit.id(), injection.id())).get(0);
    }

    @Test
    void anEditCaughtByTheScrubberIsCorrectedOnTheClaimThenItScrubsCleanAndIsSubmitted() {
        Claim claim = visitWithInjection();
        assertThat(claims.scrub(biller, claim.id()).codes()).containsExactly("ACME-025");

        Claim corrected = corrections.correctLine(biller, claim.id(), LineCorrection.of(claim.lines().get(0), "ACME-025").withModifiers("25"));

        assertThat(corrected.status()).isEqualTo(ClaimStatus.DRAFT);
        assertThat(corrected.lines().get(0).modifiers()).containsExactly("25");
        assertThat(corrected.lines().get(1)).isEqualTo(claim.lines().get(1));
        assertThat(charges.charge(biller, claim.lines().get(0).charge()).modifiers()).containsExactly("25");
        assertThat(charges.charge(biller, claim.lines().get(0).charge()).status()).isEqualTo(ChargeStatus.BILLED);
        assertThat(events(ClaimLineCorrected.class)).containsExactly(
                new ClaimLineCorrected(claim.id(), patient, claim.payer(), 1, claim.lines().get(0).charge(), "ACME-025"));

        ScrubReport again = claims.scrub(biller, claim.id());
        assertThat(again.clean()).isTrue();
        assertThat(again.edits()).isEmpty();
        Submission sent = claims.submit(biller, claim.id(), "corrected-" + claim.id());
        assertThat(claims.claim(biller, claim.id()).status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(sent.claim()).isEqualTo(claim.id());
        assertThat(acme.submissions).singleElement().satisfies(s -> assertThat(s.claim().lines().get(0).modifiers()).containsExactly("25"));
    }

    @Test
    void correctingAScrubbedClaimSendsItBackToDraftWithTheReasonAndScalesTheAmountWithTheUnits() {
        Charge visit = charges.capture(biller, officeVisit().build());
        Claim claim = claims.build(biller, patient, List.of(visit.id())).get(0);
        assertThat(claims.scrub(biller, claim.id()).clean()).isTrue();
        var balance = ledger.balance(biller, patient).orElseThrow();

        Claim corrected = corrections.correctLine(biller, claim.id(), LineCorrection.of(claim.lines().get(0), "UNITS").withUnits(2)
                .withDiagnosisPointers(2));

        assertThat(corrected.status()).isEqualTo(ClaimStatus.DRAFT);
        assertThat(corrected.history()).last().satisfies(step -> {
            assertThat(step.from()).isEqualTo(ClaimStatus.SCRUBBED);
            assertThat(step.to()).isEqualTo(ClaimStatus.DRAFT);
            assertThat(step.reasons()).containsExactly("CORRECTED", "UNITS");
        });
        assertThat(corrected.lines().get(0).units()).isEqualTo(2);
        assertThat(corrected.lines().get(0).amount()).isEqualTo(usd("240.00"));
        assertThat(corrected.lines().get(0).diagnosisPointers()).containsExactly(2);
        Charge charge = charges.charge(biller, visit.id());
        assertThat(charge.amount()).isEqualTo(usd("240.00"));
        assertThat(charge.diagnoses().get(charge.diagnosisPointers().get(0) - 1)).isEqualTo(corrected.diagnoses().get(1));
        assertThat(ledger.balance(biller, patient)).contains(balance.plus(usd("120.00")));
        assertThat(events(ClaimStatusChanged.class)).extracting(ClaimStatusChanged::to).containsExactly(ClaimStatus.SCRUBBED, ClaimStatus.DRAFT);
        assertThatThrownBy(() -> claims.submit(biller, claim.id(), "too-soon-" + claim.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("MC-BILL-104");
    }

    @Test
    void correctingASubmittedClaimIsRefusedWithACodeAndChangesNothing() {
        Claim claim = visitWithInjection();
        corrections.correctLine(biller, claim.id(), LineCorrection.of(claim.lines().get(0), "ACME-025").withModifiers("25"));
        assertThat(claims.scrub(biller, claim.id()).clean()).isTrue();
        claims.submit(biller, claim.id(), "sent-" + claim.id());
        Claim sent = claims.claim(biller, claim.id());
        Charge charge = charges.charge(biller, claim.lines().get(0).charge());
        List<LedgerEntry> entries = ledger.entries(biller, patient);
        int eventsBefore = events(ClaimLineCorrected.class).size();

        assertThatThrownBy(() -> corrections.correctLine(biller, claim.id(), LineCorrection.of(sent.lines().get(0), "LATE").withModifiers("59")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-BILL-110"));

        assertThat(claims.claim(biller, claim.id())).isEqualTo(sent);
        assertThat(charges.charge(biller, charge.id())).isEqualTo(charge);
        assertThat(ledger.entries(biller, patient)).isEqualTo(entries);
        assertThat(events(ClaimLineCorrected.class)).hasSize(eventsBefore);
    }

    @Test
    void everyProblemOfACorrectionIsReportedTogetherAndNothingChanges() {
        Claim claim = visitWithInjection();
        Charge charge = charges.charge(biller, claim.lines().get(0).charge());

        assertThatThrownBy(() -> corrections.correctLine(biller, claim.id(),
                new LineCorrection(9, List.of("25", "59", "XS", "76", "77"), List.of(3, 3), 0, "not a code!")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("MC-BILL-082", "MC-BILL-080", "MC-BILL-031", "MC-BILL-032", "MC-BILL-036"));
        assertThatThrownBy(() -> corrections.correctLine(biller, claim.id(), LineCorrection.of(claim.lines().get(0), "NOOP")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("MC-BILL-081"));

        assertThat(claims.claim(biller, claim.id())).isEqualTo(claim);
        assertThat(charges.charge(biller, charge.id())).isEqualTo(charge);
        assertThat(events(ClaimLineCorrected.class)).isEmpty();
    }

    @Test
    void aFrontDeskUserMayNotCorrectAClaim() {
        Claim claim = visitWithInjection();

        assertThatThrownBy(() -> corrections.correctLine(as("desk-1", Roles.FRONT_DESK, PurposeOfUse.OPERATIONS), claim.id(),
                LineCorrection.of(claim.lines().get(0), "ACME-025").withModifiers("25"))).isInstanceOf(AccessDeniedException.class);
        assertThat(claims.claim(biller, claim.id())).isEqualTo(claim);
    }
}
