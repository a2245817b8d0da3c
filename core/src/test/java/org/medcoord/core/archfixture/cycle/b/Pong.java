package org.medcoord.core.archfixture.cycle.b;

import org.medcoord.core.archfixture.cycle.a.Ping;

/** The other half of a package cycle: b -> a. */
public final class Pong {

    public int returnTo() {
        return Ping.hits(this);
    }
}
