package org.medcoord.core.internal.bootstrap;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medcoord.core.Extensions;

/** {@link Extensions} over the instance's {@link Discovery} and settings. */
final class ClasspathExtensions implements Extensions {

    private final Discovery discovery;
    private final Map<String, String> settings;

    ClasspathExtensions(Discovery discovery, Map<String, String> settings) {
        this.discovery = discovery;
        this.settings = Map.copyOf(settings);
    }

    @Override
    public <P> List<P> all(Class<P> extensionPoint) {
        return discovery.all(extensionPoint);
    }

    @Override
    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(key));
    }
}
