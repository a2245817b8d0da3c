package org.medcoord.core;

import java.util.List;

/**
 * MedCoord cannot start as configured: a plugin is missing, ambiguous or broken, or a setting is wrong.
 * Lists every problem found, not just the first.
 *
 * @since 0.1.0
 */
public class ConfigurationException extends MedCoordException {
    private static final long serialVersionUID = 1L;
    public static final String CODE = "MC-CONFIG-001";

    private final List<String> problems;

    /**
     * @param problems every problem found, each saying what to do. A single problem that starts with its
     *                 own code ({@code "MC-CONFIG-011: ..."}) gives the exception that code, so codes never stack.
     */
    public ConfigurationException(List<String> problems) {
        this(codeOf(problems), withoutCode(problems), problems, null);
    }

    private ConfigurationException(String code, String message, List<String> problems, Throwable cause) {
        super(code, message, cause);
        this.problems = List.copyOf(problems);
    }

    private static final java.util.regex.Pattern CODED = java.util.regex.Pattern.compile("(MC-[A-Z]+-\\d{3}): (.*)", java.util.regex.Pattern.DOTALL);

    private static String codeOf(List<String> problems) {
        if (problems != null && problems.size() == 1) {
            var m = CODED.matcher(problems.get(0));
            if (m.matches()) {
                return m.group(1);
            }
        }
        return CODE;
    }

    private static String withoutCode(List<String> problems) {
        if (problems != null && problems.size() == 1) {
            var m = CODED.matcher(problems.get(0));
            if (m.matches()) {
                return m.group(2);
            }
        }
        return describe(problems);
    }

    public ConfigurationException(String code, List<String> problems, Throwable cause) {
        super(code, describe(problems), cause);
        this.problems = List.copyOf(problems);
    }

    /** Single-problem convenience. */
    public ConfigurationException(String code, String problem) {
        this(code, List.of(problem), null);
    }

    private static String describe(List<String> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("a ConfigurationException needs at least one problem");
        }
        return problems.size() == 1 ? problems.get(0) : problems.size() + " problems: " + String.join("; ", problems);
    }

    /** @return every problem found */
    public List<String> problems() {
        return problems;
    }
}
