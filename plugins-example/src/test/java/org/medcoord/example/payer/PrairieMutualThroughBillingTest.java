package org.medcoord.example.payer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.medcoord.billing.AdministrativeSex;
import org.medcoord.billing.BillingProvider;
import org.medcoord.billing.BillingSettings;
import org.medcoord.billing.Charge;
import org.medcoord.billing.ChargeService;
import org.medcoord.billing.Claim;
import org.medcoord.billing.ClaimEdit;
import org.medcoord.billing.ClaimService;
import org.medcoord.billing.ClaimStatus;
import org.medcoord.billing.CoverageOrder;
import org.medcoord.billing.CoverageService;
import org.medcoord.billing.InsuredPerson;
import org.medcoord.billing.NewCharge;
import org.medcoord.billing.NewCoverage;
import org.medcoord.billing.NewPayer;
import org.medcoord.billing.PatientLedger;
import org.medcoord.billing.Payer;
import org.medcoord.billing.PayerRegistry;
import org.medcoord.billing.PostalAddress;
import org.medcoord.billing.ProviderDirectory;
import org.medcoord.billing.RemittancePosting;
import org.medcoord.billing.RemittanceService;
import org.medcoord.billing.RenderingProvider;
import org.medcoord.billing.ScrubReport;
import org.medcoord.billing.Statement;
import org.medcoord.billing.spi.ClaimRule;
import org.medcoord.billing.spi.PayerAdapter;
import org.medcoord.core.InMemoryStorage;
import org.medcoord.core.MedCoord;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.testsupport.TestKeys;

/** MedCoord finds the adapter and the rule by ServiceLoader alone: scrub, submit, post the 835, print a statement. */
class PrairieMutualThroughBillingTest {

    private static final AccessContext BILLER = AccessContext.of(TenantId.of("clinic-a"), Principal.of("biller-1", Roles.BILLING),
            PurposeOfUse.PAYMENT);
    private static final Currency USD = Currency.getInstance("USD");

    private final MedCoord medcoord = MedCoord.builder().storage(InMemoryStorage.provider()).settings(TestKeys.settings())
            .setting(BillingSettings.X12_SENDER_ID, "NORTHCLINIC")
            .setting(BillingSettings.X12_RECEIVER_ID, "PRAIRIEMUTUAL")
            .setting(BillingSettings.X12_RECEIVER_NAME, "Prairie Mutual")
            .setting(BillingSettings.X12_SUBMITTER_NAME, "North Clinic")
            .setting(BillingSettings.X12_SUBMITTER_CONTACT, "Billing Office")
            .setting(BillingSettings.X12_SUBMITTER_PHONE, "3125550100")
            .build();
    private final LocalDate today = LocalDate.now(medcoord.clock());

    @AfterEach
    void close() {
        medcoord.close();
    }

    private Payer setUp() {
        Payer prairie = medcoord.service(PayerRegistry.class).register(BILLER, new NewPayer("Prairie Mutual", PrairieMutualPayer.PAYER_ID, 90, USD));
        ProviderDirectory providers = medcoord.service(ProviderDirectory.class);
        providers.registerBillingProvider(BILLER, new BillingProvider("1234567893", "North Clinic", "123456789",
                PostalAddress.of("10 Clinic Way", "Chicago", "IL", "60601")));
        providers.registerRenderingProvider(BILLER, new RenderingProvider("9876543213", "Ada", "Okafor"));
        return prairie;
    }

    private PatientId insured(Payer prairie, String member) {
        PatientId patient = PatientId.next(medcoord.clock());
        medcoord.service(CoverageService.class).add(BILLER, NewCoverage.self(patient, new InsuredPerson("Dan", "Osei",
                LocalDate.of(1961, 11, 30), AdministrativeSex.MALE, PostalAddress.of("1 Main St", "Chicago", "IL", "60601")),
                prairie.id(), member, "GOLD", CoverageOrder.PRIMARY, today.minusYears(1)));
        return patient;
    }

    private Charge charge(PatientId patient, String code, String amount, String key, String... modifiers) {
        NewCharge.Builder b = NewCharge.builder(patient).procedure(code, Money.of(amount, "USD")).diagnoses("K57.30").pointers(1)
                .providers("9876543213", "1234567893").serviceDate(today).placeOfService("11").sourceKey(key);
        if (modifiers.length > 0) {
            b.modifiers(modifiers);
        }
        return medcoord.service(ChargeService.class).capture(BILLER, b.build());
    }

    @Test
    void serviceLoaderFindsTheAdapterAndTheRule() {
        assertThat(ServiceLoader.load(PayerAdapter.class).stream().map(ServiceLoader.Provider::type)).contains(PrairieMutualPayer.class);
        assertThat(ServiceLoader.load(ClaimRule.class).stream().map(ServiceLoader.Provider::type)).contains(PrairieModifier25Rule.class);
    }

    @Test
    void aVisitWithAProcedureOnTheSameDayWithoutModifier25IsCaughtByTheScrubber() {
        Payer prairie = setUp();
        PatientId patient = insured(prairie, "PM000104");
        Charge visit = charge(patient, "99213", "150.00", "v1");
        Charge scope = charge(patient, "45380", "900.00", "p1");
        ClaimService claims = medcoord.service(ClaimService.class);
        Claim claim = claims.build(BILLER, patient, List.of(visit.id(), scope.id())).get(0);

        ScrubReport report = claims.scrub(BILLER, claim.id());

        assertThat(report.edits()).extracting(ClaimEdit::code).contains(PrairieModifier25Rule.CODE);
        assertThat(claims.claim(BILLER, claim.id()).status()).isEqualTo(ClaimStatus.DRAFT);
    }

    @Test
    void aCleanClaimIsSubmittedAdjudicatedPostedAndLeavesTheCopayOnTheStatement() {
        Payer prairie = setUp();
        PatientId patient = insured(prairie, "PM000104");
        Charge visit = charge(patient, "99213", "150.00", "v1", "25");
        Charge scope = charge(patient, "45380", "900.00", "p1");
        ClaimService claims = medcoord.service(ClaimService.class);
        Claim claim = claims.build(BILLER, patient, List.of(visit.id(), scope.id())).get(0);
        assertThat(claims.scrub(BILLER, claim.id()).edits()).extracting(ClaimEdit::code).doesNotContain(PrairieModifier25Rule.CODE);

        claims.submit(BILLER, claim.id(), "claim-" + claim.controlNumber());
        List<RemittancePosting> postings = medcoord.service(RemittanceService.class).fetchAndPost(BILLER, prairie.id(), Instant.EPOCH);

        assertThat(postings).singleElement().satisfies(p -> assertThat(p.claims()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(ClaimStatus.PAID);
            assertThat(c.paid()).isEqualTo(Money.of("547.00", "USD"));
            assertThat(c.patientResponsibility()).isEqualTo(Money.of("25.00", "USD"));
        }));
        Statement statement = medcoord.service(PatientLedger.class).statement(BILLER, patient, today, USD);
        assertThat(statement.balance()).isEqualTo(Money.of("25.00", "USD"));
        assertThat(medcoord.service(RemittanceService.class).fetchAndPost(BILLER, prairie.id(), Instant.EPOCH))
                .allSatisfy(p -> assertThat(p.alreadyPosted()).isTrue());
    }
}
