package org.medcoord.inventory;

import java.util.Objects;
import java.util.Optional;
import java.time.LocalDate;

/**
 * A maintenance plan that is due or overdue.
 *
 * @param asset      the asset
 * @param plan       the plan's name
 * @param kind       preventive maintenance or calibration
 * @param dueOn      the day it falls due by time, when time-based
 * @param dueAtUses  the use count it falls due at, when use-based
 * @param overdue    whether it is already past due (by day or by uses)
 * @since 0.1.0
 */
public record DueMaintenance(AssetId asset, String plan, MaintenanceKind kind, Optional<LocalDate> dueOn, Optional<Long> dueAtUses,
                             boolean overdue) {
    public DueMaintenance {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(dueAtUses, "dueAtUses");
    }
}
