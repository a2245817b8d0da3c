package org.medcoord.core.spi;

import java.util.Optional;

/**
 * A code table a vendor licenses or owns (CPT is licensed: MedCoord ships none). Keyed by its
 * canonical URI; many may be registered.
 *
 * <p>Called on request threads, often; must be thread-safe and should be in-memory fast.
 *
 * @since 0.1.0
 */
public interface CodeSystem {

    /** @return the canonical URI, for example {@code "http://www.ama-assn.org/go/cpt"} */
    String uri();

    /** @return true when {@code code} exists and is active in this code system */
    boolean contains(String code);

    /** @return the display text of {@code code}, when known */
    Optional<String> display(String code);
}
