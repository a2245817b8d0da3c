package org.medcoord.core.internal.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.ConfigurationException;
import org.medcoord.core.Violation;
import org.medcoord.core.code.CodeFormat;
import org.medcoord.core.code.CodeFormats;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.code.CodeValidator;
import org.medcoord.core.code.Coding;
import org.medcoord.core.spi.CodeSystem;

/**
 * The {@link CodeValidator}: MedCoord's own format checks first, then the vendor's table for the system,
 * when one is registered. A malformed code is not looked up, so a table never sees garbage. A table is
 * asked about the canonical form ({@link CodeFormat#normalize}): ICD-10-CM with its dot, NDC as 11 digits.
 * Public because the bootstrap binds it from another package.
 */
public final class RegistryCodeValidator implements CodeValidator {

    /** Code systems registered wrongly: two for one URI, or one without a URI. */
    static final String BAD_REGISTRATION = "MC-CONFIG-017";

    private final Map<String, CodeSystem> byUri;

    /**
     * @param codeSystems the registered code systems
     * @throws ConfigurationException when two claim the same URI, naming both classes, or one has no URI
     *         (every problem at once)
     */
    public RegistryCodeValidator(List<CodeSystem> codeSystems) {
        Map<String, CodeSystem> found = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (CodeSystem system : codeSystems) {
            String uri = system.uri();
            if (uri == null || uri.isBlank()) {
                problems.add(system.getClass().getName() + " has no URI; its uri() must return the code system's"
                        + " canonical URI, for example " + CodeSystems.CPT);
                continue;
            }
            uri = uri.strip();
            CodeSystem earlier = found.putIfAbsent(uri, system);
            if (earlier != null) {
                problems.add("two code systems are registered for " + uri + ": " + earlier.getClass().getName()
                        + " and " + system.getClass().getName() + "; remove one of them");
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(BAD_REGISTRATION, problems, null);
        }
        this.byUri = Map.copyOf(found);
    }

    @Override
    public List<Violation> validate(String field, Coding coding) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(coding, "coding");
        List<Violation> violations = new ArrayList<>();
        if (coding.system().isEmpty()) {
            violations.add(new Violation(field + ".system", "MC-CODE-013",
                    "a code system URI is required, for example " + CodeSystems.ICD_10_CM));
        }
        String codeField = field + ".code";
        if (coding.code().isEmpty()) {
            violations.add(new Violation(codeField, "MC-CODE-001", "a code is required"));
            return List.copyOf(violations);
        }
        Optional<CodeFormat> format = CodeFormats.forSystem(coding.system());
        String code = coding.code();
        if (format.isPresent()) {
            List<Violation> malformed = format.get().check(codeField, code);
            if (!malformed.isEmpty()) {
                violations.addAll(malformed);
                return List.copyOf(violations);
            }
            code = format.get().normalize(code).orElseThrow();
        }
        CodeSystem table = byUri.get(coding.system());
        if (table != null && !table.contains(code)) {
            violations.add(new Violation(codeField, "MC-CODE-012", "the code is not an active code of "
                    + coding.system() + "; check it against the current code set"));
        }
        return List.copyOf(violations);
    }
}
