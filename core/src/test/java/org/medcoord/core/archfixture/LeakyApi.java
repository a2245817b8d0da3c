package org.medcoord.core.archfixture;

import java.util.Optional;
import org.medcoord.core.internal.bootstrap.Discovery;

/** An API class whose public method hands out an internal type. */
public final class LeakyApi {

    private final Discovery discovery;

    LeakyApi(Discovery discovery) {
        this.discovery = discovery;
    }

    /** Breaks the rule: callers would compile against an internal class. */
    public Optional<Discovery> discovery() {
        return Optional.of(discovery);
    }

    /** Fine: the internal type stays behind a private member. */
    private Discovery hidden() {
        return discovery;
    }

    @Override
    public String toString() {
        return "LeakyApi " + hidden().problems().size();
    }
}
