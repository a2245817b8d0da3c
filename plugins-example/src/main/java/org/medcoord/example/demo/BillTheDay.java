package org.medcoord.example.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medcoord.billing.AdministrativeSex;
import org.medcoord.billing.BillingProvider;
import org.medcoord.billing.Charge;
import org.medcoord.billing.ChargeService;
import org.medcoord.billing.Claim;
import org.medcoord.billing.ClaimEdit;
import org.medcoord.billing.ClaimId;
import org.medcoord.billing.ClaimLine;
import org.medcoord.billing.ClaimService;
import org.medcoord.billing.ClaimStatus;
import org.medcoord.billing.Coverage;
import org.medcoord.billing.CoverageOrder;
import org.medcoord.billing.CoverageService;
import org.medcoord.billing.Eligibility;
import org.medcoord.billing.EligibilityService;
import org.medcoord.billing.InsuredPerson;
import org.medcoord.billing.NewCharge;
import org.medcoord.billing.NewCoverage;
import org.medcoord.billing.NewPayer;
import org.medcoord.billing.PatientLedger;
import org.medcoord.billing.Payer;
import org.medcoord.billing.PayerRegistry;
import org.medcoord.billing.PostalAddress;
import org.medcoord.billing.PostedClaimPayment;
import org.medcoord.billing.ProviderDirectory;
import org.medcoord.billing.RemittancePosting;
import org.medcoord.billing.RemittanceService;
import org.medcoord.billing.RenderingProvider;
import org.medcoord.billing.ScrubReport;
import org.medcoord.billing.Scrubber;
import org.medcoord.billing.Statement;
import org.medcoord.billing.Submission;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;
import org.medcoord.example.payer.PrairieModifier25Rule;
import org.medcoord.example.payer.PrairieMutualPayer;
import org.medcoord.records.Patient;

/**
 * The day's billing with the example payer Prairie Mutual (its adapter and claim rule found by
 * ServiceLoader): eligibility, charges for every visit and the procedure, a pre-bill scrub that catches
 * David's visit billed with his procedure without modifier 25 (Prairie's own edit) and its fix, claims
 * built, scrubbed and submitted, the 835s Prairie answers with posted, and patient statements.
 */
final class BillTheDay implements Step {

    static final String BILLING_NPI = "1234567893";
    static final Map<String, String> RENDERING = Map.of("Dr Okafor", "9876543213", "Dr Lee", "1555555550");
    static final Currency USD = Currency.getInstance("USD");

    /** One charge line: a CPT code, its price in the clinic's charge master, the diagnosis. */
    record Line(String code, String price, String diagnosis, String... modifiers) {
    }

    record Visit(String patient, String doctor, List<Line> lines) {
    }

    static final List<Visit> VISITS = List.of(
            new Visit("P-01", "Dr Okafor", List.of(new Line("99214", "200.00", "I10"))),
            new Visit("P-02", "Dr Lee", List.of(new Line("99213", "150.00", "E11.9"), new Line("99401", "60.00", "E11.9"))),
            new Visit("P-03", "Dr Lee", List.of(new Line("99213", "150.00", "J45.909"))),
            new Visit("P-06", "Dr Okafor", List.of(new Line("99213", "150.00", "M54.50"))),
            // the pre-procedure visit goes in without modifier 25 at first: Prairie's edit catches it
            new Visit("P-04", "Dr Okafor", List.of(new Line("99213", "150.00", "K57.30"), new Line("45380", "900.00", "K57.30"))));

    @Override
    public String title() {
        return "Billing: eligibility, charges, scrubbing, submission, 835 posting, statements";
    }

    @Override
    public void run(Day day) {
        day.at(15, 30);
        Payer prairie = setUp(day);
        Map<String, Coverage> coverage = coverage(day, prairie);

        EligibilityService eligibility = day.service(EligibilityService.class);
        DayReport.Table elig = day.report.table("eligibility (Prairie Mutual)", "member plan", "active", "copay", "deductible left");
        for (Visit v : VISITS) {
            Eligibility e = eligibility.check(day.biller, coverage.get(v.patient()).id(), day.date, BILLING_NPI);
            elig.row(day.label(v.patient()), coverage.get(v.patient()).plan(), e.active() ? "yes" : "NO",
                    e.copay().map(Money::toString).orElse("-"), e.deductibleRemaining().map(Money::toString).orElse("-"));
        }
        elig.print();

        day.at(16, 0);
        ChargeService charges = day.service(ChargeService.class);
        Map<String, List<Charge>> captured = new LinkedHashMap<>();
        Money total = Money.zero(USD);
        int done = 0;
        for (Visit v : VISITS) {
            List<Charge> list = new ArrayList<>();
            int n = 0;
            for (Line line : v.lines()) {
                list.add(capture(day, charges, v, line, ++n, line.modifiers()));
                total = total.plus(Money.of(line.price(), "USD"));
            }
            captured.put(v.patient(), list);
            day.report.progress("charges", ++done, VISITS.size());
        }
        day.report.line("charges captured: %d lines, %s", captured.values().stream().mapToInt(List::size).sum(), total);

        // Pre-bill check with the public Scrubber, while the charges are still open and can be corrected
        // (a built claim cannot be amended: its charges are billed).
        Charge visit = captured.get("P-04").get(0);
        ScrubReport preview = day.service(Scrubber.class).check(day.biller, preview(day, prairie, coverage.get("P-04"), captured.get("P-04")));
        List<ClaimEdit> caught = preview.edits().stream().filter(e -> e.code().equals(PrairieModifier25Rule.CODE)).toList();
        if (caught.isEmpty()) {
            throw new IllegalStateException("MC-EXAMPLE-030: Prairie's modifier-25 edit did not catch the visit billed with the procedure");
        }
        day.report.line("pre-bill scrub of %s's claim: %s %s (rule %s)", day.label("P-04"), caught.get(0).code(), caught.get(0).severity(),
                caught.get(0).rule());
        day.report.line("  \"%s\"", caught.get(0).message());
        charges.voidCharge(day.biller, visit.id(), "recoded with modifier 25: separately identifiable visit");
        Charge fixed = capture(day, charges, VISITS.get(4), VISITS.get(4).lines().get(0), 3, "25");
        captured.get("P-04").set(0, fixed);
        day.report.line("  fixed: the visit charge voided and captured again as 99213-25; the claim is built from the corrected charges");
        day.count("claims caught by a payer edit and fixed", 1);

        day.at(16, 20);
        ClaimService claims = day.service(ClaimService.class);
        DayReport.Table sent = day.report.table("claim", "patient", "lines", "charge", "edits", "status", "payer tracking id");
        List<Claim> built = new ArrayList<>();
        for (Map.Entry<String, List<Charge>> e : captured.entrySet()) {
            PatientId patient = day.patient(e.getKey()).id();
            for (Claim claim : claims.build(day.biller, patient, e.getValue().stream().map(Charge::id).toList())) {
                ScrubReport report = claims.scrub(day.biller, claim.id());
                Submission submission = claims.submit(day.biller, claim.id(), "clinic-day-" + day.date + "-" + e.getKey());
                Money charge = claim.lines().stream().map(ClaimLine::amount).reduce(Money.zero(USD), Money::plus);
                sent.row(claim.controlNumber(), day.label(e.getKey()), claim.lines().size(), charge.toString(), report.edits().size(),
                        claims.claim(day.biller, claim.id()).status(), submission.trackingId());
                built.add(claim);
            }
        }
        sent.print();
        day.count("claims submitted", built.size());

        day.at(17, 0);
        // Prairie answers with one 835 per claim it adjudicated; posting them again changes nothing
        List<RemittancePosting> postings = day.service(RemittanceService.class).fetchAndPost(day.biller, prairie.id(), Instant.EPOCH);
        DayReport.Table posted = day.report.table("835 posted", "claim", "status", "paid", "patient owes", "written off", "reasons");
        Money paid = Money.zero(USD);
        Money owed = Money.zero(USD);
        Money writtenOff = Money.zero(USD);
        for (RemittancePosting p : postings) {
            for (PostedClaimPayment c : p.claims()) {
                if (p.alreadyPosted()) {
                    continue;
                }
                posted.row(p.documentId(), c.controlNumber(), c.status(), c.paid().toString(), c.patientResponsibility().toString(),
                        c.writtenOff().toString(), String.join(" ", c.reasons()));
                paid = paid.plus(c.paid());
                owed = owed.plus(c.patientResponsibility());
                writtenOff = writtenOff.plus(c.writtenOff());
            }
        }
        posted.total("total", "", "", paid.toString(), owed.toString(), writtenOff.toString(), "");
        posted.print();
        long denied = postings.stream().filter(p -> !p.alreadyPosted()).flatMap(p -> p.claims().stream())
                .flatMap(c -> c.reasons().stream()).filter("CO-96"::equals).count();
        day.count("lines denied by the payer (CO-96 not covered)", denied);
        day.count("claims paid", postings.stream().filter(p -> !p.alreadyPosted()).mapToLong(p -> p.claims().size()).sum());

        PatientLedger ledger = day.service(PatientLedger.class);
        DayReport.Table statements = day.report.table("statement " + day.date, "entries", "balance", "0-30 days", "over 30 days");
        for (Visit v : VISITS) {
            Statement s = ledger.statement(day.biller, day.patient(v.patient()).id(), day.date, USD);
            Money older = s.aging().days31to60().plus(s.aging().days61to90()).plus(s.aging().over90());
            statements.row(day.label(v.patient()), s.entries().size(), s.balance().toString(), s.aging().current().toString(), older.toString());
        }
        statements.print();
    }

    private static Charge capture(Day day, ChargeService charges, Visit v, Line line, int n, String... modifiers) {
        NewCharge.Builder b = NewCharge.builder(day.patient(v.patient()).id()).procedure(line.code(), Money.of(line.price(), "USD"))
                .diagnoses(line.diagnosis()).pointers(1).providers(RENDERING.get(v.doctor()), BILLING_NPI).serviceDate(day.date)
                .placeOfService("11").appointment(day.appointments.get(v.patient()).asString())
                .sourceKey("clinic-day:" + day.date + ":" + v.patient() + ":" + n);
        if (modifiers.length > 0) {
            b.modifiers(modifiers);
        }
        return charges.capture(day.biller, b.build());
    }

    /** The claim the patient's open charges would make, to scrub before they are billed. */
    private static Claim preview(Day day, Payer payer, Coverage coverage, List<Charge> open) {
        List<String> diagnoses = open.stream().flatMap(c -> c.diagnoses().stream()).distinct().toList();
        List<ClaimLine> lines = new ArrayList<>();
        for (Charge c : open) {
            List<Integer> pointers = c.diagnosisPointers().stream().map(p -> diagnoses.indexOf(c.diagnoses().get(p - 1)) + 1).toList();
            lines.add(new ClaimLine(lines.size() + 1, c.id(), "PREVIEW" + (lines.size() + 1), c.procedure(), c.modifiers(), c.units(),
                    c.amount(), pointers, c.serviceDate(), c.placeOfService(), c.renderingNpi()));
        }
        return new Claim(ClaimId.next(day.clock), "PREVIEW", open.get(0).patient(), coverage.id(), payer.id(), CoverageOrder.PRIMARY,
                Optional.empty(), BILLING_NPI, diagnoses, lines, ClaimStatus.DRAFT, List.of(), day.clock.instant());
    }

    private static Payer setUp(Day day) {
        PayerRegistry payers = day.service(PayerRegistry.class);
        Payer prairie = payers.byX12PayerId(day.biller, PrairieMutualPayer.PAYER_ID).orElseGet(() ->
                payers.register(day.biller, new NewPayer("Prairie Mutual", PrairieMutualPayer.PAYER_ID, 90, USD)));
        ProviderDirectory providers = day.service(ProviderDirectory.class);
        if (providers.billingProvider(day.biller, BILLING_NPI).isEmpty()) {
            providers.registerBillingProvider(day.biller, new BillingProvider(BILLING_NPI, "North Clinic", "361234567",
                    PostalAddress.of("10 Clinic Way", "Chicago", "IL", "60601")));
            providers.registerRenderingProvider(day.biller, new RenderingProvider(RENDERING.get("Dr Okafor"), "Ada", "Okafor"));
            providers.registerRenderingProvider(day.biller, new RenderingProvider(RENDERING.get("Dr Lee"), "Min", "Lee"));
        }
        return prairie;
    }

    /** Every patient's Prairie Mutual card, entered once. */
    private static Map<String, Coverage> coverage(Day day, Payer prairie) {
        CoverageService coverages = day.service(CoverageService.class);
        Map<String, Coverage> byPatient = new LinkedHashMap<>();
        int member = 100;
        for (Map.Entry<String, Patient> e : day.patients.entrySet()) {
            member++;
            Patient p = e.getValue();
            List<Coverage> active = coverages.activeOn(day.biller, p.id(), day.date);
            if (active.isEmpty()) {
                LocalDate born = p.demographics().birthDate();
                AdministrativeSex sex = AdministrativeSex.valueOf(p.demographics().sex().name());
                active = List.of(coverages.add(day.biller, NewCoverage.self(p.id(), new InsuredPerson(p.demographics().name().given().get(0),
                        p.demographics().name().family(), born, sex, PostalAddress.of("1 Main St", "Chicago", "IL", "60601")),
                        prairie.id(), "PM000" + member, "GOLD", CoverageOrder.PRIMARY, day.date.minusYears(1))));
            }
            byPatient.put(e.getKey(), active.get(0));
        }
        return byPatient;
    }
}
