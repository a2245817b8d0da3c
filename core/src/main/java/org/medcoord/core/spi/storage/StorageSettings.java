package org.medcoord.core.spi.storage;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link StorageProvider} is opened with: string settings (for example {@code medcoord.jdbc.url}),
 * objects handed over by the embedding application (for example a {@code javax.sql.DataSource}), and
 * the clock the engine stamps entries with.
 *
 * @param values     string settings, keys as documented by each provider
 * @param components objects by type, supplied by the embedding application
 * @param clock      the clock for {@code written} and {@code appended} timestamps
 * @since 0.1.0
 */
public record StorageSettings(Map<String, String> values, Map<Class<?>, Object> components, Clock clock) {

    public StorageSettings {
        values = Map.copyOf(values);
        components = Map.copyOf(components);
        Objects.requireNonNull(clock, "clock");
        components.forEach((type, component) -> {
            if (!type.isInstance(component)) {
                throw new IllegalArgumentException("component for " + type.getName() + " is a " + component.getClass().getName());
            }
        });
    }

    /** @return settings with only string values and the system UTC clock */
    public static StorageSettings of(Map<String, String> values) {
        return new StorageSettings(values, Map.of(), Clock.systemUTC());
    }

    /** @return the string setting named {@code key}, if present */
    public Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** @return the component of the given type, if the embedding application supplied one */
    public <T> Optional<T> component(Class<T> type) {
        return Optional.ofNullable(components.get(type)).map(type::cast);
    }
}
