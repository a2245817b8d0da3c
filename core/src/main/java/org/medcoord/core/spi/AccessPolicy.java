package org.medcoord.core.spi;

/**
 * Decides whether a request may touch PHI. One per {@code MedCoord} instance; the built-in default is
 * role-based and denies whatever it does not explicitly permit. Replace it on the builder or through
 * {@code ServiceLoader} and the {@code medcoord.access-policy} setting.
 *
 * <p>Called on the requesting thread, once per guarded operation, often: keep it fast and free of I/O
 * where possible. Must be thread-safe. Must not throw: deny instead.
 *
 * @since 0.1.0
 */
public interface AccessPolicy {

    /** @return a stable id, for example {@code "role-based"} */
    String id();

    /** @return the decision; never {@code null} */
    AccessDecision decide(AccessRequest request);
}
