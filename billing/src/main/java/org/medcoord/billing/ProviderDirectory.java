package org.medcoord.billing;

import java.util.Optional;
import org.medcoord.core.access.AccessContext;

/**
 * The billing and rendering providers claims name, by NPI. Holds no PHI; checked against the {@code BILLING}
 * data category. Registering an NPI again replaces its details. Thread-safe.
 *
 * @since 0.1.0
 */
public interface ProviderDirectory {

    /**
     * @param context  who asks
     * @param provider the billing provider
     * @return the stored provider, NPI in canonical form
     * @throws org.medcoord.core.ValidationException listing every problem (core's {@code MC-CODE-008/009}
     *         for the NPI, {@code MC-BILL-070} name, {@code MC-BILL-071} tax id, {@code MC-BILL-018} address)
     */
    BillingProvider registerBillingProvider(AccessContext context, BillingProvider provider);

    /**
     * @param context  who asks
     * @param provider the rendering provider
     * @return the stored provider
     * @throws org.medcoord.core.ValidationException listing every problem
     */
    RenderingProvider registerRenderingProvider(AccessContext context, RenderingProvider provider);

    /**
     * @param context who asks
     * @param npi     an NPI
     * @return the billing provider with that NPI, if registered
     */
    Optional<BillingProvider> billingProvider(AccessContext context, String npi);

    /**
     * @param context who asks
     * @param npi     an NPI
     * @return the rendering provider with that NPI, if registered
     */
    Optional<RenderingProvider> renderingProvider(AccessContext context, String npi);
}
