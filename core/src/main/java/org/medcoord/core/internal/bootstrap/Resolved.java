package org.medcoord.core.internal.bootstrap;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medcoord.core.MedCoordFeature;
import org.medcoord.core.code.CodeValidator;
import org.medcoord.core.spi.AccessPolicy;
import org.medcoord.core.spi.AuditSink;
import org.medcoord.core.spi.EventListener;
import org.medcoord.core.spi.KeyProvider;
import org.medcoord.core.spi.storage.StorageProvider;

/** Every choice the bootstrap made before Guice runs: plugins, settings, features. */
record Resolved(Map<String, String> settings, Clock clock, ClassLoader classLoader, Discovery discovery,
                StorageProvider storage, KeyProvider keyProvider, AccessPolicy accessPolicy, AuditSink auditSink,
                List<EventListener> listeners, CodeValidator codeValidator, List<MedCoordFeature> features,
                Set<String> breakGlassUsers, long breakGlassMaxMinutes) {
}
