package org.medcoord.coordination;

import java.util.List;
import java.util.Objects;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.code.Coding;

/**
 * A procedure code a service type is billed with: a CPT or HCPCS Level II coding, its modifiers and units.
 *
 * @param code      the coding; its system is {@link CodeSystems#CPT} or {@link CodeSystems#HCPCS}
 * @param modifiers up to four two-character modifiers
 * @param units     how many units, 1 or more
 * @since 0.1.0
 */
public record BillingCode(Coding code, List<String> modifiers, int units) {
    public BillingCode {
        Objects.requireNonNull(code, "code");
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
    }

    /** @return one unit of the CPT code {@code code} */
    public static BillingCode cpt(String code, String... modifiers) {
        return new BillingCode(Coding.of(CodeSystems.CPT, code), List.of(modifiers), 1);
    }

    /** @return one unit of the HCPCS Level II code {@code code} */
    public static BillingCode hcpcs(String code, String... modifiers) {
        return new BillingCode(Coding.of(CodeSystems.HCPCS, code), List.of(modifiers), 1);
    }

    /** @return a copy billed {@code count} times */
    public BillingCode times(int count) {
        return new BillingCode(code, modifiers, count);
    }
}
