package org.medcoord.core;

import com.google.inject.Module;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.medcoord.core.internal.bootstrap.Bootstrap;
import org.medcoord.core.spi.AccessPolicy;
import org.medcoord.core.spi.AuditSink;
import org.medcoord.core.spi.KeyProvider;
import org.medcoord.core.spi.storage.StorageProvider;

/**
 * The SDK's entry point: one instance per embedding application (it serves every tenant). Assembles
 * core, the domain modules found on the classpath and the plugins into one Guice injector, opens the
 * storage engine and hands out services.
 *
 * <pre>{@code
 * try (MedCoord medcoord = MedCoord.builder()
 *         .setting("medcoord.storage", "jdbc")
 *         .setting("medcoord.keys.encryption", encryptionKeyBase64)
 *         .setting("medcoord.keys.token", tokenKeyBase64)
 *         .build()) {
 *     DataStore data = medcoord.service(DataStore.class);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class MedCoord implements AutoCloseable {

    /** The setting that chooses a storage provider by id when several are on the classpath. */
    public static final String STORAGE_SETTING = "medcoord.storage";

    private final Bootstrap.Running running;

    private MedCoord(Bootstrap.Running running) {
        this.running = running;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return the service bound to {@code type}, for example {@code AuditTrail.class}
     * @throws ConfigurationException when no module provides it (name the artifact to add)
     * @throws IllegalStateException after {@link #close()}
     */
    public <T> T service(Class<T> type) {
        return running.service(type);
    }

    /** @return the clock every service uses */
    public Clock clock() {
        return running.clock();
    }

    /** @return the id of the storage provider in use */
    public String storageId() {
        return running.storageId();
    }

    /** Closes the storage engine and releases everything. Idempotent. */
    @Override
    public void close() {
        running.close();
    }

    /** Collects configuration; not thread-safe, use from one thread. */
    public static final class Builder {
        private final Map<String, String> settings = new LinkedHashMap<>();
        private final Map<Class<?>, Object> components = new LinkedHashMap<>();
        private final Map<Class<?>, List<Object>> providers = new LinkedHashMap<>();
        private final List<Module> modules = new ArrayList<>();
        private Clock clock = Clock.systemUTC();
        private ClassLoader classLoader;
        private boolean discover = true;

        private Builder() {
        }

        /** Uses {@code provider} as the storage provider, whatever the classpath holds. */
        public Builder storage(StorageProvider provider) {
            return provider(StorageProvider.class, provider);
        }

        /** Sets a string setting (see each module's documentation for its keys). */
        public Builder setting(String key, String value) {
            settings.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Sets several string settings. */
        public Builder settings(Map<String, String> values) {
            values.forEach(this::setting);
            return this;
        }

        /** Hands an object to the storage engine, for example the application's {@code javax.sql.DataSource}. */
        public <T> Builder component(Class<T> type, T component) {
            components.put(type, type.cast(Objects.requireNonNull(component, "component")));
            return this;
        }

        /** Registers a provider of an extension point explicitly; explicit providers win over discovered ones. */
        public <P> Builder provider(Class<P> extensionPoint, P provider) {
            providers.computeIfAbsent(extensionPoint, k -> new ArrayList<>()).add(extensionPoint.cast(Objects.requireNonNull(provider, "provider")));
            return this;
        }

        /** Replaces the default key provider. */
        public Builder keyProvider(KeyProvider provider) {
            return provider(KeyProvider.class, provider);
        }

        /** Replaces the default role-based access policy. */
        public Builder accessPolicy(AccessPolicy policy) {
            return provider(AccessPolicy.class, policy);
        }

        /** Replaces the default SLF4J audit sink. */
        public Builder auditSink(AuditSink sink) {
            return provider(AuditSink.class, sink);
        }

        /** Adds a Guice module, installed after the features' modules (use {@code Modules.override} to replace bindings). */
        public Builder module(Module module) {
            modules.add(Objects.requireNonNull(module, "module"));
            return this;
        }

        /** Sets the clock every service uses (tests pass a fixed or controllable clock). */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Sets the class loader ServiceLoader searches; default: the thread's context class loader. */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /** Turns ServiceLoader discovery of plugins off: only explicitly registered providers are used. */
        public Builder withoutDiscovery() {
            this.discover = false;
            return this;
        }

        /**
         * Starts MedCoord.
         *
         * @throws ConfigurationException listing every problem found (missing or ambiguous storage, broken
         *         providers, missing keys, ...)
         */
        public MedCoord build() {
            ClassLoader loader = classLoader != null ? classLoader
                    : Objects.requireNonNullElse(Thread.currentThread().getContextClassLoader(), MedCoord.class.getClassLoader());
            Map<Class<?>, List<Object>> explicit = new LinkedHashMap<>();
            providers.forEach((k, v) -> explicit.put(k, List.copyOf(v)));
            return new MedCoord(Bootstrap.start(new Bootstrap.Config(Map.copyOf(settings), Map.copyOf(components),
                    explicit, List.copyOf(modules), clock, loader, discover)));
        }
    }
}
