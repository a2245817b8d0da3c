package org.medcoord.scheduling;

import java.time.ZoneId;

/**
 * A request to register a resource. Fields are checked together by {@link ResourceService#register};
 * nulls are reported as violations rather than thrown here.
 *
 * @param kind     what it is
 * @param name     a label of 1 to 200 characters
 * @param capacity 1 to 1000 simultaneous appointments
 * @param zone     the IANA zone of its opening hours
 * @since 0.1.0
 */
public record NewResource(ResourceKind kind, String name, int capacity, ZoneId zone) {

    /** @return a request for a resource of capacity 1 */
    public static NewResource of(ResourceKind kind, String name, ZoneId zone) {
        return new NewResource(kind, name, 1, zone);
    }

    /** @return a copy with another capacity */
    public NewResource withCapacity(int value) {
        return new NewResource(kind, name, value, zone);
    }
}
