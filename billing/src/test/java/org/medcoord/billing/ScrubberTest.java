package org.medcoord.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medcoord.billing.spi.ClaimRule;
import org.medcoord.core.MedCoord;

/** One test per built-in edit, each on an otherwise clean claim, plus the ClaimRule SPI. */
class ScrubberTest extends BillingTestBase {

    /** A payer-specific rule: Acme wants modifier 25 on office visits billed with an injection. */
    static final class AcmeModifier25Rule implements ClaimRule {
        @Override
        public String id() {
            return "acme-modifier-25";
        }

        @Override
        public boolean appliesTo(Payer payer) {
            return payer.x12PayerId().equals(ACME);
        }

        @Override
        public List<ClaimEdit> check(Claim claim, Payer payer) {
            boolean injection = claim.lines().stream().anyMatch(l -> l.procedure().startsWith("J"));
            List<ClaimEdit> edits = new ArrayList<>();
            for (int i = 0; i < claim.lines().size(); i++) {
                ClaimLine line = claim.lines().get(i);
                if (injection && line.procedure().equals("99213") && !line.modifiers().contains("25")) {
                    edits.add(ClaimEdit.error("ACME-025", "lines[" + i + "].modifiers", "Acme needs modifier 25 on the visit", id()));
                }
            }
            return edits;
        }
    }

    /** A rule that breaks. */
    static final class BrokenRule implements ClaimRule {
        @Override
        public String id() {
            return "broken";
        }

        @Override
        public boolean appliesTo(Payer payer) {
            return payer.x12PayerId().equals("ACME2");
        }

        @Override
        public List<ClaimEdit> check(Claim claim, Payer payer) {
            throw new IllegalStateException("boom");
        }
    }

    Claim clean;

    @Override
    MedCoord.Builder configure(MedCoord.Builder builder) {
        return builder.provider(ClaimRule.class, new AcmeModifier25Rule()).provider(ClaimRule.class, new BrokenRule());
    }

    @BeforeEach
    void cleanClaim() {
        registerProviders();
        primaryCoverage(acmePayer());
        clean = claims.build(biller, patient, List.of(charges.capture(biller, officeVisit().build()).id())).get(0);
        assertThat(scrubber.check(biller, clean).edits()).isEmpty();
    }

    List<String> codes(Claim claim) {
        return scrubber.check(biller, claim).codes();
    }

    Claim withLine(ClaimLine line) {
        return clean.withLines(List.of(line));
    }

    ClaimLine line() {
        return clean.lines().get(0);
    }

    @Test
    void missingRequiredFieldsAreErrors() {
        assertThat(codes(clean.withControlNumber(" "))).containsExactly("MC-BILL-301");
        assertThat(codes(clean.withBillingNpi(""))).containsExactly("MC-BILL-301");
        assertThat(codes(clean.withLines(List.of()))).containsExactly("MC-BILL-301");
        assertThat(codes(withLine(line().withProcedure("")))).containsExactly("MC-BILL-301");
        assertThat(codes(clean.withDiagnoses(List.of()))).contains("MC-BILL-301");
    }

    @Test
    void aProviderMissingFromTheDirectoryIsAnError() {
        assertThat(codes(clean.withBillingNpi("2222222228"))).containsExactly("MC-BILL-301");
        assertThat(codes(withLine(line().withRenderingNpi("1111111112")))).containsExactly("MC-BILL-301");
    }

    @Test
    void anNpiFailingItsLuhnCheckIsAnError() {
        assertThat(codes(clean.withBillingNpi("1234567890"))).containsExactly("MC-BILL-302");
        assertThat(codes(withLine(line().withRenderingNpi("98765")))).containsExactly("MC-BILL-302");
    }

    @Test
    void aMalformedDiagnosisIsAnError() {
        assertThat(codes(clean.withDiagnoses(List.of("E11.9", "1XX")))).containsExactly("MC-BILL-303");
    }

    @Test
    void aMalformedProcedureIsAnError() {
        assertThat(codes(withLine(line().withProcedure("9921")))).containsExactly("MC-BILL-304");
        assertThat(codes(withLine(line().withProcedure("Z1234")))).containsExactly("MC-BILL-304");
    }

    @Test
    void aMalformedModifierOrMoreThanFourAreErrors() {
        assertThat(codes(withLine(line().withModifiers(List.of("2"))))).containsExactly("MC-BILL-305");
        assertThat(codes(withLine(line().withModifiers(List.of("25", "59", "76", "91", "GT"))))).containsExactly("MC-BILL-305");
    }

    @Test
    void aDiagnosisPointerOutOfRangeIsAnError() {
        assertThat(codes(withLine(line().withDiagnosisPointers(List.of(3))))).containsExactly("MC-BILL-306");
        assertThat(codes(withLine(line().withDiagnosisPointers(List.of())))).containsExactly("MC-BILL-306");
        assertThat(codes(withLine(line().withDiagnosisPointers(List.of(1, 2, 1))))).containsExactly("MC-BILL-306");
    }

    @Test
    void coverageNotActiveOnTheDateOfServiceIsAnError() {
        assertThat(codes(withLine(line().withServiceDate(TODAY.minusYears(2))))).contains("MC-BILL-307");
    }

    @Test
    void duplicateLinesAreAWarningThatDoesNotBlock() {
        ClaimLine second = line().withNumber(2);
        ScrubReport report = scrubber.check(biller, clean.withLines(List.of(line(), second)));

        assertThat(report.codes()).containsExactly("MC-BILL-308");
        assertThat(report.edits().get(0).severity()).isEqualTo(EditSeverity.WARNING);
        assertThat(report.clean()).isTrue();
        assertThat(codes(clean.withLines(List.of(line(), second.withModifiers(List.of("76")))))).isEmpty();
    }

    @Test
    void unitsNotAboveZeroAreAnError() {
        assertThat(codes(withLine(line().withUnitsAndAmount(0, usd("120.00"))))).containsExactly("MC-BILL-309");
    }

    @Test
    void aChargeNotAboveZeroIsAnError() {
        assertThat(codes(withLine(line().withUnitsAndAmount(1, usd("0.00"))))).containsExactly("MC-BILL-310");
        assertThat(codes(withLine(line().withUnitsAndAmount(1, usd("-1.00"))))).containsExactly("MC-BILL-310");
    }

    @Test
    void aServicePastThePayersTimelyFilingLimitIsAnError() {
        // Served yesterday, with a 90-day limit: the 89th day from today is the last one to file on.
        clock.set(START.plus(java.time.Duration.ofDays(89)));
        assertThat(codes(clean)).isEmpty();
        clock.set(START.plus(java.time.Duration.ofDays(90)));
        assertThat(codes(clean)).containsExactly("MC-BILL-311");
    }

    @Test
    void moreThanTwelveDiagnosesOrFiftyLinesAreErrors() {
        List<String> thirteen = new ArrayList<>(Collections.nCopies(13, "E11.9"));
        assertThat(codes(clean.withDiagnoses(thirteen))).containsExactly("MC-BILL-312");
        List<ClaimLine> lines = new ArrayList<>();
        for (int i = 1; i <= 51; i++) {
            lines.add(line().withNumber(i).withServiceDate(TODAY.minusDays(i)));
        }
        assertThat(codes(clean.withLines(lines))).containsExactly("MC-BILL-312");
    }

    @Test
    void aMalformedPlaceOfServiceIsAnError() {
        ClaimLine atHome = new ClaimLine(1, line().charge(), line().lineControlNumber(), "99213", List.of(), 1, usd("120.00"), List.of(1),
                TODAY.minusDays(1), "98", RENDERING_NPI);
        assertThat(codes(withLine(atHome))).containsExactly("MC-BILL-313");
    }

    @Test
    void linesWithDifferentRenderingProvidersAreAnError() {
        providers.registerRenderingProvider(biller, new RenderingProvider("1111111112", "Ada", "Lovelace"));
        assertThat(codes(clean.withLines(List.of(line(), line().withNumber(2).withRenderingNpi("1111111112").withModifiers(List.of("76"))))))
                .containsExactly("MC-BILL-314");
    }

    @Test
    void aPayerSpecificClaimRuleAddsItsEditsAndAnErrorEditKeepsTheClaimADraft() {
        ClaimLine injection = new ClaimLine(2, line().charge(), line().lineControlNumber() + "x", "J1100", List.of(), 1, usd("30.00"),
                List.of(1), TODAY.minusDays(1), "11", RENDERING_NPI);
        ScrubReport report = scrubber.check(biller, clean.withLines(List.of(line(), injection)));

        assertThat(report.edits()).singleElement().satisfies(edit -> {
            assertThat(edit.code()).isEqualTo("ACME-025");
            assertThat(edit.rule()).isEqualTo("acme-modifier-25");
            assertThat(edit.field()).isEqualTo("lines[0].modifiers");
        });
        assertThat(report.clean()).isFalse();

        Claim both = claims.build(biller, patient, List.of(charges.capture(biller, officeVisit().serviceDate(TODAY).build()).id(),
                charges.capture(biller, NewCharge.builder(patient).procedure("J1100", usd("30.00")).diagnoses("E11.9")
                        .providers(RENDERING_NPI, BILLING_NPI).serviceDate(TODAY).build()).id())).get(0);
        assertThat(claims.scrub(biller, both.id()).codes()).containsExactly("ACME-025");
        assertThat(claims.claim(biller, both.id()).status()).isEqualTo(ClaimStatus.DRAFT);
    }

    @Test
    void aRuleThatThrowsBecomesAnErrorEditNamingIt() {
        Payer other = payers.register(biller, new NewPayer("Other Mutual", "ACME2", 365, USD));
        Claim toOther = new Claim(clean.id(), clean.controlNumber(), patient, clean.coverage(), other.id(), CoverageOrder.PRIMARY,
                java.util.Optional.empty(), clean.billingNpi(), clean.diagnoses(), clean.lines(), ClaimStatus.DRAFT, List.of(), clean.created());

        assertThat(scrubber.check(biller, toOther).edits()).singleElement().satisfies(edit -> {
            assertThat(edit.code()).isEqualTo("MC-BILL-399");
            assertThat(edit.message()).contains("broken");
        });
    }
}
