package org.medcoord.core;

import java.util.List;

/**
 * The providers of an extension point (a payer adapter, a notification channel, ...): those registered
 * on the builder first, then those found by {@link java.util.ServiceLoader}, each instantiated once.
 * Domain modules inject it to find their adapters. Thread-safe.
 *
 * @since 0.1.0
 */
public interface Extensions {

    /**
     * @return every provider of {@code extensionPoint}, explicit ones first
     * @throws ConfigurationException when a provider failed to load, naming its class
     */
    <P> List<P> all(Class<P> extensionPoint);

    /** @return the string setting {@code key}, from the builder */
    java.util.Optional<String> setting(String key);
}
