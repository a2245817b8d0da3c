package org.medcoord.core.event;

/**
 * A fact that committed, such as "appointment booked". Implementations are immutable records that the
 * codec can serialise (public components of JSON-friendly types). Events carry ids, never PHI values.
 *
 * @since 0.1.0
 */
public interface DomainEvent {

    /** @return a stable type name, for example {@code "scheduling.appointment-booked"} */
    String type();
}
