package org.medcoord.fhir;

import java.util.Objects;

/**
 * Something a mapping could not carry over: content of a FHIR resource MedCoord has no place for, a code in
 * an unexpected system, a required element that is missing. Issues name the place and never the value (it
 * may be PHI).
 *
 * @param severity how bad it is: an {@link Severity#ERROR} stops an import, a {@link Severity#WARNING} is
 *                 content left out and reported
 * @param resource the resource concerned, for example {@code "Bundle.entry[3] AllergyIntolerance"}
 * @param path     the FHIRPath of the element, for example {@code "AllergyIntolerance.code"}
 * @param code     a stable code, {@code MC-FHIR-NNN}
 * @param message  what is wrong and what is expected
 * @since 0.1.0
 */
public record MappingIssue(Severity severity, String resource, String path, String code, String message) {

    /** How bad an issue is. */
    public enum Severity {
        /** The resource cannot be mapped; an import that meets one stores nothing. */
        ERROR,
        /** Content was left out (and is reported, never silently dropped). */
        WARNING
    }

    public MappingIssue {
        Objects.requireNonNull(severity, "severity");
        resource = resource == null ? "" : resource;
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** @return this issue about {@code newResource} */
    public MappingIssue in(String newResource) {
        return new MappingIssue(severity, newResource, path, code, message);
    }

    @Override
    public String toString() {
        return severity + " " + code + " " + resource + " " + path + ": " + message;
    }
}
