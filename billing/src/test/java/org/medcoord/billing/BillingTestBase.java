package org.medcoord.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.medcoord.billing.spi.PayerAdapter;
import org.medcoord.core.MedCoord;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.event.DomainEvent;
import org.medcoord.core.event.EventEnvelope;
import org.medcoord.core.spi.EventListener;
import org.medcoord.testsupport.MutableClock;
import org.medcoord.testsupport.TestKeys;

/**
 * Starts one MedCoord on the in-memory engine per test class, with the billing feature found by discovery
 * and a fake payer adapter serving payer id {@code ACME1}, and gives every test a fresh tenant. (The testkit
 * depends on this module, so these tests cannot use it.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BillingTestBase {

    static final Instant START = Instant.parse("2026-11-02T15:00:00Z");
    static final LocalDate TODAY = LocalDate.ofInstant(START, ZoneOffset.UTC);
    static final Currency USD = Currency.getInstance("USD");
    static final String BILLING_NPI = "1234567893";
    static final String RENDERING_NPI = "9876543213";
    static final String ACME = "ACME1";

    final MutableClock clock = new MutableClock(START);
    final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    final FakePayer acme = new FakePayer("acme-clearinghouse", ACME, "ACME2");
    MedCoord medcoord;
    PayerRegistry payers;
    CoverageService coverages;
    FeeScheduleService fees;
    ChargeService charges;
    ClaimService claims;
    Scrubber scrubber;
    EligibilityService eligibility;
    PatientLedger ledger;
    ProviderDirectory providers;
    TenantId tenant;
    AccessContext biller;
    PatientId patient;

    /** @return the builder's extra providers; subclasses add claim rules or adapters */
    MedCoord.Builder configure(MedCoord.Builder builder) {
        return builder;
    }

    @BeforeAll
    void start() {
        MedCoord.Builder builder = MedCoord.builder()
                .setting(MedCoord.STORAGE_SETTING, "memory")
                .setting("medcoord.keys.encryption", TestKeys.randomKey())
                .setting("medcoord.keys.token", TestKeys.randomKey())
                .setting(BillingSettings.X12_SENDER_ID, "CLINIC01")
                .setting(BillingSettings.X12_RECEIVER_ID, "CLEARING01")
                .setting(BillingSettings.X12_RECEIVER_NAME, "Acme Clearinghouse")
                .setting(BillingSettings.X12_SUBMITTER_NAME, "Springfield Family Clinic")
                .setting(BillingSettings.X12_SUBMITTER_CONTACT, "Billing Office")
                .setting(BillingSettings.X12_SUBMITTER_PHONE, "2175550100")
                .setting(BillingSettings.X12_USAGE, "T")
                .provider(PayerAdapter.class, acme)
                .provider(EventListener.class, new EventListener() {
                    @Override
                    public String id() {
                        return "billing-test-capture";
                    }

                    @Override
                    public void onEvent(EventEnvelope envelope) {
                        if (envelope.tenant().equals(tenant)) {
                            events.add(envelope.event());
                        }
                    }
                })
                .clock(clock);
        medcoord = configure(builder).build();
        payers = medcoord.service(PayerRegistry.class);
        coverages = medcoord.service(CoverageService.class);
        fees = medcoord.service(FeeScheduleService.class);
        charges = medcoord.service(ChargeService.class);
        claims = medcoord.service(ClaimService.class);
        scrubber = medcoord.service(Scrubber.class);
        eligibility = medcoord.service(EligibilityService.class);
        ledger = medcoord.service(PatientLedger.class);
        providers = medcoord.service(ProviderDirectory.class);
    }

    @AfterAll
    void stop() {
        if (medcoord != null) {
            medcoord.close();
        }
    }

    @BeforeEach
    void freshTenant() {
        tenant = TenantId.of("clinic-" + UUID.randomUUID().toString().substring(0, 8));
        clock.set(START);
        events.clear();
        acme.reset();
        biller = as("biller-1", Roles.BILLING, PurposeOfUse.PAYMENT);
        patient = PatientId.next(clock);
    }

    AccessContext as(String user, String role, PurposeOfUse purpose) {
        return AccessContext.of(tenant, Principal.of(user, role), purpose);
    }

    static Money usd(String amount) {
        return new Money(new BigDecimal(amount), USD);
    }

    static InsuredPerson insured(String first, String last) {
        return new InsuredPerson(first, last, LocalDate.of(1980, 4, 12), AdministrativeSex.FEMALE,
                PostalAddress.of("1 Main St", "Springfield", "IL", "62701"));
    }

    Payer acmePayer() {
        return payers.register(biller, new NewPayer("Acme Health", ACME, 90, USD));
    }

    Coverage primaryCoverage(Payer payer) {
        return coverages.add(biller, NewCoverage.self(patient, insured("Ann", "Smith"), payer.id(), "M123456", "GOLD", CoverageOrder.PRIMARY,
                TODAY.minusYears(1)));
    }

    void registerProviders() {
        providers.registerBillingProvider(biller, new BillingProvider(BILLING_NPI, "Springfield Family Clinic", "123456789",
                PostalAddress.of("10 Clinic Way", "Springfield", "IL", "62701")));
        providers.registerRenderingProvider(biller, new RenderingProvider(RENDERING_NPI, "Grace", "Hopper"));
    }

    NewCharge.Builder officeVisit() {
        return NewCharge.builder(patient).procedure("99213", usd("120.00")).diagnoses("E11.9", "I10").pointers(1, 2)
                .providers(RENDERING_NPI, BILLING_NPI).serviceDate(TODAY.minusDays(1));
    }

    <E extends DomainEvent> List<E> events(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
