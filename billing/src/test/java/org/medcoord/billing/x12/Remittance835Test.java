package org.medcoord.billing.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoord.core.ValidationException;

class Remittance835Test {

    private final Remittance835Reader reader = new Remittance835Reader();
    private final Remittance835Writer writer = new Remittance835Writer();

    private static String sample() throws IOException {
        try (InputStream in = Remittance835Test.class.getResourceAsStream("/x12/remittance-835-sample.edi")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private X12Document<RemittanceAdvice> read(String text) {
        return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void checkedInSampleParsesIntoKnownPaymentsAndAdjustments() throws IOException {
        X12Document<RemittanceAdvice> d = read(sample());
        assertThat(d.warnings()).isEmpty();
        RemittanceAdvice r = d.transactions().get(0);
        assertThat(d.transactions()).hasSize(1);
        assertThat(r.paymentAmount()).isEqualByComparingTo("1150.50");
        assertThat(r.paymentMethod()).isEqualTo("ACH");
        assertThat(r.traceNumber()).isEqualTo("EFT-20260312-01");
        assertThat(r.paymentDate()).hasToString("2026-03-12");
        assertThat(r.payer()).isEqualTo(new RemittanceParty("ACME HEALTH PLAN", "XV", "ACME12345"));
        assertThat(r.payee().id()).isEqualTo("1234567893");
        assertThat(r.claims()).extracting(ClaimPayment::claimControlNumber)
                .containsExactly("CLM1001", "CLM1002", "CLM0999", "CLM1003");

        ClaimPayment first = r.claims().get(0);
        assertThat(first.paid()).isEqualByComparingTo("400");
        assertThat(first.patientResponsibility()).isEqualByComparingTo("30");
        assertThat(first.payerClaimControlNumber()).isEqualTo("ACME-0001");
        ServicePayment visit = first.lines().get(0);
        assertThat(visit.procedureCode()).isEqualTo("99215");
        assertThat(visit.modifiers()).containsExactly("25");
        assertThat(visit.serviceDate()).hasToString("2026-03-01");
        assertThat(visit.lineItemControlNumber()).isEqualTo("CLM1001-1");
        assertThat(visit.adjustments()).containsExactly(
                new Adjustment(AdjustmentGroup.CO, "45", new BigDecimal("20"), null),
                new Adjustment(AdjustmentGroup.PR, "1", new BigDecimal("20"), null),
                new Adjustment(AdjustmentGroup.PR, "2", new BigDecimal("10"), null));
        ServicePayment therapy = first.lines().get(1);
        assertThat(therapy.modifiers()).containsExactly("GP", "59");
        assertThat(therapy.units()).isEqualByComparingTo("4");
        assertThat(therapy.adjustments().get(0).quantity()).isEqualByComparingTo("2");

        assertThat(r.claims().get(1).adjustments()).singleElement()
                .satisfies(a -> assertThat(a.group()).isEqualTo(AdjustmentGroup.OA));
        assertThat(r.claims().get(2).isReversal()).isTrue();
        assertThat(r.claims().get(2).paid()).isEqualByComparingTo("-25");
        assertThat(r.claims().get(3).isDenied()).isTrue();
        assertThat(r.providerAdjustments()).extracting(ProviderAdjustment::reasonCode).containsExactly("WO", "L6");
        assertThat(r.providerAdjustments().get(0).referenceId()).isEqualTo("OVERPAY-77");
    }

    @Test
    void sampleRoundTripsThroughTheWriter() throws IOException {
        X12Document<RemittanceAdvice> original = read(sample());
        String written = writer.write(X12Fixtures.envelope(), original.transactions());
        X12Document<RemittanceAdvice> again = read(written);
        assertThat(again.warnings()).isEmpty();
        assertThat(again.transactions()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(original.transactions());
    }

    @Test
    void fixtureRemittanceRoundTripsAndCountsAgree() {
        RemittanceAdvice advice = X12Fixtures.remittance();
        String written = writer.write(X12Fixtures.envelope(), List.of(advice, advice));
        X12Document<RemittanceAdvice> back = read(written);
        assertThat(back.transactions()).hasSize(2);
        assertThat(back.transactions().get(1)).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(advice);
        assertThat(written).contains("SE*23*0001~", "SE*23*0002~", "GE*2*42~", "IEA*1*000000042~");
    }

    @Test
    void unbalancedPaymentIsRefusedWithEveryViolation() {
        RemittanceAdvice good = X12Fixtures.remittance();
        RemittanceAdvice bad = new RemittanceAdvice("Z", new BigDecimal("1.001"), "C", "WIRE", null, "",
                good.payer(), good.payee(), good.claims(), good.providerAdjustments());
        assertThatThrownBy(() -> writer.write(X12Fixtures.envelope(), List.of(bad)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.code() + " " + v.field()).contains(
                                "MC-EDI-104 remittances[0].handlingCode",
                                "MC-EDI-109 remittances[0].paymentAmount",
                                "MC-EDI-104 remittances[0].paymentMethod",
                                "MC-EDI-101 remittances[0].paymentDate",
                                "MC-EDI-101 remittances[0].traceNumber",
                                "MC-EDI-106 remittances[0].paymentAmount"));
    }

    @Test
    void truncatedRemittanceFailsAndReturnsNothing() throws IOException {
        String full = sample();
        for (String cut : List.of("CAS*OA*23*99.5~", "SE*35*0001~", "GE*1*777~", "CLP*CLM1003*4*7")) {
            String truncated = full.substring(0, full.indexOf(cut) + cut.length());
            assertThatThrownBy(() -> read(truncated)).as("cut after %s", cut)
                    .isInstanceOfSatisfying(X12Exception.class, e -> {
                        assertThat(e.code()).isEqualTo(X12Codes.TRUNCATED);
                        assertThat(e.getMessage()).contains("segment " + e.segmentTag());
                    });
        }
    }

    @Test
    void corruptedRemittancesFailWithCodedErrorsNamingSegmentAndPosition() throws IOException {
        String full = sample();
        assertCorrupt(full.replace("SE*35*0001~", "SE*34*0001~"), X12Codes.CONTROL_MISMATCH, "SE", 37);
        assertCorrupt(full.replace("IEA*1*000000777~", "IEA*1*000000778~"), X12Codes.CONTROL_MISMATCH, "IEA", 39);
        assertCorrupt(full.replace("CLP*CLM1002*2*900*800.5", "CLP*CLM1002*2*900*80O.5"), X12Codes.BAD_VALUE,
                "CLP", 25);
        assertCorrupt(full.replace("CAS*OA*23*99.5~", "CAS*XX*23*99.5~"), X12Codes.BAD_CODE, "CAS", 26);
        assertCorrupt(full.replace("CLP*CLM1003*4*75*0*0", "CLP*CLM1003*4**0*0"), X12Codes.REQUIRED_ELEMENT,
                "CLP", 29);
        assertCorrupt(full.replace("ST*835*0001", "ST*837*0001"), X12Codes.WRONG_TRANSACTION, "ST", 3);
        assertCorrupt(full.replace("LX*1~\nCLP*CLM1001", "LX*1~\nCAS*CO*45*1~\nCLP*CLM1001")
                .replace("SE*35*0001", "SE*36*0001"), X12Codes.BAD_STRUCTURE, "CAS", 13);
        assertThatThrownBy(() -> read("GARBAGE")).isInstanceOfSatisfying(X12Exception.class,
                e -> assertThat(e.code()).isEqualTo(X12Codes.NOT_X12));
        assertThatThrownBy(() -> read("")).isInstanceOfSatisfying(X12Exception.class,
                e -> assertThat(e.code()).isEqualTo(X12Codes.TRUNCATED));
    }

    private void assertCorrupt(String text, String code, String tag, long index) {
        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(X12Exception.class, e -> {
            assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
            assertThat(e.segmentTag()).isEqualTo(tag);
            assertThat(e.segmentIndex()).isEqualTo(index);
            assertThat(e.characterOffset()).isPositive();
            assertThat(e.getMessage()).startsWith(code + ": ").contains("segment " + tag + " #" + index);
        });
    }

    @Test
    void errorMessagesCarryNoElementValues() throws IOException {
        String withName = sample().replace("CLP*CLM1002*2*900*800.5", "CLP*CLM1002*2*900*DOEJANE");
        assertThatThrownBy(() -> read(withName)).isInstanceOfSatisfying(X12Exception.class,
                e -> assertThat(e.getMessage()).doesNotContain("DOEJANE").doesNotContain("XYZ123456789"));
    }
}
