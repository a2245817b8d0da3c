package org.medcoord.coordination;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.billing.AgingBuckets;
import org.medcoord.billing.ArAging;
import org.medcoord.inventory.DueMaintenance;
import org.medcoord.inventory.ReorderSuggestion;
import org.medcoord.scheduling.AppointmentStatus;
import org.medcoord.scheduling.ResourceId;

/**
 * One location's day in figures. Carries ids and counts only, no patient data.
 *
 * @param location             the scheduling location
 * @param day                  the day
 * @param appointmentsByStatus appointments starting that day at the location, by their current status (every status listed)
 * @param noShowRate           no-shows over appointments that were due to be seen (booked, arrived, fulfilled, no-show), 0 to 1 with 4 decimals
 * @param waitsMeasured        how many visits were both checked in and roomed
 * @param averageWait          the average wait from check-in to rooming, when any was measured
 * @param p90Wait              the 90th percentile (nearest rank) of that wait, when any was measured
 * @param bedsOccupied         beds of the clinic (the tenant's whole bed board) occupied when the report was made
 * @param beds                 beds of the clinic in total
 * @param bedOccupancy         occupied over total, 0 to 1 with 4 decimals (0 without beds)
 * @param stockAlerts          items below their reorder point at the stock location
 * @param maintenanceDue       maintenance plans due today or overdue at the stock location
 * @param openCases            inquiries and complaints still needing work
 * @param overdueCases         of those, past their due time
 * @param openTasks            worklist tasks still needing work
 * @param overdueTasks         of those, past their due time
 * @param claimsSubmitted      claims submitted that day (by the clinic, in the report's zone)
 * @param claimsDenied         claims denied that day
 * @param claimsPaid           claims paid in full or in part that day
 * @param accountsReceivable   A/R by aging bucket at the end of the day (payers and patients); empty when the caller may not
 *                             read billing data (a coordinator working for operations may not: run the report as billing
 *                             staff, or as a SYSTEM process, to include it)
 * @param generated            when the report was made
 * @since 0.1.0
 */
public record DailyReport(ResourceId location, LocalDate day, Map<AppointmentStatus, Integer> appointmentsByStatus, BigDecimal noShowRate,
                          int waitsMeasured, Optional<Duration> averageWait, Optional<Duration> p90Wait, int bedsOccupied, int beds,
                          BigDecimal bedOccupancy, List<ReorderSuggestion> stockAlerts, List<DueMaintenance> maintenanceDue,
                          int openCases, int overdueCases, int openTasks, int overdueTasks, int claimsSubmitted, int claimsDenied,
                          int claimsPaid, Optional<ArAging> accountsReceivable, Instant generated) {
    public DailyReport {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(day, "day");
        Map<AppointmentStatus, Integer> all = new EnumMap<>(AppointmentStatus.class);
        for (AppointmentStatus status : AppointmentStatus.values()) {
            all.put(status, appointmentsByStatus.getOrDefault(status, 0));
        }
        appointmentsByStatus = Collections.unmodifiableMap(all);
        Objects.requireNonNull(noShowRate, "noShowRate");
        averageWait = averageWait == null ? Optional.empty() : averageWait;
        p90Wait = p90Wait == null ? Optional.empty() : p90Wait;
        Objects.requireNonNull(bedOccupancy, "bedOccupancy");
        stockAlerts = List.copyOf(stockAlerts);
        maintenanceDue = List.copyOf(maintenanceDue);
        accountsReceivable = accountsReceivable == null ? Optional.empty() : accountsReceivable;
        Objects.requireNonNull(generated, "generated");
    }

    /** @return the number of appointments that started that day at the location, in any status */
    public int appointments() {
        return appointmentsByStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * @return the report as plain text: a title line, then one {@code label  value} line per figure with the values
     *         aligned in one column, then the stock alerts and maintenance lines
     */
    public String render() {
        List<String[]> rows = new ArrayList<>();
        for (Map.Entry<AppointmentStatus, Integer> e : appointmentsByStatus.entrySet()) {
            rows.add(new String[] {"Appointments " + e.getKey().fhirCode(), Integer.toString(e.getValue())});
        }
        rows.add(new String[] {"Appointments total", Integer.toString(appointments())});
        rows.add(new String[] {"No-show rate", percent(noShowRate)});
        rows.add(new String[] {"Waits measured (check-in to rooming)", Integer.toString(waitsMeasured)});
        rows.add(new String[] {"Average wait", averageWait.map(DailyReport::minutes).orElse("-")});
        rows.add(new String[] {"90th percentile wait", p90Wait.map(DailyReport::minutes).orElse("-")});
        rows.add(new String[] {"Beds occupied", bedsOccupied + " of " + beds});
        rows.add(new String[] {"Bed occupancy", percent(bedOccupancy)});
        rows.add(new String[] {"Stock alerts", Integer.toString(stockAlerts.size())});
        rows.add(new String[] {"Maintenance due", Integer.toString(maintenanceDue.size())});
        rows.add(new String[] {"Open cases", Integer.toString(openCases)});
        rows.add(new String[] {"Overdue cases", Integer.toString(overdueCases)});
        rows.add(new String[] {"Open tasks", Integer.toString(openTasks)});
        rows.add(new String[] {"Overdue tasks", Integer.toString(overdueTasks)});
        rows.add(new String[] {"Claims submitted", Integer.toString(claimsSubmitted)});
        rows.add(new String[] {"Claims denied", Integer.toString(claimsDenied)});
        rows.add(new String[] {"Claims paid", Integer.toString(claimsPaid)});
        accountsReceivable.ifPresent(ar -> {
            AgingBuckets all = ar.payers().plus(ar.patients());
            rows.add(new String[] {"A/R 0-30 days", all.current().toString()});
            rows.add(new String[] {"A/R 31-60 days", all.days31to60().toString()});
            rows.add(new String[] {"A/R 61-90 days", all.days61to90().toString()});
            rows.add(new String[] {"A/R over 90 days", all.over90().toString()});
        });
        int labelWidth = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        int valueWidth = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        out.append("Daily report ").append(day).append(" location ").append(location).append('\n');
        for (String[] row : rows) {
            out.append(String.format("%-" + labelWidth + "s  %" + valueWidth + "s%n", row[0], row[1]));
        }
        for (ReorderSuggestion s : stockAlerts) {
            out.append(String.format("Reorder item %s: on hand %d, reorder point %d, suggested %d%s%n", s.item(), s.usableOnHand(),
                    s.reorderPoint(), s.suggested(), s.belowMinimum() ? " (below minimum)" : ""));
        }
        for (DueMaintenance m : maintenanceDue) {
            out.append(String.format("Maintenance asset %s: %s%s%n", m.asset(), m.plan(), m.overdue() ? " (overdue)" : ""));
        }
        return out.toString();
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + " %";
    }

    private static String minutes(Duration duration) {
        long seconds = duration.getSeconds();
        return String.format("%d min %02d s", seconds / 60, seconds % 60);
    }
}
