package org.medcoord.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoord.billing.x12.Claim837PReader;
import org.medcoord.billing.x12.ProfessionalClaimBatch;
import org.medcoord.billing.x12.X12Document;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;

/** {@link ClaimService#writeInterchange}: many claims scrubbed and written as one 837P, all or nothing. */
class ClaimInterchangeTest extends BillingTestBase {

    private List<Claim> draftsOfPatients(int count) {
        registerProviders();
        Payer payer = acmePayer();
        List<Claim> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            patient = PatientId.next(clock);
            primaryCoverage(payer);
            drafts.addAll(claims.build(biller, patient, List.of(charges.capture(biller, officeVisit().build()).id(),
                    charges.capture(biller, NewCharge.builder(patient).procedure("J1100", usd("30.00")).units(2).diagnoses("E11.9")
                            .providers(RENDERING_NPI, BILLING_NPI).serviceDate(TODAY.minusDays(1)).build()).id())));
        }
        return drafts;
    }

    @Test
    void draftsAreScrubbedAndWrittenAsOneInterchangeInTheOrderGiven() {
        List<Claim> drafts = draftsOfPatients(3);
        claims.scrub(biller, drafts.get(1).id());

        byte[] x12 = claims.writeInterchange(biller, drafts.stream().map(Claim::id).toList());

        X12Document<ProfessionalClaimBatch> read = new Claim837PReader().read(new ByteArrayInputStream(x12));
        assertThat(read.transactions()).hasSize(1);
        assertThat(read.transactions().get(0).claims()).extracting(c -> c.claimControlNumber())
                .containsExactlyElementsOf(drafts.stream().map(Claim::controlNumber).toList());
        assertThat(read.transactions().get(0).claims()).allSatisfy(c -> assertThat(c.lines()).hasSize(2));
        String text = new String(x12, StandardCharsets.US_ASCII);
        assertThat(text).startsWith("ISA*").contains("*000000001*").endsWith("IEA*1*000000001~\n");
        assertThat(drafts).allSatisfy(d -> assertThat(claims.claim(biller, d.id()).status()).isEqualTo(ClaimStatus.SCRUBBED));
        // Two drafts moved; the one scrubbed before did not move again.
        assertThat(events(ClaimStatusChanged.class)).hasSize(3);
        assertThat(claims.writeInterchange(biller, List.of(drafts.get(0).id()))).asString(StandardCharsets.US_ASCII).contains("*000000002*");
    }

    @Test
    void oneClaimWithAnErrorEditRefusesTheWholeBatchNamingEveryProblemAndChangesNothing() {
        List<Claim> drafts = draftsOfPatients(2);
        clock.set(START.plus(java.time.Duration.ofDays(200))); // past Acme's 90-day timely-filing limit for both
        Claim submittedElsewhere = drafts.get(0);

        assertThatThrownBy(() -> claims.writeInterchange(biller, List.of(drafts.get(0).id(), drafts.get(1).id(), drafts.get(0).id())))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::field).containsExactly("claims[2]"));
        assertThatThrownBy(() -> claims.writeInterchange(biller, List.of(drafts.get(0).id(), drafts.get(1).id())))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(Violation::field, Violation::code)
                        .contains(org.assertj.core.groups.Tuple.tuple("claims[0].lines[0].serviceDate", "MC-BILL-311"),
                                org.assertj.core.groups.Tuple.tuple("claims[1].lines[1].serviceDate", "MC-BILL-311")));
        assertThat(claims.claim(biller, submittedElsewhere.id()).status()).isEqualTo(ClaimStatus.DRAFT);
        assertThat(claims.claim(biller, drafts.get(1).id()).status()).isEqualTo(ClaimStatus.DRAFT);
        assertThat(events(ClaimStatusChanged.class)).isEmpty();
    }

    @Test
    void submittedClaimsAndUnknownIdsAreRefused() {
        List<Claim> drafts = draftsOfPatients(1);
        claims.scrub(biller, drafts.get(0).id());
        claims.submit(biller, drafts.get(0).id(), "k-1");

        assertThatThrownBy(() -> claims.writeInterchange(biller, List.of(drafts.get(0).id(), ClaimId.next(clock))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::field, Violation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("claims[0]", "MC-BILL-103"),
                                org.assertj.core.groups.Tuple.tuple("claims[1]", "MC-BILL-404")));
        assertThatThrownBy(() -> claims.writeInterchange(biller, List.of())).isInstanceOf(ValidationException.class);
    }
}
