package org.medcoord.billing;

import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.Money;

/**
 * One allowed amount of a fee schedule: a CPT or HCPCS procedure, optionally with one modifier.
 *
 * @param procedure the CPT or HCPCS code, in canonical form
 * @param modifier  the modifier this amount applies to; empty for the procedure without modifier
 * @param allowed   the allowed amount per unit
 * @since 0.1.0
 */
public record Fee(String procedure, Optional<String> modifier, Money allowed) {
    /** Checks the components are present. */
    public Fee {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(modifier, "modifier");
        Objects.requireNonNull(allowed, "allowed");
    }

    /**
     * @param procedure the procedure code
     * @param allowed   the allowed amount per unit
     * @return a fee without modifier
     */
    public static Fee of(String procedure, Money allowed) {
        return new Fee(procedure, Optional.empty(), allowed);
    }

    /**
     * @param procedure the procedure code
     * @param modifier  the modifier
     * @param allowed   the allowed amount per unit
     * @return a fee for the procedure with {@code modifier}
     */
    public static Fee of(String procedure, String modifier, Money allowed) {
        return new Fee(procedure, Optional.of(modifier), allowed);
    }
}
