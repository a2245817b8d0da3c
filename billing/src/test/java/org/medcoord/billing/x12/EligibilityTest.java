package org.medcoord.billing.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoord.core.ValidationException;

class EligibilityTest {

    private static final String RESPONSE = """
            ISA*00*          *00*          *ZZ*ACMEHEALTH     *ZZ*MEDCOORDCLINIC *260301*0800*^*00501*000000005*0*T*:~
            GS*HB*ACMEHEALTH*MEDCOORDCLINIC*20260301*0800*5*X*005010X279A1~
            ST*271*0001*005010X279A1~
            BHT*0022*11*TRACE-1*20260301*0800~
            HL*1**20*1~
            NM1*PR*2*ACME HEALTH PLAN*****PI*ACME1~
            HL*2*1*21*1~
            NM1*1P*2*RIVERSIDE FAMILY CLINIC*****XX*1234567893~
            HL*3*2*22*0~
            TRN*2*TRACE-1*1234567893~
            NM1*IL*1*DOE*JANE****MI*XYZ123456789~
            DTP*291*D8*20260301~
            EB*1*IND*30**SILVER PPO~
            EB*B*IND*98***27*25*****N~
            EB*B*IND*98***27*20*****Y~
            EB*C*IND*30***29*350*****Y~
            EB*C*IND*30***23*1000*****Y~
            EB*G*IND*30***29*2100.5*****Y~
            HL*4*2*22*0~
            TRN*2*TRACE-2*1234567893~
            NM1*IL*1*ROE*RICHARD****MI*SEC998877~
            DTP*291*D8*20260301~
            EB*6**30~
            SE*22*0001~
            GE*1*5~
            IEA*1*000000005~
            """;

    @Test
    void responseSummarisesActiveCopayDeductibleAndOutOfPocketPerSubscriber() {
        X12Document<EligibilityResponse> d = new Eligibility271Reader().read(
                new ByteArrayInputStream(RESPONSE.getBytes(StandardCharsets.US_ASCII)));
        assertThat(d.transactions()).hasSize(2);
        EligibilityResponse jane = d.transactions().get(0);
        assertThat(jane.traceNumber()).isEqualTo("TRACE-1");
        assertThat(jane.memberId()).isEqualTo("XYZ123456789");
        assertThat(jane.active()).isTrue();
        assertThat(jane.planName()).isEqualTo("SILVER PPO");
        assertThat(jane.copay()).isEqualByComparingTo("20");
        assertThat(jane.deductibleRemaining()).isEqualByComparingTo("350");
        assertThat(jane.outOfPocketRemaining()).isEqualByComparingTo("2100.50");
        assertThat(jane.asOf()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(jane.toString()).doesNotContain("XYZ123456789", "DOE");
        EligibilityResponse richard = d.transactions().get(1);
        assertThat(richard.active()).isFalse();
        assertThat(richard.copay()).isNull();
        assertThat(richard.payer().payerId()).isEqualTo("ACME1");
    }

    @Test
    void inquiryRoundTripsThroughWriterAndReader() {
        EligibilityInquiry q = new EligibilityInquiry("TRACE-9", new ClaimPayer("ACME HEALTH PLAN", "ACME1"),
                "RIVERSIDE FAMILY CLINIC", X12Fixtures.BILLING_NPI, "XYZ123456789", "DOE", "JANE",
                LocalDate.of(1980, 5, 17), LocalDate.of(2026, 3, 2), List.of("30", "98"));
        String text = new Eligibility270Writer().write(X12Fixtures.envelope(), List.of(q));
        assertThat(text).contains("ST*270*0001*005010X279A1~", "EQ*30~", "EQ*98~", "SE*14*0001~");
        X12Document<EligibilityInquiry> back = new Eligibility270Reader().read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
        assertThat(back.warnings()).isEmpty();
        assertThat(back.transactions()).singleElement().isEqualTo(new EligibilityInquiry("TRACE-9",
                new ClaimPayer("ACME HEALTH PLAN", "ACME1", null), "RIVERSIDE FAMILY CLINIC",
                X12Fixtures.BILLING_NPI, "XYZ123456789", "DOE", "JANE", LocalDate.of(1980, 5, 17),
                LocalDate.of(2026, 3, 2), List.of("30", "98")));
    }

    @Test
    void invalidInquiryReportsEveryViolation() {
        EligibilityInquiry q = new EligibilityInquiry(null, null, "CLINIC", "1111111111", "", "DOE", null, null,
                null, List.of());
        assertThatThrownBy(() -> new Eligibility270Writer().write(X12Fixtures.envelope(), List.of(q)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.code() + " " + v.field()).contains(
                                "MC-EDI-101 inquiries[0].traceNumber", "MC-EDI-101 inquiries[0].payer",
                                "MC-CODE-009 inquiries[0].providerNpi", "MC-EDI-101 inquiries[0].memberId",
                                "MC-EDI-101 inquiries[0].serviceDate", "MC-EDI-107 inquiries[0].serviceTypeCodes"));
    }

    @Test
    void a271FedToThe835ReaderIsRefusedAsTheWrongTransaction() {
        assertThatThrownBy(() -> new Remittance835Reader().read(
                new ByteArrayInputStream(RESPONSE.getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOfSatisfying(X12Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(X12Codes.WRONG_TRANSACTION);
                    assertThat(e.segmentTag()).isEqualTo("ST");
                });
    }
}
