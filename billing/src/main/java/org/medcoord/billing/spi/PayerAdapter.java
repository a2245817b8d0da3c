package org.medcoord.billing.spi;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A vendor's connection to payers or a clearinghouse: eligibility, claim submission, claim status and
 * remittances. Found with {@link java.util.ServiceLoader} or registered on
 * {@code MedCoord.builder().provider(PayerAdapter.class, ...)}; keyed by the X12 payer ids it
 * {@linkplain #payerIds() serves}. Two adapters serving the same payer id make MedCoord refuse to bill that
 * tenant's claims with a {@link org.medcoord.core.ConfigurationException} ({@code MC-BILL-201}) naming both.
 *
 * <p>Implementations need a public no-arg constructor when discovered and must be thread-safe: MedCoord
 * calls them on the caller's thread, outside any storage transaction, possibly from several threads at once.
 * A method that cannot reach the payer throws a {@link RuntimeException}; MedCoord records the failure and
 * the caller may retry.
 *
 * @since 0.1.0
 */
public interface PayerAdapter {

    /** @return the adapter's stable id, for example {@code "acme-clearinghouse"} */
    String id();

    /** @return the X12 payer ids this adapter serves; read once, when MedCoord first needs an adapter */
    Set<String> payerIds();

    /**
     * Asks whether a member is covered on a date (270/271). Called at most once per coverage and date of
     * service within the eligibility cache's time to live.
     *
     * @param request the inquiry
     * @return the payer's answer
     */
    EligibilityResponse checkEligibility(EligibilityRequest request);

    /**
     * Sends one claim. Called at most once per idempotency key once a call has succeeded; a call that threw
     * may be repeated with the same key, so an adapter must let the payer drop a duplicate.
     *
     * @param submission the claim
     * @return the payer's receipt
     */
    SubmissionReceipt submitClaim(ClaimSubmission submission);

    /**
     * Asks where a claim stands (276/277).
     *
     * @param request the inquiry
     * @return the payer's answer
     */
    ClaimStatusResponse claimStatus(ClaimStatusRequest request);

    /**
     * Fetches the 835 remittance advice the payer made available since an instant.
     *
     * @param payerId the X12 payer id
     * @param since   fetch documents received at or after this instant
     * @return the documents, oldest first
     */
    List<RemittanceDocument> fetchRemittances(String payerId, Instant since);
}
