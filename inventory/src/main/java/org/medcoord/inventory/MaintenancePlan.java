package org.medcoord.inventory;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A recurring maintenance or calibration of one asset, due every N days, every N uses, or whichever comes
 * first when both are set.
 *
 * @param name          the plan's name, unique per asset ("annual electrical safety")
 * @param kind          preventive maintenance or calibration
 * @param everyDays     the interval in days, when time-based
 * @param everyUses     the interval in uses, when use-based
 * @param lastDone      the day it was last done (the registration day until first done)
 * @param usesAtLastDone the asset's use count when it was last done
 * @since 0.1.0
 */
public record MaintenancePlan(String name, MaintenanceKind kind, Optional<Integer> everyDays, Optional<Integer> everyUses,
                              LocalDate lastDone, long usesAtLastDone) {
    public MaintenancePlan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(everyDays, "everyDays");
        Objects.requireNonNull(everyUses, "everyUses");
        Objects.requireNonNull(lastDone, "lastDone");
    }

    /** @return the day it falls due by time, when time-based */
    public Optional<LocalDate> dueOn() {
        return everyDays.map(lastDone::plusDays);
    }

    /** @return the use count at which it falls due, when use-based */
    public Optional<Long> dueAtUses() {
        return everyUses.map(n -> usesAtLastDone + n);
    }

    /** @return a copy done on {@code day} at {@code uses} */
    public MaintenancePlan doneOn(LocalDate day, long uses) {
        return new MaintenancePlan(name, kind, everyDays, everyUses, day, uses);
    }
}
