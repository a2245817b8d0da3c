package org.medcoord.core.archfixture.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Binder;
import java.util.List;
import org.medcoord.core.internal.bootstrap.Discovery;

/** An SPI that makes vendors depend on Guice, Jackson and MedCoord internals: each method breaks a rule. */
public interface BadSpi {

    void configure(Binder binder);

    JsonNode describe();

    List<Discovery> discoveries();
}
