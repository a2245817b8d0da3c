package org.medcoord.coordination;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;
import org.medcoord.inventory.LocationId;
import org.medcoord.scheduling.ResourceId;

/**
 * What a daily report covers.
 *
 * @param location      the scheduling location (a clinic site, room or department resource) whose appointments count
 * @param day           the day
 * @param zone          the zone the day is read in
 * @param stockLocation the inventory location whose stock alerts and maintenance are reported, if any
 * @param currency      the currency of the accounts-receivable figures
 * @since 0.1.0
 */
public record ReportScope(ResourceId location, LocalDate day, ZoneId zone, Optional<LocationId> stockLocation, Currency currency) {
    public ReportScope {
        stockLocation = stockLocation == null ? Optional.empty() : stockLocation;
    }

    /** A scope with accounts receivable in US dollars. */
    public ReportScope(ResourceId location, LocalDate day, ZoneId zone, Optional<LocationId> stockLocation) {
        this(location, day, zone, stockLocation, Currency.getInstance("USD"));
    }
}
