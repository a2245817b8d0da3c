package org.medcoord.example.demo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.medcoord.billing.Fee;
import org.medcoord.billing.FeeScheduleService;
import org.medcoord.billing.NewFeeSchedule;
import org.medcoord.coordination.BillingCode;
import org.medcoord.coordination.CatalogDefinition;
import org.medcoord.coordination.ChargeSetup;
import org.medcoord.coordination.FollowUpPlan;
import org.medcoord.coordination.PractitionerNpi;
import org.medcoord.coordination.Procedure;
import org.medcoord.coordination.ProcedureCatalog;
import org.medcoord.core.Money;

/**
 * What each service means to the other domains, handed to coordination once: its procedure catalog (the codes a
 * service is billed with, the supply kit it consumes and from where, the equipment type it needs, the follow-up it
 * calls for) and how charges are captured (billing and rendering NPIs, place of service), with billing's self-pay
 * price list the charges are priced from. From then on coordination's workflows do the cross-domain work when an
 * appointment is fulfilled; the demo never consumes a kit or captures a charge by hand.
 */
final class LoadProcedureCatalog implements Step {

    static final String BILLING_NPI = "1234567893";
    static final Map<String, String> RENDERING = Map.of("Dr Okafor", "9876543213", "Dr Lee", "1555555550");

    /** The clinic's self-pay prices (the charge master): coordination prices each captured charge from them. */
    static final Map<String, String> PRICES = Map.of("99213", "150.00", "45380", "900.00", "A4550", "45.00");

    @Override
    public String title() {
        return "Procedure catalog: codes, kits, equipment and follow-ups handed to coordination";
    }

    @Override
    public void run(Day day) {
        day.at(7, 2);
        day.service(FeeScheduleService.class).define(day.biller, NewFeeSchedule.selfPay(BillTheDay.USD, PRICES.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(e -> Fee.of(e.getKey(), Money.of(e.getValue(), "USD"))).toList()));

        Procedure officeVisit = Procedure.of(day.serviceTypes.get(SetUpClinic.OFFICE_VISIT), BillingCode.cpt("99213"));
        // The clinic bills the pre-procedure assessment with the colonoscopy, but its catalog entry lacks modifier 25:
        // Prairie Mutual's claim rule catches it at scrubbing, and billing corrects the claim line.
        Procedure colonoscopy = Procedure.of(day.serviceTypes.get(SetUpClinic.COLONOSCOPY), BillingCode.cpt("99213"),
                        BillingCode.cpt("45380"), BillingCode.hcpcs("A4550"))
                .withKit(day.colonoscopyKit, day.procedureRoom)
                .withEquipmentType(day.colonoscopeType)
                .withFollowUp(new FollowUpPlan(day.serviceTypes.get(SetUpClinic.OFFICE_VISIT), Duration.ofDays(14), Duration.ofDays(14)));
        ChargeSetup charges = new ChargeSetup(BILLING_NPI, "11", RENDERING.get("Dr Okafor"), List.of(
                new PractitionerNpi(day.resource("Dr Okafor"), RENDERING.get("Dr Okafor")),
                new PractitionerNpi(day.resource("Dr Lee"), RENDERING.get("Dr Lee"))));
        CatalogDefinition catalog = day.service(ProcedureCatalog.class).load(day.coordinator,
                CatalogDefinition.of(officeVisit, colonoscopy).withCharges(charges));

        DayReport.Table t = day.report.table("service", "billed as", "self-pay", "supply kit (from)", "equipment", "follow-up");
        for (Procedure p : catalog.procedures()) {
            String name = p.serviceType().equals(day.serviceTypes.get(SetUpClinic.OFFICE_VISIT)) ? SetUpClinic.OFFICE_VISIT : SetUpClinic.COLONOSCOPY;
            t.row(name, p.codes().stream().map(LoadProcedureCatalog::code).collect(Collectors.joining(" + ")),
                    p.codes().stream().map(c -> Money.of(PRICES.get(c.code().code()), "USD")).reduce(Money::plus).map(Money::toString).orElse("-"),
                    p.kit().map(k -> "Colonoscopy kit (Procedure room)").orElse("-"), p.equipmentType().map(e -> "Colonoscope").orElse("-"),
                    p.followUp().map(f -> "office visit in " + f.after().toDays() + "-" + (f.after().plus(f.window()).toDays()) + " days")
                            .orElse("-"));
        }
        t.print();
        day.report.line("charges: billing NPI %s, place of service 11 (office), rendering NPI by practitioner; priced from the self-pay"
                + " list, diagnosed from the patient's active ICD-10-CM problems", BILLING_NPI);
        day.report.line("on every fulfilled appointment coordination's workflow consumes the kit FEFO, captures the charges and requests"
                + " the follow-up");
    }

    static String code(BillingCode c) {
        return c.code().code() + (c.modifiers().isEmpty() ? "" : "-" + String.join("-", c.modifiers())) + (c.units() == 1 ? "" : " x" + c.units());
    }
}
