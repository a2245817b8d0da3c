package org.medcoord.billing.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Known claims and remittances for the X12 tests (made-up people; NPIs pass the Luhn check). */
final class X12Fixtures {

    static final String BILLING_NPI = "1234567893";
    static final String RENDERING_NPI = "1245319599";

    private X12Fixtures() {
    }

    static InterchangeEnvelope envelope() {
        return new InterchangeEnvelope("ZZ", "MEDCOORDCLINIC", "ZZ", "CLEARINGHOUSE", 42, 42,
                LocalDateTime.of(2026, 3, 2, 9, 30), UsageIndicator.TEST);
    }

    static BillingProvider billingProvider() {
        return new BillingProvider("RIVERSIDE FAMILY CLINIC", BILLING_NPI, "123456789",
                new X12Address("100 MAIN ST", null, "SPRINGFIELD", "IL", "62701"));
    }

    static Subscriber subscriberSelf() {
        return new Subscriber("XYZ123456789", "DOE", "JANE", LocalDate.of(1980, 5, 17), "F",
                new X12Address("12 ELM ST", "APT 4", "SPRINGFIELD", "IL", "627011234"), "GRP001", "P", "18");
    }

    static ProfessionalClaim primaryClaim() {
        return new ProfessionalClaim(billingProvider(), subscriberSelf(), null,
                new ClaimPayer("ACME HEALTH PLAN", "ACME1"), "CLM0001", new BigDecimal("245.00"), "11", "1",
                List.of("E11.9", "I10"), new RenderingProvider("SMITH", "ALEX", RENDERING_NPI), null,
                List.of(new ServiceLine("CLM0001-1", "99214", List.of("25"), new BigDecimal("180.00"),
                                BigDecimal.ONE, List.of(1, 2), LocalDate.of(2026, 2, 27)),
                        new ServiceLine("CLM0001-2", "82947", List.of(), new BigDecimal("65.00"), new BigDecimal("2"),
                                List.of(1), LocalDate.of(2026, 2, 27))));
    }

    static ProfessionalClaim secondaryClaimForDependent() {
        Subscriber parent = new Subscriber("SEC998877", "ROE", "RICHARD", LocalDate.of(1975, 1, 2), "M", null,
                null, "S", null);
        Patient child = new Patient("ROE", "SAM", LocalDate.of(2012, 8, 9), "M",
                new X12Address("7 OAK AVE", null, "SPRINGFIELD", "IL", "62702"), "19");
        return new ProfessionalClaim(billingProvider(), parent, child, new ClaimPayer("BETA MUTUAL", "BETA9", "CI"),
                "CLM0002", new BigDecimal("120.00"), "11", "1", List.of("J02.9"), null, new BigDecimal("80.00"),
                List.of(new ServiceLine("CLM0002-1", "99213", List.of(), new BigDecimal("120.00"), BigDecimal.ONE,
                        List.of(1), LocalDate.of(2026, 2, 20))),
                new ClaimPayer("ACME HEALTH PLAN", "ACME1", "CI"));
    }

    static ProfessionalClaimBatch batch() {
        return new ProfessionalClaimBatch(envelope(), new Submitter("RIVERSIDE FAMILY CLINIC", "SUB123",
                "BILLING OFFICE", "2175550100"), new Receiver("CLEARINGHOUSE INC", "CH9"),
                List.of(primaryClaim(), secondaryClaimForDependent()));
    }

    static RemittanceAdvice remittance() {
        ClaimPayment paid = new ClaimPayment("CLM0001", "1", new BigDecimal("245.00"), new BigDecimal("150.00"),
                new BigDecimal("30.00"), "PAYER-CCN-1",
                List.of(),
                List.of(new ServicePayment("HC", "99214", List.of("25"), new BigDecimal("180.00"),
                                new BigDecimal("110.00"), BigDecimal.ONE, LocalDate.of(2026, 2, 27), "CLM0001-1",
                                List.of(new Adjustment(AdjustmentGroup.CO, "45", new BigDecimal("40.00"), null),
                                        new Adjustment(AdjustmentGroup.PR, "3", new BigDecimal("30.00"), null))),
                        new ServicePayment("HC", "82947", List.of(), new BigDecimal("65.00"), new BigDecimal("40.00"),
                                new BigDecimal("2"), LocalDate.of(2026, 2, 27), "CLM0001-2",
                                List.of(new Adjustment(AdjustmentGroup.CO, "45", new BigDecimal("25.00"),
                                        null)))));
        ClaimPayment denied = new ClaimPayment("CLM0003", "4", new BigDecimal("90.00"), BigDecimal.ZERO,
                BigDecimal.ZERO, "PAYER-CCN-3",
                List.of(new Adjustment(AdjustmentGroup.CO, "16", new BigDecimal("90.00"), null)), List.of());
        ClaimPayment reversal = new ClaimPayment("CLM0000", "22", new BigDecimal("-50.00"), new BigDecimal("-20.00"),
                BigDecimal.ZERO, "PAYER-CCN-0",
                List.of(new Adjustment(AdjustmentGroup.CO, "45", new BigDecimal("-30.00"), null)), List.of());
        return new RemittanceAdvice("I", new BigDecimal("135.00"), "C", "CHK", LocalDate.of(2026, 3, 10),
                "CHK100234", new RemittanceParty("ACME HEALTH PLAN", "2U", "ACME1"),
                new RemittanceParty("RIVERSIDE FAMILY CLINIC", "XX", BILLING_NPI), List.of(paid, denied, reversal),
                List.of(new ProviderAdjustment(BILLING_NPI, LocalDate.of(2026, 12, 31), "L6", "INTEREST",
                        new BigDecimal("-5.00"))));
    }
}
