package org.medcoord.billing.internal;

import java.util.Optional;
import org.medcoord.billing.BillingProvider;
import org.medcoord.billing.ProviderDirectory;
import org.medcoord.billing.RenderingProvider;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.code.CodeFormats;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;

/** The stored {@link ProviderDirectory}: one document per NPI. */
final class DefaultProviderDirectory implements ProviderDirectory {

    private final DataStore data;

    DefaultProviderDirectory(DataStore data) {
        this.data = data;
    }

    @Override
    public BillingProvider registerBillingProvider(AccessContext context, BillingProvider provider) {
        Violations violations = new Violations();
        violations.addAll("", CodeFormats.NPI.check("npi", provider.npi()));
        violations.addIf(provider.name().isBlank(), "name", Codes.PROVIDER_NAME_REQUIRED, "give the provider's legal name");
        violations.addIf(!provider.taxId().strip().matches("[0-9]{9}"), "taxId", Codes.TAX_ID_INVALID, "a tax id (EIN) is nine digits");
        violations.addIf(!provider.address().wellFormed(), "address", Codes.ADDRESS_INVALID,
                "an address has a street line, a city, a two-letter state and a 5 or 9 digit ZIP code");
        violations.throwIfAny();
        BillingProvider stored = new BillingProvider(provider.npi().strip(), provider.name().strip(), provider.taxId().strip(), provider.address());
        return data.inTransaction(context, session -> {
            Access.billing(session, Action.UPDATE, Optional.empty(), "provider.register", "bill-billing-provider/" + stored.npi());
            upsert(session, Documents.BILLING_PROVIDER, stored.npi(), stored);
            return stored;
        });
    }

    @Override
    public RenderingProvider registerRenderingProvider(AccessContext context, RenderingProvider provider) {
        Violations violations = new Violations();
        violations.addAll("", CodeFormats.NPI.check("npi", provider.npi()));
        violations.addIf(provider.lastName().isBlank() || provider.firstName().isBlank(), "name", Codes.PROVIDER_NAME_REQUIRED,
                "give the clinician's first and last name");
        violations.throwIfAny();
        RenderingProvider stored = new RenderingProvider(provider.npi().strip(), provider.firstName().strip(), provider.lastName().strip());
        return data.inTransaction(context, session -> {
            Access.billing(session, Action.UPDATE, Optional.empty(), "provider.register", "bill-rendering-provider/" + stored.npi());
            upsert(session, Documents.RENDERING_PROVIDER, stored.npi(), stored);
            return stored;
        });
    }

    private static <T> void upsert(DataSession session, org.medcoord.core.data.DocumentType<T> type, String id, T value) {
        Optional<Versioned<T>> current = session.find(type, id);
        if (current.isPresent()) {
            session.update(type, id, current.get().version(), value);
        } else {
            session.insert(type, id, value);
        }
    }

    @Override
    public Optional<BillingProvider> billingProvider(AccessContext context, String npi) {
        return data.inTransaction(context, session -> {
            Access.billing(session, Action.READ, Optional.empty(), "provider.read", "bill-billing-provider/" + npi);
            return npi == null ? Optional.<BillingProvider>empty() : session.find(Documents.BILLING_PROVIDER, npi.strip()).map(Versioned::value);
        });
    }

    @Override
    public Optional<RenderingProvider> renderingProvider(AccessContext context, String npi) {
        return data.inTransaction(context, session -> {
            Access.billing(session, Action.READ, Optional.empty(), "provider.read", "bill-rendering-provider/" + npi);
            return npi == null ? Optional.<RenderingProvider>empty() : session.find(Documents.RENDERING_PROVIDER, npi.strip()).map(Versioned::value);
        });
    }
}
