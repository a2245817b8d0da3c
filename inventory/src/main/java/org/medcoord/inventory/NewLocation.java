package org.medcoord.inventory;

import java.time.ZoneId;

/**
 * Adds a location. Checked by {@link CatalogService#defineLocation}: name, kind and zone are required.
 *
 * @param name a name for screens
 * @param kind what kind of place it is
 * @param zone the IANA zone of its clinic, which decides when a lot's expiry date has passed there
 * @since 0.1.0
 */
public record NewLocation(String name, LocationKind kind, ZoneId zone) {
}
