package org.medcoord.scheduling;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Something that is booked: a practitioner, a room, a piece of equipment or a bed.
 *
 * @param id       its id
 * @param kind     what it is
 * @param name     a label for screens (a practitioner's or room's name; never a patient's)
 * @param capacity how many appointments may use it at the same moment (1 for almost everything; a
 *                 group-therapy room may take more)
 * @param zone     the IANA zone its opening hours are written in
 * @since 0.1.0
 */
public record Resource(ResourceId id, ResourceKind kind, String name, int capacity, ZoneId zone) {
    public Resource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
    }
}
