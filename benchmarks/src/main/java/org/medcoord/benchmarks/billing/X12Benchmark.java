package org.medcoord.benchmarks.billing;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.medcoord.billing.x12.Adjustment;
import org.medcoord.billing.x12.AdjustmentGroup;
import org.medcoord.billing.x12.BillingProvider;
import org.medcoord.billing.x12.Claim837PWriter;
import org.medcoord.billing.x12.ClaimPayer;
import org.medcoord.billing.x12.ClaimPayment;
import org.medcoord.billing.x12.InterchangeEnvelope;
import org.medcoord.billing.x12.ProfessionalClaim;
import org.medcoord.billing.x12.ProfessionalClaimBatch;
import org.medcoord.billing.x12.Receiver;
import org.medcoord.billing.x12.RemittanceAdvice;
import org.medcoord.billing.x12.RemittanceParty;
import org.medcoord.billing.x12.Remittance835Reader;
import org.medcoord.billing.x12.Remittance835Writer;
import org.medcoord.billing.x12.RenderingProvider;
import org.medcoord.billing.x12.ServiceLine;
import org.medcoord.billing.x12.ServicePayment;
import org.medcoord.billing.x12.Submitter;
import org.medcoord.billing.x12.Subscriber;
import org.medcoord.billing.x12.UsageIndicator;
import org.medcoord.billing.x12.X12Address;
import org.medcoord.billing.x12.X12Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * X12 with StAEDI (issue 5), 10,000 claims per operation:
 * <ul>
 *   <li>{@code write837P}: {@link Claim837PWriter} validates 10,000 two-line claims (NPI Luhn, ICD-10-CM,
 *   CPT/HCPCS, modifiers, totals, pointers, delimiters) and writes them through StAEDI with its X12
 *   control schema;</li>
 *   <li>{@code write837PStaediBaseline}: the same segments, byte for byte (checked in setup), written
 *   with StAEDI's {@code EDIStreamWriter} directly, same writer settings and control schema, no records
 *   and no validation: the ratio of the two is what the SDK's layer costs;</li>
 *   <li>{@code read835}: {@link Remittance835Reader} streams an 835 of 10,000 claim payments (2 lines and
 *   3 adjustments each) into records.</li>
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar X12Benchmark -f 1 -wi 2 -i 3}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class X12Benchmark {

    static final int CLAIMS = 10_000;

    private ProfessionalClaimBatch batch;
    private List<String[]> segments;
    private byte[] remittance;
    private Schema controlSchema;

    @Setup
    public void setUp() throws Exception {
        InterchangeEnvelope envelope = new InterchangeEnvelope("ZZ", "MEDCOORDCLINIC", "ZZ", "CLEARINGHOUSE", 7, 7,
                LocalDateTime.of(2026, 3, 2, 9, 30), UsageIndicator.TEST);
        BillingProvider provider = new BillingProvider("RIVERSIDE FAMILY CLINIC", "1234567893", "123456789",
                new X12Address("100 MAIN ST", null, "SPRINGFIELD", "IL", "62701"));
        List<ProfessionalClaim> claims = new ArrayList<>(CLAIMS);
        List<ClaimPayment> payments = new ArrayList<>(CLAIMS);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < CLAIMS; i++) {
            String ccn = "C" + i;
            LocalDate day = LocalDate.of(2026, 1, 1).plusDays(i % 60);
            Subscriber subscriber = new Subscriber("M" + (100000 + i), "PATIENT" + i, "TEST", LocalDate.of(1950 + i % 50,
                    1 + i % 12, 1 + i % 28), i % 2 == 0 ? "F" : "M",
                    new X12Address(i + " ELM ST", null, "SPRINGFIELD", "IL", "62701"), "G" + (i % 100), "P", "18");
            BigDecimal visit = new BigDecimal(100 + i % 50);
            BigDecimal lab = new BigDecimal("35.50");
            claims.add(new ProfessionalClaim(provider, subscriber, null, new ClaimPayer("ACME HEALTH PLAN", "ACME1"),
                    ccn, visit.add(lab), "11", "1", List.of("E11.9", "I10", "Z00.00"),
                    new RenderingProvider("SMITH", "ALEX", "1245319599"), null,
                    List.of(new ServiceLine(ccn + "-1", "99214", List.of("25"), visit, BigDecimal.ONE, List.of(1, 2),
                                    day),
                            new ServiceLine(ccn + "-2", "82947", List.of(), lab, BigDecimal.ONE, List.of(1), day))));
            BigDecimal paidVisit = visit.subtract(new BigDecimal("30"));
            BigDecimal paidLab = new BigDecimal("20.50");
            payments.add(new ClaimPayment(ccn, "1", visit.add(lab), paidVisit.add(paidLab), new BigDecimal("10"),
                    "P" + i, List.of(), List.of(
                            new ServicePayment("HC", "99214", List.of("25"), visit, paidVisit, BigDecimal.ONE, day,
                                    ccn + "-1", List.of(new Adjustment(AdjustmentGroup.CO, "45", new BigDecimal("20"), null),
                                            new Adjustment(AdjustmentGroup.PR, "3", new BigDecimal("10"), null))),
                            new ServicePayment("HC", "82947", List.of(), lab, paidLab, BigDecimal.ONE, day, ccn + "-2",
                                    List.of(new Adjustment(AdjustmentGroup.CO, "45", new BigDecimal("15"), null))))));
            total = total.add(paidVisit).add(paidLab);
        }
        batch = new ProfessionalClaimBatch(envelope, new Submitter("RIVERSIDE FAMILY CLINIC", "SUB123",
                "BILLING OFFICE", "2175550100"), new Receiver("CLEARINGHOUSE INC", "CH9"), claims);
        controlSchema = SchemaFactory.newFactory().getControlSchema(EDIStreamConstants.Standards.X12,
                new String[] {"00501"});
        String written = new Claim837PWriter().write(batch);
        segments = new ArrayList<>();
        for (String segment : written.split("~")) {
            if (!segment.isBlank()) {
                segments.add(segment.strip().split("\\*", -1));
            }
        }
        String baseline = writeDirectly();
        if (!baseline.equals(written)) {
            throw new IllegalStateException("the baseline does not write the same segments");
        }
        RemittanceAdvice advice = new RemittanceAdvice("I", total, "C", "CHK", LocalDate.of(2026, 3, 10), "CHK1",
                new RemittanceParty("ACME HEALTH PLAN", "2U", "ACME1"),
                new RemittanceParty("RIVERSIDE FAMILY CLINIC", "XX", "1234567893"), payments, List.of());
        remittance = new Remittance835Writer().write(envelope, List.of(advice)).getBytes(StandardCharsets.US_ASCII);
        if (new Remittance835Reader().read(new ByteArrayInputStream(remittance)).transactions().get(0).claims().size()
                != CLAIMS) {
            throw new IllegalStateException("the 835 does not hold " + CLAIMS + " claim payments");
        }
    }

    @Benchmark
    public String write837P() {
        return new Claim837PWriter().write(batch);
    }

    @Benchmark
    public String write837PStaediBaseline() throws Exception {
        return writeDirectly();
    }

    @Benchmark
    public X12Document<RemittanceAdvice> read835() {
        return new Remittance835Reader().read(new ByteArrayInputStream(remittance));
    }

    private String writeDirectly() throws Exception {
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        EDIStreamWriter writer = factory.createEDIStreamWriter(out);
        writer.setControlSchema(controlSchema);
        writer.startInterchange();
        for (String[] segment : segments) {
            writer.writeStartSegment(segment[0]);
            boolean isa = segment[0].equals("ISA");
            for (int e = 1; e < segment.length; e++) {
                String element = segment[e];
                if (element.isEmpty()) {
                    writer.writeEmptyElement();
                } else if (!isa && element.indexOf(':') >= 0) {
                    writer.writeStartElement();
                    for (String component : element.split(":", -1)) {
                        if (component.isEmpty()) {
                            writer.writeEmptyComponent();
                        } else {
                            writer.writeComponent(component);
                        }
                    }
                    writer.endElement();
                } else {
                    writer.writeElement(element);
                }
            }
            writer.writeEndSegment();
        }
        writer.endInterchange();
        writer.close();
        return out.toString(StandardCharsets.UTF_8);
    }
}
