package org.medcoord.billing.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random batches (fixed seeds, so a failure reproduces): whatever a writer accepts, its reader
 * gives back unchanged.
 */
class X12RoundTripTest {

    private static final String[] PROCEDURES = {"99213", "99214", "82947", "J1100", "G0439", "0001F"};
    private static final String[] MODIFIERS = {"25", "59", "LT", "RT", "GT", "76"};
    private static final String[] DIAGNOSES = {"E119", "I10", "Z0000", "J029", "S72001A", "U071", "M545", "R51"};

    private static BigDecimal money(Random r) {
        return BigDecimal.valueOf(1 + r.nextInt(99_999), 2);
    }

    private static ProfessionalClaim claim(Random r, int n) {
        int diagnoses = 1 + r.nextInt(DIAGNOSES.length);
        List<ServiceLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int l = 0, count = 1 + r.nextInt(6); l < count; l++) {
            List<String> modifiers = new ArrayList<>();
            for (int m = 0, k = r.nextInt(5); m < k; m++) {
                modifiers.add(MODIFIERS[r.nextInt(MODIFIERS.length)]);
            }
            List<Integer> pointers = new ArrayList<>();
            for (int p = 0, k = 1 + r.nextInt(4); p < k; p++) {
                pointers.add(1 + r.nextInt(diagnoses));
            }
            BigDecimal charge = money(r);
            total = total.add(charge);
            lines.add(new ServiceLine("L" + n + "-" + l, PROCEDURES[r.nextInt(PROCEDURES.length)], modifiers, charge,
                    BigDecimal.valueOf(1 + r.nextInt(12)), pointers, LocalDate.of(2026, 1, 1).plusDays(r.nextInt(300))));
        }
        boolean dependent = r.nextBoolean();
        Subscriber subscriber = new Subscriber("M" + r.nextInt(1_000_000), "LAST" + n, r.nextBoolean() ? "FIRST" : null,
                LocalDate.of(1940 + r.nextInt(60), 1 + r.nextInt(12), 1 + r.nextInt(28)), r.nextBoolean() ? "F" : "M",
                new X12Address(n + " MAIN ST", null, "SPRINGFIELD", "IL", "62701"),
                r.nextBoolean() ? "G" + n : null, dependent ? "S" : "P", dependent ? null : "18");
        Patient patient = dependent ? new Patient("KID" + n, "A", LocalDate.of(2015, 2, 3), "U",
                new X12Address("1 OAK", null, "SPRINGFIELD", "IL", "62702"), "19") : null;
        return new ProfessionalClaim(X12Fixtures.billingProvider(), subscriber, patient,
                new ClaimPayer("PAYER " + r.nextInt(5), "P" + r.nextInt(5), r.nextBoolean() ? "CI" : "MB"), "C" + n,
                total, r.nextBoolean() ? "11" : "22", "1",
                List.of(DIAGNOSES).subList(0, diagnoses), null, dependent ? money(r) : null, lines,
                dependent ? new ClaimPayer("PRIMARY", "PRI1", "CI") : null);
    }

    @Test
    void randomClaimBatchesReadBackAsWritten() {
        for (long seed = 1; seed <= 20; seed++) {
            Random r = new Random(seed);
            List<ProfessionalClaim> claims = new ArrayList<>();
            for (int i = 0, count = 1 + r.nextInt(30); i < count; i++) {
                claims.add(claim(r, i));
            }
            ProfessionalClaimBatch batch = new ProfessionalClaimBatch(X12Fixtures.envelope(),
                    X12Fixtures.batch().submitter(), X12Fixtures.batch().receiver(), claims);
            String text = new Claim837PWriter().write(batch);
            X12Document<ProfessionalClaimBatch> back = new Claim837PReader().read(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
            assertThat(back.warnings()).as("seed %d", seed).isEmpty();
            assertThat(back.transactions()).singleElement().usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .as("seed %d", seed).isEqualTo(batch);
        }
    }

    @Test
    void randomRemittancesReadBackAsWritten() {
        for (long seed = 1; seed <= 20; seed++) {
            Random r = new Random(seed);
            List<ClaimPayment> claims = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0, count = 1 + r.nextInt(30); i < count; i++) {
                List<ServicePayment> lines = new ArrayList<>();
                for (int l = 0, k = r.nextInt(4); l < k; l++) {
                    List<Adjustment> adjustments = new ArrayList<>();
                    for (int a = 0, n = r.nextInt(8); a < n; a++) {
                        adjustments.add(new Adjustment(AdjustmentGroup.values()[r.nextInt(4)],
                                String.valueOf(1 + r.nextInt(250)), money(r),
                                r.nextBoolean() ? BigDecimal.valueOf(r.nextInt(5) + 1) : null));
                    }
                    lines.add(new ServicePayment("HC", PROCEDURES[r.nextInt(PROCEDURES.length)],
                            r.nextBoolean() ? List.of("25") : List.of(), money(r), money(r),
                            BigDecimal.valueOf(1 + r.nextInt(3)), r.nextBoolean() ? LocalDate.of(2026, 2, 1) : null,
                            r.nextBoolean() ? "L" + i + "-" + l : null, adjustments));
                }
                BigDecimal paid = r.nextInt(10) == 0 ? money(r).negate() : money(r);
                total = total.add(paid);
                claims.add(new ClaimPayment("C" + i, r.nextInt(10) == 0 ? "22" : "1", money(r), paid,
                        r.nextBoolean() ? money(r) : null, "P" + i,
                        r.nextBoolean() ? List.of(new Adjustment(AdjustmentGroup.OA, "23", money(r), null)) : List.of(),
                        lines));
            }
            RemittanceAdvice advice = new RemittanceAdvice("I", total, "C", "CHK", LocalDate.of(2026, 3, 1),
                    "T" + seed, new RemittanceParty("PAYER", "XV", "PAYER1"),
                    new RemittanceParty("CLINIC", "XX", X12Fixtures.BILLING_NPI), claims, List.of());
            String text = new Remittance835Writer().write(X12Fixtures.envelope(), List.of(advice));
            X12Document<RemittanceAdvice> back = new Remittance835Reader().read(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
            assertThat(back.warnings()).as("seed %d", seed).isEmpty();
            assertThat(back.transactions()).singleElement().usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .as("seed %d", seed).isEqualTo(advice);
        }
    }
}
