package org.medcoord.billing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medcoord.billing.spi.PayerAdapter;
import org.medcoord.core.ConfigurationException;
import org.medcoord.core.Extensions;

/**
 * The payer adapters found by discovery or registered on the builder, keyed by the X12 payer ids they
 * serve. Resolved once, on first use; a payer id served twice fails every use, naming both adapters.
 * Thread-safe.
 */
final class PayerAdapters {

    private final Extensions extensions;
    private volatile Map<String, PayerAdapter> byPayerId;
    private volatile ConfigurationException problem;

    PayerAdapters(Extensions extensions) {
        this.extensions = extensions;
    }

    /** @return the adapter serving {@code x12PayerId} */
    PayerAdapter forPayer(String x12PayerId) {
        PayerAdapter adapter = resolved().get(x12PayerId);
        if (adapter == null) {
            throw new ConfigurationException(Codes.NO_ADAPTER, "no payer adapter serves payer id " + x12PayerId
                    + "; add an artifact with a PayerAdapter for it, or register one on MedCoord.builder().provider(PayerAdapter.class, ...)");
        }
        return adapter;
    }

    private Map<String, PayerAdapter> resolved() {
        Map<String, PayerAdapter> map = byPayerId;
        if (map != null) {
            return map;
        }
        synchronized (this) {
            if (byPayerId == null && problem == null) {
                resolve();
            }
            if (problem != null) {
                throw problem;
            }
            return byPayerId;
        }
    }

    private void resolve() {
        Map<String, PayerAdapter> found = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (PayerAdapter adapter : extensions.all(PayerAdapter.class)) {
            for (String payerId : adapter.payerIds()) {
                PayerAdapter earlier = found.putIfAbsent(payerId, adapter);
                if (earlier != null && earlier != adapter) {
                    problems.add(Codes.DUPLICATE_ADAPTER + ": payer id " + payerId + " is served by two payer adapters, '" + earlier.id()
                            + "' (" + earlier.getClass().getName() + ") and '" + adapter.id() + "' (" + adapter.getClass().getName()
                            + "); remove one of them or have it serve other payer ids");
                }
            }
        }
        if (!problems.isEmpty()) {
            problem = problems.size() == 1 ? new ConfigurationException(problems)
                    : new ConfigurationException(Codes.DUPLICATE_ADAPTER, problems, null);
            return;
        }
        byPayerId = Map.copyOf(found);
    }
}
