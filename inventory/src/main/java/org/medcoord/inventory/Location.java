package org.medcoord.inventory;

import java.time.ZoneId;
import java.util.Objects;

/**
 * A place where stock is kept. Its time zone decides on which day a lot's expiry date has passed there.
 *
 * @param id   its id
 * @param name a name for screens, such as "OR 2 core"
 * @param kind what kind of place it is
 * @param zone the IANA time zone of the clinic it belongs to
 * @since 0.1.0
 */
public record Location(LocationId id, String name, LocationKind kind, ZoneId zone) {
    public Location {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(zone, "zone");
    }
}
