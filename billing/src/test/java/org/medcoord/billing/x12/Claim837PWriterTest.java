package org.medcoord.billing.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;

class Claim837PWriterTest {

    private final Claim837PWriter writer = new Claim837PWriter();

    private static List<String> segments(String interchange) {
        return Arrays.stream(interchange.split("~")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String golden() throws IOException {
        try (InputStream in = Claim837PWriterTest.class.getResourceAsStream("/x12/claim-837p-golden.edi")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void knownBatchMatchesTheGoldenFileSegmentBySegment() throws IOException {
        List<String> expected = segments(golden());
        List<String> actual = segments(writer.write(X12Fixtures.batch()));
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertThat(actual.get(i)).as("segment %d", i + 1).isEqualTo(expected.get(i));
        }
        assertThat(actual).hasSameSizeAs(expected);
    }

    @Test
    void envelopeCountsAndControlNumbersAgree() {
        List<String> s = segments(writer.write(X12Fixtures.batch()));
        int st = s.indexOf(s.stream().filter(x -> x.startsWith("ST*")).findFirst().orElseThrow());
        int se = s.indexOf(s.stream().filter(x -> x.startsWith("SE*")).findFirst().orElseThrow());
        assertThat(s.get(se)).isEqualTo("SE*" + (se - st + 1) + "*0001");
        assertThat(s.get(st)).isEqualTo("ST*837*0001*005010X222A1");
        assertThat(s.get(s.size() - 2)).isEqualTo("GE*1*42");
        assertThat(s.get(s.size() - 1)).isEqualTo("IEA*1*000000042");
        assertThat(s.get(0)).contains("*000000042*0*T*:");
    }

    @Test
    void writtenBatchReadsBackIntoTheSameClaims() {
        ProfessionalClaimBatch batch = X12Fixtures.batch();
        X12Document<ProfessionalClaimBatch> read = new Claim837PReader().read(
                new ByteArrayInputStream(writer.write(batch).getBytes(StandardCharsets.US_ASCII)));
        assertThat(read.warnings()).isEmpty();
        ProfessionalClaimBatch back = read.transactions().get(0);
        assertThat(back.envelope()).isEqualTo(batch.envelope());
        assertThat(back.submitter()).isEqualTo(batch.submitter());
        assertThat(back.receiver()).isEqualTo(batch.receiver());
        assertThat(back.claims()).hasSize(2);
        ProfessionalClaim first = back.claims().get(0);
        ProfessionalClaim sent = batch.claims().get(0);
        assertThat(first.claimControlNumber()).isEqualTo(sent.claimControlNumber());
        assertThat(first.totalCharge()).isEqualByComparingTo(sent.totalCharge());
        assertThat(first.diagnoses()).containsExactly("E119", "I10");
        assertThat(first.billingProvider()).isEqualTo(sent.billingProvider());
        assertThat(first.subscriber()).isEqualTo(sent.subscriber());
        assertThat(first.renderingProvider()).isEqualTo(sent.renderingProvider());
        assertThat(first.payer()).isEqualTo(sent.payer());
        assertThat(first.lines()).hasSize(2);
        assertThat(first.lines().get(0).modifiers()).containsExactly("25");
        assertThat(first.lines().get(0).diagnosisPointers()).containsExactly(1, 2);
        assertThat(first.lines().get(1).units()).isEqualByComparingTo("2");
        assertThat(first.lines().get(1).lineItemControlNumber()).isEqualTo("CLM0001-2");
        ProfessionalClaim second = back.claims().get(1);
        assertThat(second.patient()).isEqualTo(batch.claims().get(1).patient());
        assertThat(second.priorPayerPaid()).isEqualByComparingTo("80.00");
        assertThat(second.priorPayer()).isEqualTo(batch.claims().get(1).priorPayer());
        assertThat(second.subscriber().payerResponsibility()).isEqualTo("S");
    }

    @Test
    void streamVariantWritesTheSameBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(X12Fixtures.batch(), out);
        assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo(writer.write(X12Fixtures.batch()));
    }

    @Test
    void invalidClaimReportsEveryViolationAtOnceAndWritesNothing() {
        ProfessionalClaim good = X12Fixtures.primaryClaim();
        List<ServiceLine> lines = new ArrayList<>();
        lines.add(new ServiceLine("L1", "9921", List.of("2*", "25", "59", "76", "91"), new BigDecimal("-5.001"),
                BigDecimal.ZERO, List.of(3), LocalDate.of(2026, 2, 27)));
        ProfessionalClaim bad = new ProfessionalClaim(
                new BillingProvider("CLINIC", "1234567890", "12-345", good.billingProvider().address()),
                good.subscriber(), null, good.payer(), "CLM~1", new BigDecimal("100.00"), "AB", "3",
                List.of("E11.9", "123"), null, null, lines);
        ProfessionalClaimBatch batch = new ProfessionalClaimBatch(X12Fixtures.envelope().withControlNumber(0),
                X12Fixtures.batch().submitter(), X12Fixtures.batch().receiver(), List.of(bad));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> writer.write(batch, out)).isInstanceOfSatisfying(ValidationException.class, e -> {
            List<String> found = e.violations().stream().map(v -> v.code() + " " + v.field()).toList();
            assertThat(found).contains(
                    "MC-EDI-105 envelope.interchangeControlNumber",
                    "MC-CODE-009 claims[0].billingProvider.npi",
                    "MC-EDI-104 claims[0].billingProvider.taxId",
                    "MC-EDI-103 claims[0].claimControlNumber",
                    "MC-EDI-104 claims[0].frequencyCode",
                    "MC-EDI-106 claims[0].totalCharge",
                    "MC-EDI-107 claims[0].lines[0].modifiers",
                    "MC-EDI-109 claims[0].lines[0].charge",
                    "MC-EDI-109 claims[0].lines[0].units",
                    "MC-EDI-108 claims[0].lines[0].diagnosisPointers[0]",
                    "MC-CODE-003 claims[0].lines[0].procedureCode");
            assertThat(found).anyMatch(f -> f.endsWith("claims[0].placeOfService"));
            assertThat(found).anyMatch(f -> f.endsWith("claims[0].diagnoses[1]"));
            assertThat(found).anyMatch(f -> f.endsWith("claims[0].lines[0].modifiers[0]"));
        });
        assertThat(out.size()).isZero();
    }

    @Test
    void violationsNeverCarryPhi() {
        ProfessionalClaim good = X12Fixtures.primaryClaim();
        Subscriber s = new Subscriber("MEMBER*42", "O~BRIEN", "ZOË", null, "X", null, null, "Q", "18");
        ProfessionalClaim bad = new ProfessionalClaim(good.billingProvider(), s, null, good.payer(),
                good.claimControlNumber(), good.totalCharge(), "11", "1", good.diagnoses(), null, null, good.lines());
        List<Violation> violations = writer.check(new ProfessionalClaimBatch(X12Fixtures.envelope(),
                X12Fixtures.batch().submitter(), X12Fixtures.batch().receiver(), List.of(bad)));
        assertThat(violations).extracting(Violation::field).contains("claims[0].subscriber.memberId",
                "claims[0].subscriber.lastName", "claims[0].subscriber.firstName", "claims[0].subscriber.birthDate",
                "claims[0].subscriber.gender", "claims[0].subscriber.payerResponsibility",
                "claims[0].subscriber.address");
        String all = new ValidationException(violations).getMessage();
        assertThat(all).doesNotContain("MEMBER", "BRIEN", "ZO");
    }

    @Test
    void dependentNeedsAPatientAndSecondaryClaimNeedsItsPriorPayer() {
        ProfessionalClaim good = X12Fixtures.secondaryClaimForDependent();
        ProfessionalClaim noPatient = new ProfessionalClaim(good.billingProvider(),
                new Subscriber("M1", "ROE", "R", LocalDate.of(1970, 1, 1), "M", good.patient().address(), null, "S",
                        "01"),
                null, good.payer(), "C9", good.totalCharge(), "11", "1", good.diagnoses(), null,
                new BigDecimal("10"), good.lines(), null);
        List<String> fields = writer.check(new ProfessionalClaimBatch(X12Fixtures.envelope(),
                X12Fixtures.batch().submitter(), X12Fixtures.batch().receiver(), List.of(noPatient))).stream()
                .map(v -> v.code() + " " + v.field()).toList();
        assertThat(fields).contains("MC-EDI-110 claims[0].patient", "MC-EDI-110 claims[0].priorPayer");
    }

    @Test
    void staediRejectsAnEnvelopeCodeOutsideItsControlSchemaWhileWriting() {
        InterchangeEnvelope e = X12Fixtures.envelope();
        InterchangeEnvelope unknownQualifier = new InterchangeEnvelope("AB", e.senderId(), e.receiverQualifier(),
                e.receiverId(), e.interchangeControlNumber(), e.groupControlNumber(), e.createdAt(), e.usage());
        ProfessionalClaimBatch batch = new ProfessionalClaimBatch(unknownQualifier, X12Fixtures.batch().submitter(),
                X12Fixtures.batch().receiver(), X12Fixtures.batch().claims());
        assertThat(writer.check(batch)).isEmpty();
        assertThatThrownBy(() -> writer.write(batch)).isInstanceOfSatisfying(X12Exception.class, ex -> {
            assertThat(ex.code()).isEqualTo(X12Codes.WRITE_REJECTED);
            assertThat(ex.segmentTag()).isEqualTo("ISA");
            assertThat(ex.getMessage()).contains("ISA05");
        });
    }

    @Test
    void emptyBatchAndMissingPartiesAreReported() {
        List<String> fields = writer.check(new ProfessionalClaimBatch(null, null, null, List.of())).stream()
                .map(v -> v.code() + " " + v.field()).toList();
        assertThat(fields).containsExactly("MC-EDI-101 envelope", "MC-EDI-101 submitter", "MC-EDI-101 receiver",
                "MC-EDI-107 claims");
    }
}
