package org.medcoord.example.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.medcoord.billing.AdministrativeSex;
import org.medcoord.billing.BillingProvider;
import org.medcoord.billing.Charge;
import org.medcoord.billing.ChargeService;
import org.medcoord.billing.Claim;
import org.medcoord.billing.ClaimEdit;
import org.medcoord.billing.ChargeId;
import org.medcoord.billing.ClaimCorrections;
import org.medcoord.billing.ClaimLine;
import org.medcoord.billing.ClaimService;
import org.medcoord.billing.Coverage;
import org.medcoord.billing.CoverageOrder;
import org.medcoord.billing.CoverageService;
import org.medcoord.billing.Eligibility;
import org.medcoord.billing.EligibilityService;
import org.medcoord.billing.InsuredPerson;
import org.medcoord.billing.LineCorrection;
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
import org.medcoord.billing.Statement;
import org.medcoord.billing.Submission;
import org.medcoord.core.Money;
import org.medcoord.example.payer.PrairieModifier25Rule;
import org.medcoord.example.payer.PrairieMutualPayer;
import org.medcoord.records.Patient;

/**
 * The day's billing with the example payer Prairie Mutual (its adapter and claim rule found by
 * ServiceLoader): eligibility; claims built from the charges coordination captured on fulfilment; scrubbing,
 * where Prairie's own edit catches David's pre-procedure visit billed with his colonoscopy without modifier 25
 * and billing corrects the claim line ({@link ClaimCorrections}) before it re-scrubs clean; submission; the
 * 835s Prairie answers with posted; patient statements.
 */
final class BillTheDay implements Step {

    static final String BILLING_NPI = LoadProcedureCatalog.BILLING_NPI;
    static final Map<String, String> RENDERING = LoadProcedureCatalog.RENDERING;
    static final Currency USD = Currency.getInstance("USD");

    /** The patients seen today: coordination captured their charges when their appointments were fulfilled. */
    static final List<String> SEEN = List.of("P-01", "P-02", "P-03", "P-06", "P-04");

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
        for (String key : SEEN) {
            Eligibility e = eligibility.check(day.biller, coverage.get(key).id(), day.date, BILLING_NPI);
            elig.row(day.label(key), coverage.get(key).plan(), e.active() ? "yes" : "NO",
                    e.copay().map(Money::toString).orElse("-"), e.deductibleRemaining().map(Money::toString).orElse("-"));
        }
        elig.print();

        // the charges coordination captured when the appointments were fulfilled, still open: bill them
        day.at(16, 0);
        ChargeService charges = day.service(ChargeService.class);
        ClaimService claims = day.service(ClaimService.class);
        ClaimCorrections corrections = day.service(ClaimCorrections.class);
        Map<String, List<Claim>> built = new LinkedHashMap<>();
        int done = 0;
        for (String key : SEEN) {
            List<ChargeId> open = charges.openCharges(day.biller, day.patient(key).id()).stream().map(Charge::id).toList();
            if (!open.isEmpty()) {
                built.put(key, claims.build(day.biller, day.patient(key).id(), open));
            }
            day.report.progress("claims built", ++done, SEEN.size());
        }

        // scrubbing: the scrubber and Prairie's claim rule check each claim; an edit is corrected on the claim, then re-scrubbed
        day.at(16, 10);
        DayReport.Table sent = day.report.table("claim", "patient", "lines", "charge", "first scrub", "correction", "re-scrub", "status",
                "payer tracking id");
        int caught = 0;
        int submitted = 0;
        for (Map.Entry<String, List<Claim>> e : built.entrySet()) {
            for (Claim claim : e.getValue()) {
                ScrubReport first = claims.scrub(day.biller, claim.id());
                String correction = "-";
                String again = "-";
                if (!first.clean()) {
                    Claim corrected = claim;
                    for (ClaimEdit edit : first.errors()) {
                        corrected = correct(day, corrections, corrected, edit);
                        day.report.line("%s %s's claim %s: %s %s (rule %s) on %s", day.hhmm(day.clock.instant()), day.label(e.getKey()),
                                claim.controlNumber(), edit.code(), edit.severity(), edit.rule(), edit.field());
                        day.report.line("  \"%s\"", edit.message());
                    }
                    ScrubReport second = claims.scrub(day.biller, claim.id());
                    if (!second.clean()) {
                        throw new IllegalStateException("MC-EXAMPLE-035: claim " + claim.controlNumber() + " still fails scrubbing after its "
                                + "correction: " + second.codes());
                    }
                    day.report.line("  corrected with ClaimCorrections.correctLine: the line is now %s; the claim went back to draft and "
                            + "re-scrubbed clean", corrected.lines().stream().filter(l -> !l.modifiers().isEmpty())
                            .map(l -> l.procedure() + "-" + String.join("-", l.modifiers())).collect(Collectors.joining(", ")));
                    correction = first.errors().stream().map(ClaimEdit::code).distinct().collect(Collectors.joining(" ")) + " fixed";
                    again = "clean";
                    caught++;
                }
                Submission submission = claims.submit(day.biller, claim.id(), "clinic-day-" + day.date + "-" + e.getKey() + "-"
                        + claim.controlNumber());
                Claim now = claims.claim(day.biller, claim.id());
                sent.row(claim.controlNumber(), day.label(e.getKey()), now.lines().size(), now.total().toString(),
                        first.clean() ? "clean" : first.errors().size() + " error(s)", correction, again, now.status(), submission.trackingId());
                submitted++;
            }
        }
        day.report.line("");
        sent.print();
        if (caught == 0) {
            throw new IllegalStateException("MC-EXAMPLE-030: Prairie's modifier-25 edit did not catch the visit billed with the procedure");
        }
        day.count("claims caught by a payer edit and corrected", caught);
        day.count("claims submitted", submitted);

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
        for (String key : SEEN) {
            Statement s = ledger.statement(day.biller, day.patient(key).id(), day.date, USD);
            Money older = s.aging().days31to60().plus(s.aging().days61to90()).plus(s.aging().over90());
            statements.row(day.label(key), s.entries().size(), s.balance().toString(), s.aging().current().toString(), older.toString());
        }
        statements.print();
        day.runWorkflows();
    }

    /**
     * Billing staff's fix for an edit: Prairie's modifier-25 edit names the line ({@code lines[i].modifiers}); the line gets
     * modifier 25 on the claim (and its charge), with the edit's code as the reason.
     */
    private static Claim correct(Day day, ClaimCorrections corrections, Claim claim, ClaimEdit edit) {
        Matcher m = Pattern.compile("lines\\[(\\d+)]\\.modifiers").matcher(edit.field());
        if (!edit.code().equals(PrairieModifier25Rule.CODE) || !m.matches()) {
            throw new IllegalStateException("MC-EXAMPLE-036: claim " + claim.controlNumber() + " has an edit the demo does not correct: "
                    + edit.code() + " on " + edit.field());
        }
        ClaimLine line = claim.lines().get(Integer.parseInt(m.group(1)));
        List<String> modifiers = new ArrayList<>(line.modifiers());
        modifiers.add("25");
        day.at(16, 15);
        return corrections.correctLine(day.biller, claim.id(), LineCorrection.of(line, edit.code()).withModifiers(modifiers.toArray(String[]::new)));
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
