package org.medcoord.core.code;

import java.util.List;
import org.medcoord.core.Violation;

/**
 * Checks codings against what MedCoord knows: the format of the code systems in {@link CodeFormats}, and
 * membership in any {@link org.medcoord.core.spi.CodeSystem} a vendor registered for the coding's system.
 * A system MedCoord has neither a format nor a table for is accepted as long as the code is not blank.
 *
 * <p>Obtain it with {@code medcoord.service(CodeValidator.class)}. Thread-safe.
 *
 * @since 0.1.0
 */
public interface CodeValidator {

    /**
     * @param field  the field to name in violations, for example {@code "diagnoses[1]"}; violations name
     *               {@code field + ".system"} or {@code field + ".code"}
     * @param coding the coding to check
     * @return every violation found, empty when the coding is acceptable
     */
    List<Violation> validate(String field, Coding coding);
}
