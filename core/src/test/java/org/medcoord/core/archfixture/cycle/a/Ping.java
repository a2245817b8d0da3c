package org.medcoord.core.archfixture.cycle.a;

import org.medcoord.core.archfixture.cycle.b.Pong;

/** Half of a package cycle: a -> b. */
public final class Ping {

    private Ping() {
    }

    public static int hits(Pong pong) {
        return pong.hashCode();
    }
}
