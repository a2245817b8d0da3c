package org.medcoord.core.internal.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medcoord.core.ConfigurationException;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.spi.AuditRecord;
import org.medcoord.core.spi.AuditSink;
import org.medcoord.core.spi.CodeSystem;
import org.medcoord.core.event.EventEnvelope;
import org.medcoord.core.spi.EventListener;
import org.medcoord.core.spi.storage.StorageEngine;
import org.medcoord.core.spi.storage.StorageProvider;
import org.medcoord.core.spi.storage.StorageSettings;

class DiscoveryTest {

    private static final String STORAGE = "medcoord.storage";
    private static final String JDBC_ARTIFACT = "org.medcoord:medcoord-storage-jdbc";
    private static final String SERVICES = "META-INF/services/";

    // ---- fake providers: public, with public no-arg constructors, as ServiceLoader needs -------------

    /** Counts how often discovery instantiates or opens the fakes. */
    static final AtomicInteger CREATED = new AtomicInteger();
    static final AtomicInteger OPENED = new AtomicInteger();

    public abstract static class FakeStorage implements StorageProvider {
        private final String id;

        FakeStorage(String id) {
            this.id = id;
            CREATED.incrementAndGet();
        }

        @Override
        public String id() {
            return id;
        }

        /** Discovery only chooses; opening is the bootstrap's job, so a test fails if this runs. */
        @Override
        public StorageEngine open(StorageSettings settings) {
            OPENED.incrementAndGet();
            throw new IllegalStateException("discovery must not open storage providers");
        }
    }

    public static final class MemoryStorage extends FakeStorage {
        public MemoryStorage() {
            super("memory");
        }
    }

    public static final class JdbcStorage extends FakeStorage {
        public JdbcStorage() {
            super("jdbc");
        }
    }

    public static final class VendorStorage extends FakeStorage {
        public VendorStorage() {
            super("vendor");
        }
    }

    /** A second provider claiming the id "jdbc". */
    public static final class ForkedJdbcStorage extends FakeStorage {
        public ForkedJdbcStorage() {
            super("jdbc");
        }
    }

    public static final class BrokenStorage extends FakeStorage {
        public BrokenStorage() {
            super("broken");
            throw new IllegalStateException("key store unreachable");
        }
    }

    /** Listed as a storage provider but is not one. */
    public static final class NotAStorage {
    }

    public static final class RecordingSink implements AuditSink {
        final List<AuditRecord> received = new ArrayList<>();
        private final String id;

        public RecordingSink() {
            this("log");
        }

        RecordingSink(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public void accept(AuditRecord record) {
            received.add(record);
        }
    }

    public static final class SiemSink implements AuditSink {
        @Override
        public String id() {
            return "siem";
        }

        @Override
        public void accept(AuditRecord record) {
            // a real one would forward the record to the vendor's SIEM; the test never sends one
        }
    }

    public abstract static class FakeCodeSystem implements CodeSystem {
        private final String uri;

        FakeCodeSystem(String uri) {
            this.uri = uri;
        }

        @Override
        public String uri() {
            return uri;
        }

        @Override
        public boolean contains(String code) {
            return code.equals("99213");
        }

        @Override
        public Optional<String> display(String code) {
            return Optional.empty();
        }
    }

    public static final class CptTable extends FakeCodeSystem {
        public CptTable() {
            super(CodeSystems.CPT);
        }
    }

    public static final class OtherCptTable extends FakeCodeSystem {
        public OtherCptTable() {
            super(CodeSystems.CPT);
        }
    }

    public static final class LoincTable extends FakeCodeSystem {
        public LoincTable() {
            super(CodeSystems.LOINC);
        }
    }

    public static final class RxNormTable extends FakeCodeSystem {
        public RxNormTable() {
            super(CodeSystems.RXNORM);
        }
    }

    public abstract static class FakeListener implements EventListener {
        private final String id;
        private final int order;

        FakeListener(String id, int order) {
            this.id = id;
            this.order = order;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public int order() {
            return order;
        }

        @Override
        public void onEvent(EventEnvelope envelope) {
            // ordering is all this test looks at
        }
    }

    public static final class EarlyListener extends FakeListener {
        public EarlyListener() {
            super("early", -10);
        }
    }

    public static final class AuditListener extends FakeListener {
        public AuditListener() {
            super("audit", 0);
        }
    }

    public static final class BillingListener extends FakeListener {
        public BillingListener() {
            super("billing", 0);
        }
    }

    // ---- set-up ---------------------------------------------------------------------------------------

    @TempDir
    Path classpathEntry;

    @BeforeEach
    void resetCounters() {
        CREATED.set(0);
        OPENED.set(0);
    }

    private static String name(Class<?> type) {
        return type.getName();
    }

    /** Writes {@code META-INF/services/<point>} listing {@code classNames}, one a line. */
    private void register(Class<?> point, String... classNames) throws IOException {
        Path file = classpathEntry.resolve(SERVICES + point.getName());
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# written by DiscoveryTest\n" + String.join("\n", classNames) + "\n");
    }

    private void register(Class<?> point, Class<?>... providers) throws IOException {
        register(point, Arrays.stream(providers).map(Class::getName).toArray(String[]::new));
    }

    /**
     * A class loader that sees the service files of the temporary directory only. Its parent delegates class
     * loading to the test class loader (so the nested fakes load) but hides that loader's own
     * {@code META-INF/services}, so a provider that core or a test dependency registers one day cannot change
     * what these tests find.
     */
    private ClassLoader loader() throws IOException {
        ClassLoader classesOnly = new ClassLoader(DiscoveryTest.class.getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String resource) {
                return Collections.emptyEnumeration();
            }

            @Override
            public URL getResource(String resource) {
                return null;
            }
        };
        return new URLClassLoader(new URL[] {classpathEntry.toUri().toURL()}, classesOnly);
    }

    private Discovery discovery() throws IOException {
        return new Discovery(loader(), Map.of(), true);
    }

    private Discovery discovery(Class<?> point, Object... explicit) throws IOException {
        return new Discovery(loader(), Map.of(point, List.of(explicit)), true);
    }

    private static StorageProvider storage(Discovery discovery, Optional<String> chosen) {
        return discovery.single(StorageProvider.class, StorageProvider::id, chosen, STORAGE, JDBC_ARTIFACT);
    }

    // ---- tests ----------------------------------------------------------------------------------------

    @Nested
    class SingleChoice {

        @Test
        void noStorageProviderAnywhereFailsNamingTheArtifactToAdd() throws IOException {
            Discovery discovery = discovery();
            assertThatThrownBy(() -> storage(discovery, Optional.empty()))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("MC-CONFIG-011: no StorageProvider found; add org.medcoord:medcoord-storage-jdbc to the"
                            + " classpath or register one on MedCoord.builder()");
            assertThat(discovery.problems()).containsExactly("MC-CONFIG-011: no StorageProvider found; add"
                    + " org.medcoord:medcoord-storage-jdbc to the classpath or register one on MedCoord.builder()");
        }

        @Test
        void theOnlyProviderFoundIsUsed() throws IOException {
            register(StorageProvider.class, JdbcStorage.class);
            Discovery discovery = discovery();
            assertThat(storage(discovery, Optional.empty())).isInstanceOf(JdbcStorage.class);
            assertThat(discovery.problems()).isEmpty();
            assertThat(OPENED).hasValue(0);
        }

        @Test
        void severalFoundAndNoneChosenFailsListingEveryOne() throws IOException {
            register(StorageProvider.class, MemoryStorage.class, JdbcStorage.class);
            Discovery discovery = discovery();
            assertThatThrownBy(() -> storage(discovery, Optional.empty()))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("MC-CONFIG-012: several StorageProviders found: memory (" + name(MemoryStorage.class)
                            + "), jdbc (" + name(JdbcStorage.class) + "); set medcoord.storage to the id of the one to use");
        }

        @Test
        void theSettingChoosesAmongSeveral() throws IOException {
            register(StorageProvider.class, MemoryStorage.class, JdbcStorage.class);
            assertThat(storage(discovery(), Optional.of("jdbc"))).isInstanceOf(JdbcStorage.class);
        }

        @Test
        void theSettingIsHonouredEvenWhenOnlyOneIsFound() throws IOException {
            register(StorageProvider.class, MemoryStorage.class);
            Discovery discovery = discovery();
            assertThatThrownBy(() -> storage(discovery, Optional.of("jdbc")))
                    .hasMessage("MC-CONFIG-013: medcoord.storage is 'jdbc' but no StorageProvider with that id was found;"
                            + " available: memory (" + name(MemoryStorage.class) + "); fix medcoord.storage or add the"
                            + " provider to the classpath");
        }

        @Test
        void aSettingThatNamesNoProviderFoundListsWhatWasFound() throws IOException {
            register(StorageProvider.class, MemoryStorage.class, JdbcStorage.class);
            Discovery discovery = discovery();
            assertThatThrownBy(() -> storage(discovery, Optional.of("postgres")))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("MC-CONFIG-013: medcoord.storage is 'postgres' but no StorageProvider with that id was"
                            + " found; available: memory (" + name(MemoryStorage.class) + "), jdbc ("
                            + name(JdbcStorage.class) + "); fix medcoord.storage or add the provider to the classpath");
        }

        @Test
        void aSettingWithNothingFoundSaysSo() throws IOException {
            Discovery discovery = discovery();
            assertThatThrownBy(() -> storage(discovery, Optional.of("jdbc")))
                    .hasMessage("MC-CONFIG-013: medcoord.storage is 'jdbc' but no StorageProvider with that id was found;"
                            + " none was found; fix medcoord.storage or add the provider to the classpath");
        }

        @Test
        void twoFoundProvidersWithTheChosenIdAreAmbiguous() throws IOException {
            register(StorageProvider.class, JdbcStorage.class, ForkedJdbcStorage.class, MemoryStorage.class);
            Discovery discovery = discovery();
            assertThatThrownBy(() -> storage(discovery, Optional.of("jdbc")))
                    .hasMessage("MC-CONFIG-012: several StorageProviders have the id 'jdbc': jdbc (" + name(JdbcStorage.class)
                            + "), jdbc (" + name(ForkedJdbcStorage.class) + "); remove all but one from the classpath");
        }

        @Test
        void anExplicitProviderWinsOverTheSettingAndTheClasspathWhichIsNotEvenLoaded() throws IOException {
            register(StorageProvider.class, MemoryStorage.class, JdbcStorage.class);
            VendorStorage vendor = new VendorStorage();
            Discovery discovery = discovery(StorageProvider.class, vendor);
            assertThat(storage(discovery, Optional.of("jdbc"))).isSameAs(vendor);
            assertThat(CREATED).as("only the explicit provider was instantiated").hasValue(1);
        }

        @Test
        void twoExplicitProvidersFail() throws IOException {
            Discovery discovery = discovery(StorageProvider.class, new MemoryStorage(), new VendorStorage());
            assertThatThrownBy(() -> storage(discovery, Optional.empty()))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("MC-CONFIG-015: 2 StorageProviders are registered on MedCoord.builder(): memory ("
                            + name(MemoryStorage.class) + "), vendor (" + name(VendorStorage.class) + "); register exactly one");
        }

        @Test
        void withoutDiscoveryTheClasspathIsIgnored() throws IOException {
            register(StorageProvider.class, MemoryStorage.class);
            Discovery discovery = new Discovery(loader(), Map.of(), false);
            assertThatThrownBy(() -> storage(discovery, Optional.empty())).hasMessageStartingWith("MC-CONFIG-011: ");
            assertThat(CREATED).hasValue(0);
        }
    }

    @Nested
    class BrokenProviders {

        private static final String FIX = "; fix it or remove it from META-INF/services/org.medcoord.core.spi.storage.StorageProvider";

        private final String constructorThrows = "MC-CONFIG-010: the StorageProvider " + name(BrokenStorage.class)
                + " failed to load (java.lang.IllegalStateException: key store unreachable)" + FIX;
        private final String classMissing = "MC-CONFIG-010: the StorageProvider org.medcoord.example.MissingStorage"
                + " failed to load (not found)" + FIX;
        private final String notASubtype = "MC-CONFIG-010: the StorageProvider " + name(NotAStorage.class)
                + " failed to load (not a subtype)" + FIX;

        @Test
        void eachBrokenProviderIsReportedByClassNameWhileTheGoodOneStillLoads() throws IOException {
            register(StorageProvider.class, name(BrokenStorage.class), "org.medcoord.example.MissingStorage",
                    name(NotAStorage.class), name(MemoryStorage.class));
            Discovery discovery = discovery();

            assertThat(discovery.all(StorageProvider.class)).singleElement().isInstanceOf(MemoryStorage.class);
            assertThat(storage(discovery, Optional.empty())).isInstanceOf(MemoryStorage.class);
            assertThat(discovery.problems()).containsExactly(constructorThrows, classMissing, notASubtype);
            assertThatThrownBy(discovery::throwIfProblems)
                    .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                        assertThat(e.code()).isEqualTo("MC-CONFIG-010");
                        assertThat(e.problems()).containsExactly(constructorThrows.substring(15),
                                classMissing.substring(15), notASubtype.substring(15));
                    })
                    .hasMessage("MC-CONFIG-010: 3 problems: " + constructorThrows.substring(15) + "; "
                            + classMissing.substring(15) + "; " + notASubtype.substring(15));
        }

        @Test
        void aProviderWhoseDependencyIsMissingIsReportedAndTheOthersStillLoad() throws IOException {
            // Compile a provider against a base class, then delete the base class: the provider's library is
            // on the classpath without the jar it needs.
            Path sources = Files.createDirectories(classpathEntry.resolve("src/com/example/vendor"));
            Files.writeString(sources.resolve("VendorBase.java"), "package com.example.vendor;\n"
                    + "public abstract class VendorBase implements " + StorageProvider.class.getName() + " {}\n");
            Files.writeString(sources.resolve("VendorStorage.java"), "package com.example.vendor;\n"
                    + "public final class VendorStorage extends VendorBase {\n"
                    + "  public String id() { return \"vendor\"; }\n"
                    + "  public " + StorageEngine.class.getName() + " open(" + StorageSettings.class.getName() + " s) {"
                    + " throw new IllegalStateException(); }\n}\n");
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            int status = javac.run(null, null, null, "-d", classpathEntry.toString(), "-cp", System.getProperty("java.class.path"),
                    sources.resolve("VendorBase.java").toString(), sources.resolve("VendorStorage.java").toString());
            assertThat(status).isZero();
            Files.delete(classpathEntry.resolve("com/example/vendor/VendorBase.class"));
            register(StorageProvider.class, "com.example.vendor.VendorStorage", name(MemoryStorage.class));

            Discovery discovery = discovery();
            assertThat(storage(discovery, Optional.empty())).isInstanceOf(MemoryStorage.class);
            assertThat(discovery.problems()).containsExactly("MC-CONFIG-010: a StorageProvider listed in"
                    + " META-INF/services/org.medcoord.core.spi.storage.StorageProvider failed to load"
                    + " (java.lang.NoClassDefFoundError: com/example/vendor/VendorBase); add the jar that holds the"
                    + " missing class, or remove the provider");
        }

        @Test
        void whenNothingUsableIsLeftTheLoadFailuresExplainWhy() throws IOException {
            register(StorageProvider.class, BrokenStorage.class);
            Discovery discovery = discovery();
            assertThatThrownBy(() -> storage(discovery, Optional.empty()))
                    .isInstanceOfSatisfying(ConfigurationException.class,
                            e -> assertThat(e.code()).isEqualTo(ConfigurationException.CODE))
                    .hasMessage("MC-CONFIG-001: 2 problems: " + constructorThrows + "; MC-CONFIG-011: no StorageProvider"
                            + " found; add org.medcoord:medcoord-storage-jdbc to the classpath or register one on"
                            + " MedCoord.builder()");
        }

        @Test
        void ambiguityAndLoadFailuresAreReportedTogether() throws IOException {
            register(StorageProvider.class, name(MemoryStorage.class), "org.medcoord.example.MissingStorage",
                    name(JdbcStorage.class));
            Discovery discovery = discovery();
            assertThatThrownBy(() -> storage(discovery, Optional.empty()))
                    .hasMessage("MC-CONFIG-001: 2 problems: " + classMissing + "; MC-CONFIG-012: several StorageProviders"
                            + " found: memory (" + name(MemoryStorage.class) + "), jdbc (" + name(JdbcStorage.class)
                            + "); set medcoord.storage to the id of the one to use");
        }
    }

    @Nested
    class All {

        @Test
        void explicitProvidersComeFirstAndAFoundCopyOfTheirClassIsSkipped() throws IOException {
            register(StorageProvider.class, MemoryStorage.class, JdbcStorage.class);
            MemoryStorage explicit = new MemoryStorage();
            List<StorageProvider> all = discovery(StorageProvider.class, explicit).all(StorageProvider.class);
            assertThat(all).hasSize(2);
            assertThat(all.get(0)).isSameAs(explicit);
            assertThat(all.get(1)).isInstanceOf(JdbcStorage.class);
        }

        @Test
        void eachFoundProviderIsInstantiatedOnce() throws IOException {
            register(StorageProvider.class, MemoryStorage.class, JdbcStorage.class);
            Discovery discovery = discovery();
            List<StorageProvider> first = discovery.all(StorageProvider.class);
            List<StorageProvider> second = discovery.all(StorageProvider.class);
            storage(discovery, Optional.of("memory"));
            assertThat(second).hasSize(2);
            assertThat(second.get(0)).isSameAs(first.get(0));
            assertThat(second.get(1)).isSameAs(first.get(1));
            assertThat(CREATED).hasValue(2);
        }

        @Test
        void threadsAskingAtOnceShareOneInstanceOfEachProvider() throws Exception {
            register(StorageProvider.class, MemoryStorage.class, JdbcStorage.class);
            Discovery discovery = discovery();
            int threads = 8;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<StorageProvider>>> results = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return discovery.all(StorageProvider.class);
                    }));
                }
                start.countDown();
                List<StorageProvider> first = results.get(0).get(10, TimeUnit.SECONDS);
                for (Future<List<StorageProvider>> result : results) {
                    List<StorageProvider> seen = result.get(10, TimeUnit.SECONDS);
                    assertThat(seen).hasSize(2);
                    assertThat(seen.get(0)).isSameAs(first.get(0));
                    assertThat(seen.get(1)).isSameAs(first.get(1));
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(CREATED).hasValue(2);
        }

        @Test
        void aPointWithNoProvidersGivesAnEmptyList() throws IOException {
            assertThat(discovery().all(CodeSystem.class)).isEmpty();
        }
    }

    @Nested
    class SingleWithDefault {

        private final RecordingSink builtIn = new RecordingSink();

        private AuditSink sink(Discovery discovery, Optional<String> chosen) {
            return discovery.singleOrDefault(AuditSink.class, AuditSink::id, chosen, "medcoord.audit.sink", builtIn);
        }

        @Test
        void aProviderMerelyOnTheClasspathDoesNotReplaceTheDefault() throws IOException {
            register(AuditSink.class, SiemSink.class);
            assertThat(sink(discovery(), Optional.empty())).isSameAs(builtIn);
        }

        @Test
        void theSettingChoosesAFoundProvider() throws IOException {
            register(AuditSink.class, SiemSink.class);
            assertThat(sink(discovery(), Optional.of("siem"))).isInstanceOf(SiemSink.class);
        }

        @Test
        void theSettingMayNameTheDefault() throws IOException {
            register(AuditSink.class, SiemSink.class);
            assertThat(sink(discovery(), Optional.of("log"))).isSameAs(builtIn);
        }

        @Test
        void anExplicitProviderReplacesTheDefault() throws IOException {
            RecordingSink explicit = new RecordingSink("vendor-audit");
            assertThat(sink(discovery(AuditSink.class, explicit), Optional.of("siem"))).isSameAs(explicit);
        }

        @Test
        void aSettingThatNamesNothingListsTheDefaultAndWhatWasFound() throws IOException {
            register(AuditSink.class, SiemSink.class);
            Discovery discovery = discovery();
            assertThatThrownBy(() -> sink(discovery, Optional.of("splunk")))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("MC-CONFIG-013: medcoord.audit.sink is 'splunk' but no AuditSink with that id was found;"
                            + " available: log (built in), siem (" + name(SiemSink.class) + "); fix medcoord.audit.sink"
                            + " or add the provider to the classpath");
        }

        @Test
        void twoExplicitProvidersFail() throws IOException {
            Discovery discovery = discovery(AuditSink.class, new RecordingSink("a"), new RecordingSink("b"));
            assertThatThrownBy(() -> sink(discovery, Optional.empty()))
                    .hasMessage("MC-CONFIG-015: 2 AuditSinks are registered on MedCoord.builder(): a ("
                            + name(RecordingSink.class) + "), b (" + name(RecordingSink.class) + "); register exactly one");
        }
    }

    @Nested
    class Keyed {

        @Test
        void providersAreKeyedExplicitOnesFirst() throws IOException {
            register(CodeSystem.class, LoincTable.class, RxNormTable.class);
            CptTable cpt = new CptTable();
            Map<String, CodeSystem> byUri = discovery(CodeSystem.class, cpt).keyed(CodeSystem.class, CodeSystem::uri,
                    "code system URI");
            assertThat(byUri.keySet()).containsExactly(CodeSystems.CPT, CodeSystems.LOINC, CodeSystems.RXNORM);
            assertThat(byUri.get(CodeSystems.CPT)).isSameAs(cpt);
        }

        @Test
        void duplicateKeysFailNamingBothClasses() throws IOException {
            register(CodeSystem.class, CptTable.class, LoincTable.class, OtherCptTable.class);
            Discovery discovery = discovery();
            assertThatThrownBy(() -> discovery.keyed(CodeSystem.class, CodeSystem::uri, "code system URI"))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("MC-CONFIG-014: two CodeSystems have the code system URI 'http://www.ama-assn.org/go/cpt': "
                            + name(CptTable.class) + " and " + name(OtherCptTable.class) + "; remove one of them");
        }

        @Test
        void anExplicitProviderClashingWithAFoundOneOfAnotherClassFails() throws IOException {
            register(CodeSystem.class, OtherCptTable.class);
            Discovery discovery = discovery(CodeSystem.class, new CptTable());
            assertThatThrownBy(() -> discovery.keyed(CodeSystem.class, CodeSystem::uri, "code system URI"))
                    .hasMessage("MC-CONFIG-014: two CodeSystems have the code system URI 'http://www.ama-assn.org/go/cpt': "
                            + name(CptTable.class) + " and " + name(OtherCptTable.class) + "; remove one of them");
        }

        @Test
        void everyClashIsReportedAtOnce() throws IOException {
            register(CodeSystem.class, CptTable.class, OtherCptTable.class, LoincTable.class);
            Discovery discovery = discovery(CodeSystem.class, new FakeCodeSystem(CodeSystems.LOINC) {
            });
            assertThatThrownBy(() -> discovery.keyed(CodeSystem.class, CodeSystem::uri, "code system URI"))
                    .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems()).hasSize(2));
        }
    }

    @Nested
    class Ordered {

        @Test
        void listenersRunByOrderThenById() throws IOException {
            register(EventListener.class, BillingListener.class, AuditListener.class, EarlyListener.class);
            FakeListener late = new FakeListener("late", 5) {
            };
            List<EventListener> ordered = discovery(EventListener.class, late)
                    .ordered(EventListener.class, EventListener::order, EventListener::id);
            assertThat(ordered).extracting(EventListener::id).containsExactly("early", "audit", "billing", "late");
        }
    }

    @Test
    void problemsAreRecordedOnceEvenWhenAPointIsAskedForAgain() throws IOException {
        register(StorageProvider.class, name(MemoryStorage.class), "org.medcoord.example.MissingStorage");
        Discovery discovery = discovery();
        discovery.all(StorageProvider.class);
        discovery.all(StorageProvider.class);
        storage(discovery, Optional.empty());
        assertThat(discovery.problems()).hasSize(1);
        Map<Class<?>, List<Object>> none = new LinkedHashMap<>();
        assertThat(new Discovery(loader(), none, true).problems()).isEmpty();
    }
}
