package org.medcoord.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoord.core.ConflictException;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;

class ClaimServiceTest extends BillingTestBase {

    @Test
    void aClaimBuiltFromChargesCarriesTheirLinesDiagnosesAndControlNumbers() {
        Coverage coverage = primaryCoverage(acmePayer());
        Charge visit = charges.capture(biller, officeVisit().build());
        Charge injection = charges.capture(biller, NewCharge.builder(patient).procedure("J1100", usd("30.00")).units(2)
                .diagnoses("E11.9", "I10", "E78.5").pointers(3, 1).providers(RENDERING_NPI, BILLING_NPI).serviceDate(TODAY.minusDays(1)).build());

        List<Claim> built = claims.build(biller, patient, List.of(visit.id(), injection.id()));

        assertThat(built).singleElement().satisfies(claim -> {
            assertThat(claim.status()).isEqualTo(ClaimStatus.DRAFT);
            assertThat(claim.coverage()).isEqualTo(coverage.id());
            assertThat(claim.order()).isEqualTo(CoverageOrder.PRIMARY);
            assertThat(claim.controlNumber()).matches("MC\\d{10}");
            assertThat(claim.diagnoses()).containsExactly("E11.9", "I10", "E78.5");
            assertThat(claim.lines()).extracting(ClaimLine::procedure).containsExactly("99213", "J1100");
            assertThat(claim.lines().get(1).diagnosisPointers()).containsExactly(3, 1);
            assertThat(claim.lines()).extracting(ClaimLine::lineControlNumber)
                    .containsExactly(claim.controlNumber() + "-1", claim.controlNumber() + "-2");
            assertThat(claim.total()).isEqualTo(usd("150.00"));
        });
        assertThat(charges.openCharges(biller, patient)).isEmpty();
        assertThat(charges.charge(biller, visit.id()).claim()).contains(built.get(0).id());
        assertThat(claims.byControlNumber(biller, built.get(0).controlNumber())).isEqualTo(built.get(0));
        assertThat(events(ClaimCreated.class)).hasSize(1);
    }

    @Test
    void moreThanFiftyLinesAreSplitIntoSeveralClaims() {
        primaryCoverage(acmePayer());
        List<ChargeId> ids = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            ids.add(charges.capture(biller, officeVisit().units(1 + i % 3).build()).id());
        }

        List<Claim> built = claims.build(biller, patient, ids);

        assertThat(built).extracting(c -> c.lines().size()).containsExactly(50, 1);
        assertThat(built).extracting(Claim::controlNumber).doesNotHaveDuplicates();
    }

    @Test
    void moreThanTwelveDiagnosesAreSplitIntoSeveralClaims() {
        primaryCoverage(acmePayer());
        String[] codes = {"E11.9", "I10", "E78.5", "J45.909", "K21.9", "M54.5", "F41.1", "N39.0", "R51", "J06.9", "L20.9", "H10.9", "B35.1"};
        List<ChargeId> ids = new ArrayList<>();
        for (String code : codes) {
            ids.add(charges.capture(biller, NewCharge.builder(patient).procedure("99213", usd("100.00")).diagnoses(code).providers(RENDERING_NPI, BILLING_NPI)
                    .serviceDate(TODAY.minusDays(1)).build()).id());
        }

        List<Claim> built = claims.build(biller, patient, ids);

        assertThat(built).extracting(c -> c.diagnoses().size()).containsExactly(12, 1);
        assertThat(built.get(1).diagnoses()).containsExactly("B35.1");
        assertThat(built.get(1).lines().get(0).diagnosisPointers()).containsExactly(1);
    }

    @Test
    void chargesWithoutPrimaryCoverageOrNotOpenAreRefusedTogether() {
        Charge visit = charges.capture(biller, officeVisit().build());
        ChargeId unknown = ChargeId.next(clock);

        assertThatThrownBy(() -> claims.build(biller, patient, List.of(visit.id(), visit.id(), unknown)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("MC-BILL-054", "MC-BILL-053", "MC-BILL-051"));
        assertThat(charges.openCharges(biller, patient)).hasSize(1);
    }

    @Test
    void theLifecycleFollowsOnlyLegalTransitionsAndAnnouncesEachStep() {
        registerProviders();
        primaryCoverage(acmePayer());
        Claim claim = claims.build(biller, patient, List.of(charges.capture(biller, officeVisit().build()).id())).get(0);

        assertThatThrownBy(() -> claims.recordStatus(biller, claim.id(), ClaimStatus.PAID, List.of()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("MC-BILL-100");
        assertThat(claims.scrub(biller, claim.id()).clean()).isTrue();
        assertThat(claims.claim(biller, claim.id()).status()).isEqualTo(ClaimStatus.SCRUBBED);
        assertThatThrownBy(() -> claims.recordStatus(biller, claim.id(), ClaimStatus.SUBMITTED, List.of()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("MC-BILL-100");
        assertThatThrownBy(() -> claims.scrub(biller, claim.id())).isInstanceOf(ConflictException.class).hasMessageContaining("MC-BILL-103");
        assertThat(claims.recordStatus(biller, claim.id(), ClaimStatus.DRAFT, List.of()).status()).isEqualTo(ClaimStatus.DRAFT);
        assertThat(events(ClaimStatusChanged.class)).extracting(ClaimStatusChanged::to).containsExactly(ClaimStatus.SCRUBBED, ClaimStatus.DRAFT);
    }

    @Test
    void aDenialNeedsReasonCodesAndTheEventCarriesThem() {
        Claim claim = submittedClaimInStatus(ClaimStatus.ACCEPTED);

        assertThatThrownBy(() -> claims.recordStatus(biller, claim.id(), ClaimStatus.DENIED, List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("MC-BILL-057"));
        assertThatThrownBy(() -> claims.recordStatus(biller, claim.id(), ClaimStatus.DENIED, List.of("patient has no coverage")))
                .isInstanceOf(ValidationException.class);

        Claim denied = claims.recordStatus(biller, claim.id(), ClaimStatus.DENIED, List.of("CO-27"));

        assertThat(denied.latestReasons()).containsExactly("CO-27");
        assertThat(events(ClaimStatusChanged.class)).last().satisfies(e -> {
            assertThat(e.to()).isEqualTo(ClaimStatus.DENIED);
            assertThat(e.reasons()).containsExactly("CO-27");
        });
        assertThat(claims.recordStatus(biller, claim.id(), ClaimStatus.APPEALED, List.of()).status()).isEqualTo(ClaimStatus.APPEALED);
        assertThat(claims.recordStatus(biller, claim.id(), ClaimStatus.PAID, List.of()).status()).isEqualTo(ClaimStatus.PAID);
        assertThat(claims.recordStatus(biller, claim.id(), ClaimStatus.CLOSED, List.of()).status()).isEqualTo(ClaimStatus.CLOSED);
        assertThatThrownBy(() -> claims.recordStatus(biller, claim.id(), ClaimStatus.APPEALED, List.of()))
                .isInstanceOf(ConflictException.class);
        assertThat(claims.claim(biller, claim.id()).history()).extracting(StatusChange::to).containsExactly(ClaimStatus.SCRUBBED,
                ClaimStatus.SUBMITTED, ClaimStatus.ACCEPTED, ClaimStatus.DENIED, ClaimStatus.APPEALED, ClaimStatus.PAID, ClaimStatus.CLOSED);
    }

    @Test
    void aSecondaryClaimFollowsThePrimarysAdjudicationToTheSecondaryCoverage() {
        Payer other = payers.register(biller, new NewPayer("Other Mutual", "ACME2", 365, USD));
        Coverage secondary = coverages.add(biller, NewCoverage.self(patient, insured("Ann", "Smith"), other.id(), "S77", "BASIC",
                CoverageOrder.SECONDARY, TODAY.minusYears(1)));
        Claim primary = submittedClaimInStatus(ClaimStatus.ACCEPTED);

        assertThatThrownBy(() -> claims.buildSecondary(biller, primary.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("MC-BILL-102");
        claims.recordStatus(biller, primary.id(), ClaimStatus.PARTIALLY_PAID, List.of("PR-1"));

        Claim next = claims.buildSecondary(biller, primary.id());

        assertThat(next.order()).isEqualTo(CoverageOrder.SECONDARY);
        assertThat(next.coverage()).isEqualTo(secondary.id());
        assertThat(next.primaryClaim()).contains(primary.id());
        assertThat(next.lines()).extracting(ClaimLine::procedure).containsExactlyElementsOf(primary.lines().stream().map(ClaimLine::procedure).toList());
        assertThat(next.controlNumber()).isNotEqualTo(primary.controlNumber());
        assertThatThrownBy(() -> claims.buildSecondary(biller, next.id())).isInstanceOf(ConflictException.class);
    }

    @Test
    void noSecondaryClaimWithoutSecondaryCoverage() {
        Claim primary = submittedClaimInStatus(ClaimStatus.ACCEPTED);
        claims.recordStatus(biller, primary.id(), ClaimStatus.DENIED, List.of("CO-96"));

        assertThatThrownBy(() -> claims.buildSecondary(biller, primary.id())).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("MC-BILL-055"));
    }

    @Test
    void refreshingAsksThePayerAndRecordsWhatItReports() {
        Claim claim = submittedClaimInStatus(ClaimStatus.SUBMITTED);
        acme.status.set(new org.medcoord.billing.spi.ClaimStatusResponse(ClaimStatus.DENIED, List.of("CO-16")));

        Claim refreshed = claims.refreshStatus(biller, claim.id());

        assertThat(refreshed.status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(refreshed.history()).extracting(StatusChange::to).endsWith(ClaimStatus.ACCEPTED, ClaimStatus.DENIED);
        assertThat(refreshed.latestReasons()).containsExactly("CO-16");
    }

    /** A claim submitted through the fake payer, then moved on to {@code status}. */
    Claim submittedClaimInStatus(ClaimStatus status) {
        registerProviders();
        if (coverages.activeOn(biller, patient, TODAY).stream().noneMatch(c -> c.order() == CoverageOrder.PRIMARY)) {
            primaryCoverage(acmePayer());
        }
        Claim claim = claims.build(biller, patient, List.of(charges.capture(biller, officeVisit().build()).id())).get(0);
        assertThat(claims.scrub(biller, claim.id()).clean()).isTrue();
        claims.submit(biller, claim.id(), "submit-" + claim.id());
        if (status == ClaimStatus.ACCEPTED) {
            claims.recordStatus(biller, claim.id(), ClaimStatus.ACCEPTED, List.of());
        }
        return claims.claim(biller, claim.id());
    }
}
