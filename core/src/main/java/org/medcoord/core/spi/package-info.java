/**
 * What vendors implement besides storage: {@link org.medcoord.core.spi.AccessPolicy},
 * {@link org.medcoord.core.spi.KeyProvider}, {@link org.medcoord.core.spi.AuditSink},
 * {@link org.medcoord.core.spi.EventListener} and {@link org.medcoord.core.spi.CodeSystem}.
 *
 * <p>Each is a plain interface with {@code id()}, found by {@link java.util.ServiceLoader} or
 * registered on the {@code MedCoord} builder; implementations need a public no-arg constructor.
 * New methods are only ever added with default bodies. Each has a contract kit in
 * {@code medcoord-testkit}.
 *
 * @since 0.1.0
 */
package org.medcoord.core.spi;
