package org.medcoord.core.internal.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.medcoord.core.Extensions;
import org.medcoord.core.access.BreakGlass;
import org.medcoord.core.audit.AuditTrail;
import org.medcoord.core.code.CodeValidator;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.event.EventLog;
import org.medcoord.core.internal.access.AccessGate;
import org.medcoord.core.internal.service.DefaultBreakGlass;
import org.medcoord.core.internal.audit.AuditLog;
import org.medcoord.core.internal.service.DefaultAuditTrail;
import org.medcoord.core.internal.codec.Codec;
import org.medcoord.core.internal.crypto.FieldCipher;
import org.medcoord.core.internal.crypto.Tokenizer;
import org.medcoord.core.internal.data.EncryptedDataStore;
import org.medcoord.core.internal.service.DefaultEventLog;
import org.medcoord.core.internal.event.EventDispatcher;
import org.medcoord.core.spi.AccessPolicy;
import org.medcoord.core.spi.AuditSink;
import org.medcoord.core.spi.EventListener;
import org.medcoord.core.spi.KeyProvider;
import org.medcoord.core.spi.storage.StorageEngine;

/**
 * Core's bindings. Every plugin has already been chosen and every setting checked by {@link Bootstrap},
 * so {@code configure()} only binds: fast, side-effect free, no conditionals.
 */
final class CoreModule extends AbstractModule {

    private final Resolved resolved;
    private final StorageEngine engine;

    CoreModule(Resolved resolved, StorageEngine engine) {
        this.resolved = resolved;
        this.engine = engine;
    }

    @Override
    protected void configure() {
        bind(Clock.class).toInstance(resolved.clock());
        bind(StorageEngine.class).toInstance(engine);
        bind(KeyProvider.class).toInstance(resolved.keyProvider());
        bind(AccessPolicy.class).toInstance(resolved.accessPolicy());
        bind(AuditSink.class).toInstance(resolved.auditSink());
        bind(CodeValidator.class).toInstance(resolved.codeValidator());
        bind(Extensions.class).toInstance(new ClasspathExtensions(resolved.discovery(), resolved.settings()));
        Multibinder<EventListener> listeners = Multibinder.newSetBinder(binder(), EventListener.class);
        resolved.listeners().forEach(listener -> listeners.addBinding().toInstance(listener));
        bind(DataStore.class).to(EncryptedDataStore.class);
        bind(AuditTrail.class).to(DefaultAuditTrail.class);
        bind(BreakGlass.class).to(DefaultBreakGlass.class);
        bind(EventLog.class).to(DefaultEventLog.class);
    }

    @Provides
    @Singleton
    Codec codec() {
        return new Codec();
    }

    @Provides
    @Singleton
    FieldCipher cipher(KeyProvider keys) {
        return new FieldCipher(keys);
    }

    @Provides
    @Singleton
    Tokenizer tokenizer(KeyProvider keys) {
        return new Tokenizer(keys);
    }

    @Provides
    @Singleton
    AccessGate gate(AccessPolicy policy, Codec codec, FieldCipher cipher) {
        return new AccessGate(policy, codec, cipher);
    }

    @Provides
    @Singleton
    AuditLog auditLog(Codec codec, FieldCipher cipher) {
        return new AuditLog(codec, cipher);
    }

    @Provides
    @Singleton
    EventDispatcher dispatcher(Set<EventListener> listeners) {
        // Listeners contributed by feature modules join the discovered ones; order(), then id, decides.
        List<EventListener> ordered = listeners.stream()
                .sorted(Comparator.comparingInt(EventListener::order).thenComparing(EventListener::id)).toList();
        return new EventDispatcher(ordered);
    }

    @Provides
    @Singleton
    EncryptedDataStore dataStore(StorageEngine storage, Codec codec, FieldCipher cipher, Tokenizer tokenizer, AccessGate gate,
                                 AuditLog auditLog, AuditSink sink, EventDispatcher dispatcher, Clock clock) {
        return new EncryptedDataStore(storage, codec, cipher, tokenizer, gate, auditLog, sink, dispatcher, clock);
    }

    @Provides
    @Singleton
    DefaultAuditTrail auditTrail(EncryptedDataStore store, AuditLog log) {
        return new DefaultAuditTrail(store, log);
    }

    @Provides
    @Singleton
    DefaultBreakGlass breakGlass(EncryptedDataStore store, AccessGate gate) {
        return new DefaultBreakGlass(store, gate, resolved.breakGlassUsers(), Duration.ofMinutes(resolved.breakGlassMaxMinutes()));
    }

    @Provides
    @Singleton
    DefaultEventLog eventLog(EncryptedDataStore store, Codec codec, FieldCipher cipher) {
        return new DefaultEventLog(store, codec, cipher, resolved.classLoader());
    }
}
