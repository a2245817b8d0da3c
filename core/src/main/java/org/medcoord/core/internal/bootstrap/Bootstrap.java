package org.medcoord.core.internal.bootstrap;

import com.google.inject.Module;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Starts a MedCoord instance from the builder's configuration. */
public final class Bootstrap {

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
        throw new IllegalStateException("bootstrap is being assembled");
    }
}
