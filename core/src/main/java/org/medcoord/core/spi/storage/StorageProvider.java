package org.medcoord.core.spi.storage;

/**
 * Creates storage engines. Found by {@link java.util.ServiceLoader} (register it in
 * {@code META-INF/services/org.medcoord.core.spi.storage.StorageProvider}) or registered on the
 * {@code MedCoord} builder. Needs a public no-arg constructor.
 *
 * <p>Exactly one provider is used per {@code MedCoord} instance: the builder's choice, else the
 * {@code medcoord.storage} setting, else the single one found. Never a silent fallback.
 *
 * @since 0.1.0
 */
public interface StorageProvider {

    /** @return a stable, short id such as {@code "memory"} or {@code "jdbc"}; matched by the {@code medcoord.storage} setting */
    String id();

    /**
     * Opens an engine. Called once per {@code MedCoord} instance, by MedCoord only, on the thread that
     * builds it. The engine is closed by MedCoord when it closes.
     *
     * @param settings the configuration for this engine
     * @return an open engine
     * @throws org.medcoord.core.ConfigurationException when the settings are wrong or the store is unreachable
     */
    StorageEngine open(StorageSettings settings);
}
