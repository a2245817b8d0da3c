package org.medcoord.fhir;

import java.util.List;
import java.util.Optional;

/**
 * The result of mapping a FHIR resource into MedCoord's model: the value, when the resource could be
 * mapped, and every issue met on the way.
 *
 * @param value  the MedCoord value; empty when an {@link MappingIssue.Severity#ERROR} stopped the mapping
 * @param issues what could not be carried over, in document order
 * @param <T>    the MedCoord type
 * @since 0.1.0
 */
public record Mapped<T>(Optional<T> value, List<MappingIssue> issues) {
    public Mapped {
        value = value == null ? Optional.empty() : value;
        issues = issues == null ? List.of() : List.copyOf(issues);
    }

    /** @return true when the mapping met no error (it may have warnings) */
    public boolean ok() {
        return value.isPresent() && issues.stream().noneMatch(i -> i.severity() == MappingIssue.Severity.ERROR);
    }

    /**
     * @return the value
     * @throws IllegalStateException when the mapping failed (its issues say why)
     */
    public T orElseThrow() {
        if (!ok()) {
            throw new IllegalStateException("MC-FHIR-001: the resource could not be mapped: " + issues);
        }
        return value.get();
    }
}
