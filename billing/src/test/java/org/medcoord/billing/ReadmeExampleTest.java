package org.medcoord.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoord.billing.spi.PayerAdapter;
import org.medcoord.core.MedCoord;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.testsupport.TestKeys;

/** The README's billing example, kept compiling and passing here. Keep the two in step. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleRuns() {
        String encryptionKey = TestKeys.randomKey();
        String tokenKey = TestKeys.randomKey();
        FakePayer clearinghouse = new FakePayer("acme-clearinghouse", "ACME1");
        clearinghouse.paysWhatItReceives = true;
        Statement printed;
        // --- README example starts ---
        try (MedCoord medcoord = MedCoord.builder()
                .setting("medcoord.storage", "memory")
                .setting("medcoord.keys.encryption", encryptionKey)
                .setting("medcoord.keys.token", tokenKey)
                .setting(BillingSettings.X12_SENDER_ID, "CLINIC01")
                .setting(BillingSettings.X12_RECEIVER_ID, "ACMECH")
                .setting(BillingSettings.X12_RECEIVER_NAME, "Acme Clearinghouse")
                .setting(BillingSettings.X12_SUBMITTER_NAME, "Springfield Family Clinic")
                .setting(BillingSettings.X12_SUBMITTER_CONTACT, "Billing Office")
                .setting(BillingSettings.X12_SUBMITTER_PHONE, "2175550100")
                .provider(PayerAdapter.class, clearinghouse)          // or found by ServiceLoader
                .build()) {
            AccessContext biller = AccessContext.of(TenantId.of("clinic-a"),
                    Principal.of("biller-1", Roles.BILLING), PurposeOfUse.PAYMENT);
            Currency usd = Currency.getInstance("USD");
            LocalDate today = LocalDate.now(medcoord.clock());

            // Once: the payer, the clinic's providers, the patient's card.
            Payer acme = medcoord.service(PayerRegistry.class).register(biller, new NewPayer("Acme Health", "ACME1", 90, usd));
            ProviderDirectory providers = medcoord.service(ProviderDirectory.class);
            providers.registerBillingProvider(biller, new BillingProvider("1234567893", "Springfield Family Clinic", "123456789",
                    PostalAddress.of("10 Clinic Way", "Springfield", "IL", "62701")));
            providers.registerRenderingProvider(biller, new RenderingProvider("9876543213", "Grace", "Hopper"));
            PatientId patient = PatientId.next(medcoord.clock());     // the records module's patient id
            medcoord.service(CoverageService.class).add(biller, NewCoverage.self(patient,
                    new InsuredPerson("Ann", "Smith", LocalDate.of(1980, 4, 12), AdministrativeSex.FEMALE,
                            PostalAddress.of("1 Main St", "Springfield", "IL", "62701")),
                    acme.id(), "M123456", "GOLD", CoverageOrder.PRIMARY, today.minusYears(1)));

            // Capture the visit's charges (idempotent by source key), build the claim, scrub and submit it.
            ChargeService charges = medcoord.service(ChargeService.class);
            ClaimService claims = medcoord.service(ClaimService.class);
            Charge visit = charges.capture(biller, NewCharge.builder(patient)
                    .procedure("99213", Money.of("120.00", "USD")).modifiers("25")
                    .diagnoses("E11.9", "I10").pointers(1, 2)
                    .providers("9876543213", "1234567893").serviceDate(today)
                    .encounter("enc-42").sourceKey("encounter-closed:enc-42:1").build());
            Charge injection = charges.capture(biller, NewCharge.builder(patient)
                    .procedure("J1100", Money.of("30.00", "USD")).units(2).diagnoses("E11.9")
                    .providers("9876543213", "1234567893").serviceDate(today)
                    .encounter("enc-42").sourceKey("encounter-closed:enc-42:2").build());
            Claim claim = claims.build(biller, patient, List.of(visit.id(), injection.id())).get(0);
            ScrubReport edits = claims.scrub(biller, claim.id());      // every edit, errors block submission
            Submission sent = claims.submit(biller, claim.id(), "claim-" + claim.id() + "-1");

            // Post what the payer paid (835s from the adapter); posting a file twice changes nothing.
            medcoord.service(RemittanceService.class).fetchAndPost(biller, acme.id(), Instant.EPOCH);

            // The patient's statement: what remains is the patient's responsibility, aged.
            Statement statement = medcoord.service(PatientLedger.class).statement(biller, patient, today, usd);
            System.out.println("Balance " + statement.balance() + ", 0-30 days " + statement.aging().current());
            // --- README example ends ---
            assertThat(edits.clean()).isTrue();
            assertThat(sent.trackingId()).isEqualTo("acme-clearinghouse-1");
            assertThat(claims.claim(biller, claim.id()).status()).isEqualTo(ClaimStatus.PAID);
            printed = statement;
        }
        assertThat(printed.balance()).isEqualTo(Money.of("15.00", "USD"));
        assertThat(printed.aging().current()).isEqualTo(printed.balance());
    }
}
