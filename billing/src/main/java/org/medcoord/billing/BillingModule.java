package org.medcoord.billing;

import com.google.inject.AbstractModule;
import org.medcoord.billing.internal.BillingBindings;

/**
 * Binds the billing services: {@link PayerRegistry}, {@link ProviderDirectory}, {@link CoverageService},
 * {@link FeeScheduleService}, {@link ChargeService}, {@link ClaimService}, {@link Scrubber},
 * {@link EligibilityService}, {@link RemittanceService}, {@link PatientLedger} and {@link BillingReports}. {@code MedCoord.builder()} installs it on its own when {@code medcoord-billing} is on
 * the classpath; install it yourself only when discovery is turned off. Needs core's bindings
 * ({@code DataStore}, {@code Clock}, {@code Extensions}).
 *
 * @since 0.1.0
 */
public final class BillingModule extends AbstractModule {

    @Override
    protected void configure() {
        install(new BillingBindings());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BillingModule;
    }

    @Override
    public int hashCode() {
        return BillingModule.class.hashCode();
    }
}
