package org.medcoord.core.internal.bootstrap;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.spi.Message;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.medcoord.core.ConfigurationException;
import org.medcoord.core.MedCoord;
import org.medcoord.core.MedCoordFeature;
import org.medcoord.core.code.CodeValidator;
import org.medcoord.core.internal.service.DefaultBreakGlass;
import org.medcoord.core.internal.access.RoleBasedAccessPolicy;
import org.medcoord.core.internal.audit.Slf4jAuditSink;
import org.medcoord.core.internal.code.RegistryCodeValidator;
import org.medcoord.core.internal.crypto.ConfiguredKeyProvider;
import org.medcoord.core.internal.memory.MemoryStorageProvider;
import org.medcoord.core.spi.AccessPolicy;
import org.medcoord.core.spi.AuditSink;
import org.medcoord.core.spi.CodeSystem;
import org.medcoord.core.spi.EventListener;
import org.medcoord.core.spi.KeyProvider;
import org.medcoord.core.spi.storage.StorageEngine;
import org.medcoord.core.spi.storage.StorageProvider;
import org.medcoord.core.spi.storage.StorageSettings;

/**
 * Starts a MedCoord instance: resolves every extension point with the strict policy, collecting every
 * problem before failing once; opens the storage engine; then assembles Guice from core, the features
 * found on the classpath and the builder's modules.
 */
public final class Bootstrap {

    public static final String KEY_PROVIDER_SETTING = "medcoord.key-provider";
    public static final String ACCESS_POLICY_SETTING = "medcoord.access-policy";
    public static final String AUDIT_SINK_SETTING = "medcoord.audit-sink";
    static final String STORAGE_ARTIFACT = "org.medcoord:medcoord-storage-jdbc";

    /** The builder's configuration, frozen. */
    public record Config(Map<String, String> settings, Map<Class<?>, Object> components,
                         Map<Class<?>, List<Object>> explicitProviders, List<Module> modules,
                         Clock clock, ClassLoader classLoader, boolean discover) {
    }

    /** A started instance. */
    public interface Running extends AutoCloseable {
        <T> T service(Class<T> type);

        Clock clock();

        String storageId();

        @Override
        void close();
    }

    private Bootstrap() {
    }

    public static Running start(Config config) {
        Resolved resolved = resolve(config);
        StorageEngine engine = resolved.storage().open(new StorageSettings(config.settings(), config.components(), config.clock()));
        try {
            List<Module> modules = new ArrayList<>();
            modules.add(new CoreModule(resolved, engine));
            resolved.features().forEach(feature -> modules.add(feature.module()));
            modules.addAll(config.modules());
            Injector injector = Guice.createInjector(Stage.PRODUCTION, modules);
            return new Started(injector, engine, config.clock(), resolved.storage().id(), resolved.features());
        } catch (CreationException e) {
            engine.close();
            throw new ConfigurationException("MC-CONFIG-020", e.getErrorMessages().stream().map(Message::getMessage)
                    .map(m -> "module wiring: " + m).toList(), e);
        } catch (RuntimeException | Error e) {
            engine.close();
            throw e;
        }
    }

    /** Chooses every plugin and checks every setting, reporting all problems together. */
    static Resolved resolve(Config config) {
        Map<String, String> settings = config.settings();
        Discovery discovery = new Discovery(config.classLoader(), config.explicitProviders(), config.discover());
        List<String> problems = new ArrayList<>();

        StorageProvider storage = collect(problems, () -> chooseStorage(config, discovery));

        // Keys: a provider registered on the builder or named by the setting, else the built-in one that
        // reads medcoord.keys.* (whose problems are reported only when it is the one that would be used).
        boolean keysChosenElsewhere = config.explicitProviders().containsKey(KeyProvider.class) || settings.containsKey(KEY_PROVIDER_SETTING);
        KeyProvider keys = keysChosenElsewhere
                ? collect(problems, () -> discovery.single(KeyProvider.class, KeyProvider::id,
                        Optional.ofNullable(settings.get(KEY_PROVIDER_SETTING)), KEY_PROVIDER_SETTING, "a KeyProvider plugin"))
                : collect(problems, () -> ConfiguredKeyProvider.fromSettings(settings));

        AccessPolicy policy = collect(problems, () -> discovery.singleOrDefault(AccessPolicy.class, AccessPolicy::id,
                Optional.ofNullable(settings.get(ACCESS_POLICY_SETTING)), ACCESS_POLICY_SETTING, new RoleBasedAccessPolicy()));
        AuditSink sink = collect(problems, () -> discovery.singleOrDefault(AuditSink.class, AuditSink::id,
                Optional.ofNullable(settings.get(AUDIT_SINK_SETTING)), AUDIT_SINK_SETTING, new Slf4jAuditSink()));
        List<EventListener> listeners = collect(problems, () -> discovery.ordered(EventListener.class, EventListener::order, EventListener::id));
        CodeValidator codes = collect(problems, () -> new RegistryCodeValidator(discovery.all(CodeSystem.class)));
        List<MedCoordFeature> features = collect(problems, () -> discovery.all(MedCoordFeature.class));

        Set<String> breakGlassUsers = Arrays.stream(settings.getOrDefault(DefaultBreakGlass.USERS_SETTING, "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        long maxMinutes = 60;
        String maxSetting = settings.get(DefaultBreakGlass.MAX_MINUTES_SETTING);
        if (maxSetting != null) {
            try {
                maxMinutes = Long.parseLong(maxSetting.strip());
                if (maxMinutes < 1 || maxMinutes > 24 * 60) {
                    problems.add(DefaultBreakGlass.MAX_MINUTES_SETTING + " must be 1 to 1440 minutes");
                }
            } catch (NumberFormatException e) {
                problems.add(DefaultBreakGlass.MAX_MINUTES_SETTING + " must be a whole number of minutes");
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return new Resolved(settings, config.clock(), config.classLoader(), discovery, storage, keys, policy, sink,
                listeners, codes, features, Set.copyOf(breakGlassUsers), maxMinutes);
    }

    private static StorageProvider chooseStorage(Config config, Discovery discovery) {
        // The in-memory engine is never discovered (it would make every classpath ambiguous); it is
        // chosen explicitly, on the builder or with medcoord.storage=memory.
        String chosen = config.settings().get(MedCoord.STORAGE_SETTING);
        if (MemoryStorageProvider.ID.equals(chosen) && !config.explicitProviders().containsKey(StorageProvider.class)) {
            return new MemoryStorageProvider();
        }
        return discovery.single(StorageProvider.class, StorageProvider::id, Optional.ofNullable(chosen), MedCoord.STORAGE_SETTING,
                STORAGE_ARTIFACT);
    }

    private static <T> T collect(List<String> problems, Supplier<T> step) {
        try {
            return step.get();
        } catch (ConfigurationException e) {
            // Keep each problem's own code: a specific code on the exception belongs to all its problems.
            boolean specific = !ConfigurationException.CODE.equals(e.code());
            e.problems().forEach(p -> problems.add(specific && !p.startsWith("MC-") ? e.code() + ": " + p : p));
            return null;
        }
    }

    private static final class Started implements Running {
        private final Injector injector;
        private final StorageEngine engine;
        private final Clock clock;
        private final String storageId;
        private final List<MedCoordFeature> features;
        private final AtomicBoolean closed = new AtomicBoolean();

        Started(Injector injector, StorageEngine engine, Clock clock, String storageId, List<MedCoordFeature> features) {
            this.injector = injector;
            this.engine = engine;
            this.clock = clock;
            this.storageId = storageId;
            this.features = features;
        }

        @Override
        public <T> T service(Class<T> type) {
            if (closed.get()) {
                throw new IllegalStateException("this MedCoord instance is closed");
            }
            if (injector.getExistingBinding(Key.get(type)) == null) {
                throw new ConfigurationException("MC-CONFIG-021", "no module provides " + type.getName()
                        + "; add the MedCoord artifact that holds it (features on the classpath: "
                        + features.stream().map(MedCoordFeature::id).toList() + ")");
            }
            return injector.getInstance(type);
        }

        @Override
        public Clock clock() {
            return clock;
        }

        @Override
        public String storageId() {
            return storageId;
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                engine.close();
            }
        }
    }
}
