package org.medcoord.billing;

import java.time.Duration;
import java.time.LocalDate;
import org.medcoord.core.access.AccessContext;

/**
 * Eligibility checks through the payer adapter serving a coverage's payer. Answers are cached per tenant,
 * coverage and date of service for a time to live (setting {@value #TTL_SETTING}, an ISO-8601 duration,
 * default {@code PT15M}). Each call to the payer is audited as a {@code DISCLOSE} of {@code INSURANCE} data
 * (the member id leaves the clinic); a cached answer is audited as a {@code READ}. Thread-safe.
 *
 * @since 0.1.0
 */
public interface EligibilityService {

    /** The setting holding the cache's time to live. */
    String TTL_SETTING = "medcoord.billing.eligibility-ttl";

    /** The default time to live. */
    Duration DEFAULT_TTL = Duration.ofMinutes(15);

    /**
     * @param context     who asks
     * @param coverage    the coverage
     * @param serviceDate the date of service
     * @param providerNpi the NPI of the provider asking (Luhn checked)
     * @return the answer, from the cache when a fresh one is there
     * @throws org.medcoord.core.ConfigurationException ({@code MC-BILL-200}) when no adapter serves the payer,
     *         ({@code MC-BILL-201}) when two do
     */
    Eligibility check(AccessContext context, CoverageId coverage, LocalDate serviceDate, String providerNpi);
}
