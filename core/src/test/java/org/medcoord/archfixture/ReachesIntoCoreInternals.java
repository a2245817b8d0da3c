package org.medcoord.archfixture;

import java.util.List;
import java.util.Map;
import org.medcoord.core.internal.bootstrap.Discovery;

/** A class of another "module" that uses core's internals: breaks the tier rule even inside a method body. */
public final class ReachesIntoCoreInternals {

    private ReachesIntoCoreInternals() {
    }

    static List<String> problems() {
        return new Discovery(ReachesIntoCoreInternals.class.getClassLoader(), Map.of(), false).problems();
    }
}
