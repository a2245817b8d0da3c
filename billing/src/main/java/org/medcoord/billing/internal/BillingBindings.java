package org.medcoord.billing.internal;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import org.medcoord.billing.BillingReports;
import org.medcoord.billing.ChargeService;
import org.medcoord.billing.ClaimCorrections;
import org.medcoord.billing.ClaimService;
import org.medcoord.billing.CoverageService;
import org.medcoord.billing.EligibilityService;
import org.medcoord.billing.FeeScheduleService;
import org.medcoord.billing.PatientLedger;
import org.medcoord.billing.PayerRegistry;
import org.medcoord.billing.ProviderDirectory;
import org.medcoord.billing.RemittanceService;
import org.medcoord.billing.Scrubber;
import org.medcoord.core.Extensions;
import org.medcoord.core.data.DataStore;

/**
 * The implementation's bindings, installed by {@link org.medcoord.billing.BillingModule}. Public only
 * because that module lives in the API package; the classes it binds stay package-private.
 */
public final class BillingBindings extends AbstractModule {

    @Provides
    @Singleton
    PayerAdapters adapters(Extensions extensions) {
        return new PayerAdapters(extensions);
    }

    @Provides
    @Singleton
    PayerRegistry payers(DataStore data, Clock clock) {
        return new DefaultPayerRegistry(data, clock);
    }

    @Provides
    @Singleton
    ProviderDirectory providers(DataStore data) {
        return new DefaultProviderDirectory(data);
    }

    @Provides
    @Singleton
    CoverageService coverage(DataStore data, Clock clock) {
        return new DefaultCoverageService(data, clock);
    }

    @Provides
    @Singleton
    FeeScheduleService fees(DataStore data, Clock clock) {
        return new DefaultFeeScheduleService(data, clock);
    }

    @Provides
    @Singleton
    PatientLedger ledger(DataStore data, EligibilityService eligibility) {
        return new DefaultPatientLedger(data, eligibility);
    }

    @Provides
    @Singleton
    ChargeService charges(DataStore data, Clock clock) {
        return new DefaultChargeService(data, clock);
    }

    @Provides
    @Singleton
    Scrubber scrubber(DataStore data, Clock clock, Extensions extensions) {
        return new DefaultScrubber(data, clock, extensions);
    }

    @Provides
    @Singleton
    ClaimService claims(DataStore data, Clock clock, Scrubber scrubber, PayerAdapters adapters, Extensions extensions) {
        return new DefaultClaimService(data, clock, (DefaultScrubber) scrubber, adapters, new X12ClaimEncoder(extensions),
                submissionLease(extensions));
    }

    @Provides
    @Singleton
    ClaimCorrections corrections(DataStore data) {
        return new DefaultClaimCorrections(data);
    }

    @Provides
    @Singleton
    EligibilityService eligibility(DataStore data, Clock clock, Extensions extensions, PayerAdapters adapters) {
        return new DefaultEligibilityService(data, clock, extensions, adapters);
    }

    @Provides
    @Singleton
    RemittanceService remittances(DataStore data, PayerAdapters adapters) {
        return new DefaultRemittanceService(data, adapters);
    }

    @Provides
    @Singleton
    BillingReports reports(DataStore data) {
        return new DefaultBillingReports(data);
    }

    @Override
    public boolean equals(Object other) {
        // Guice de-duplicates equal modules, so installing the feature twice binds once.
        return other instanceof BillingBindings;
    }

    @Override
    public int hashCode() {
        return BillingBindings.class.hashCode();
    }

    private static java.time.Duration submissionLease(Extensions extensions) {
        String text = extensions.setting(org.medcoord.billing.BillingSettings.SUBMISSION_LEASE).map(String::strip).orElse("PT5M");
        try {
            java.time.Duration lease = java.time.Duration.parse(text);
            if (lease.isNegative() || lease.isZero()) {
                throw new java.time.format.DateTimeParseException("not above zero", text, 0);
            }
            return lease;
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.medcoord.core.ConfigurationException(Codes.LEASE_INVALID, org.medcoord.billing.BillingSettings.SUBMISSION_LEASE
                    + " is an ISO-8601 duration above zero, such as PT5M");
        }
    }
}
