package org.medcoord.billing.x12;

import java.math.BigDecimal;
import java.util.List;

/**
 * One 837P professional claim (loops 2000A..2400) as written or read. Amounts are USD.
 *
 * <p>PHI (subscriber and patient) is redacted from {@link #toString()}.
 *
 * @param billingProvider    loop 2010AA
 * @param subscriber         loop 2000B/2010BA
 * @param patient            loop 2000C/2010CA, or {@code null} when the subscriber is the patient
 * @param payer              loop 2010BB
 * @param claimControlNumber CLM01, the patient control number the 835 echoes back in CLP01
 * @param totalCharge        CLM02, the sum of the line charges
 * @param placeOfService     CLM05-1, the CMS place of service code, for example {@code 11} office
 * @param frequencyCode      CLM05-3: {@code 1} original, {@code 7} replacement, {@code 8} void
 * @param diagnoses          HI, ICD-10-CM codes without the dot, first is principal (ABK), at most 12
 * @param renderingProvider  loop 2310B, or {@code null}
 * @param priorPayerPaid     AMT*D in loop 2320 for a secondary or tertiary claim, else {@code null}
 * @param lines              loop 2400, 1..50 lines
 * @param priorPayer         the payer that adjudicated first (loop 2330B) for a secondary or tertiary
 *                           claim, else {@code null}; its subscriber is taken to be the same person
 * @since 0.1.0
 */
public record ProfessionalClaim(
        BillingProvider billingProvider,
        Subscriber subscriber,
        Patient patient,
        ClaimPayer payer,
        String claimControlNumber,
        BigDecimal totalCharge,
        String placeOfService,
        String frequencyCode,
        List<String> diagnoses,
        RenderingProvider renderingProvider,
        BigDecimal priorPayerPaid,
        List<ServiceLine> lines,
        ClaimPayer priorPayer) {

    /**
     * Copies the lists; {@code null} lists become empty.
     *
     * @param billingProvider the {@code billingProvider} component
     * @param subscriber the {@code subscriber} component
     * @param patient the {@code patient} component
     * @param payer the {@code payer} component
     * @param claimControlNumber the {@code claimControlNumber} component
     * @param totalCharge the {@code totalCharge} component
     * @param placeOfService the {@code placeOfService} component
     * @param frequencyCode the {@code frequencyCode} component
     * @param diagnoses the {@code diagnoses} component
     * @param renderingProvider the {@code renderingProvider} component
     * @param priorPayerPaid the {@code priorPayerPaid} component
     * @param lines the {@code lines} component
     * @param priorPayer the {@code priorPayer} component
     */
    public ProfessionalClaim {
        diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /**
     * A claim without a prior payer (a primary claim).
     *
     * @param billingProvider    loop 2010AA
     * @param subscriber         loop 2000B/2010BA
     * @param patient            loop 2000C/2010CA, or {@code null}
     * @param payer              loop 2010BB
     * @param claimControlNumber CLM01
     * @param totalCharge        CLM02
     * @param placeOfService     CLM05-1
     * @param frequencyCode      CLM05-3
     * @param diagnoses          HI
     * @param renderingProvider  loop 2310B, or {@code null}
     * @param priorPayerPaid     AMT*D, or {@code null}
     * @param lines              loop 2400
     */
    public ProfessionalClaim(BillingProvider billingProvider, Subscriber subscriber, Patient patient,
            ClaimPayer payer, String claimControlNumber, BigDecimal totalCharge, String placeOfService,
            String frequencyCode, List<String> diagnoses, RenderingProvider renderingProvider,
            BigDecimal priorPayerPaid, List<ServiceLine> lines) {
        this(billingProvider, subscriber, patient, payer, claimControlNumber, totalCharge, placeOfService,
                frequencyCode, diagnoses, renderingProvider, priorPayerPaid, lines, null);
    }

    /** @return a form without PHI */
    @Override
    public String toString() {
        return "ProfessionalClaim[" + claimControlNumber + ", lines=" + lines.size() + "]";
    }
}
