package org.medcoord.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.medcoord.core.audit.AuditTrail;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.spi.storage.StorageEngine;
import org.medcoord.core.spi.storage.StorageProvider;
import org.medcoord.core.spi.storage.StorageSettings;
import org.junit.jupiter.api.Test;

/** Starting MedCoord: the strict storage choice, every configuration problem at once, services, close. */
class MedCoordBootstrapTest {

    private static String key() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static Map<String, String> keys() {
        return Map.of("medcoord.keys.encryption", key(), "medcoord.keys.token", key());
    }

    /** Counts opens and closes of a real in-memory engine. */
    private static final class CountingProvider implements StorageProvider {
        int opened;
        int closed;

        @Override
        public String id() {
            return "counting";
        }

        @Override
        public StorageEngine open(StorageSettings settings) {
            opened++;
            StorageEngine engine = InMemoryStorage.provider().open(settings);
            return new StorageEngine() {
                @Override
                public <T> T inTransaction(TenantId tenant, org.medcoord.core.spi.storage.TransactionWork<T> work) {
                    return engine.inTransaction(tenant, work);
                }

                @Override
                public void close() {
                    closed++;
                    engine.close();
                }
            };
        }
    }

    @Test
    void withoutAnyStorageProviderStartFailsNamingTheArtifactToAdd() {
        assertThatThrownBy(() -> MedCoord.builder().settings(keys()).withoutDiscovery().build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("MC-CONFIG-011: no StorageProvider found; add org.medcoord:medcoord-storage-jdbc to the classpath"
                        + " or register one on MedCoord.builder()");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> MedCoord.builder().setting("medcoord.keys.token", "not base64!")
                .setting("medcoord.break-glass.max-minutes", "forever").withoutDiscovery().build())
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.code()).isEqualTo("MC-CONFIG-001");
                    assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(4);
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("no StorageProvider found"));
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("medcoord.keys.encryption"));
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("medcoord.keys.token"));
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p).isEqualTo("medcoord.break-glass.max-minutes must be a whole number of minutes"));
                    assertThat(e.getMessage()).doesNotContain("not base64!");
                });
    }

    @Test
    void theInMemoryEngineIsChosenOnlyExplicitly() {
        try (MedCoord medcoord = MedCoord.builder().settings(keys()).setting(MedCoord.STORAGE_SETTING, "memory").withoutDiscovery().build()) {
            assertThat(medcoord.storageId()).isEqualTo("memory");
            assertThat(medcoord.service(DataStore.class)).isNotNull();
            assertThat(medcoord.service(AuditTrail.class)).isNotNull();
        }
    }

    @Test
    void anExplicitProviderIsOpenedOnceAndClosedOnce() {
        CountingProvider provider = new CountingProvider();
        MedCoord medcoord = MedCoord.builder().settings(keys()).storage(provider).withoutDiscovery().build();
        assertThat(medcoord.storageId()).isEqualTo("counting");
        medcoord.close();
        medcoord.close();
        assertThat(provider.opened).isEqualTo(1);
        assertThat(provider.closed).isEqualTo(1);
        assertThatThrownBy(() -> medcoord.service(DataStore.class)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aServiceNoModuleProvidesIsAConfigurationError() {
        try (MedCoord medcoord = MedCoord.builder().settings(keys()).setting(MedCoord.STORAGE_SETTING, "memory").withoutDiscovery().build()) {
            assertThatThrownBy(() -> medcoord.service(Runnable.class))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageStartingWith("MC-CONFIG-021: no module provides java.lang.Runnable");
        }
    }
}
