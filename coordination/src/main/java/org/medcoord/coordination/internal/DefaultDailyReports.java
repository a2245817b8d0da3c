package org.medcoord.coordination.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medcoord.billing.ArAging;
import org.medcoord.billing.BillingReports;
import org.medcoord.coordination.Case;
import org.medcoord.coordination.CoordinationCodes;
import org.medcoord.coordination.DailyReport;
import org.medcoord.coordination.DailyReports;
import org.medcoord.coordination.ReportScope;
import org.medcoord.coordination.Task;
import org.medcoord.core.AccessDeniedException;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataStore;
import org.medcoord.inventory.DueMaintenance;
import org.medcoord.inventory.EquipmentService;
import org.medcoord.inventory.ReorderService;
import org.medcoord.inventory.ReorderSuggestion;
import org.medcoord.scheduling.AdmissionService;
import org.medcoord.scheduling.AppointmentStatus;
import org.medcoord.scheduling.BedState;
import org.medcoord.scheduling.BedStatus;

/** Assembles the daily report from coordination's own records and the domains' public queries. */
final class DefaultDailyReports implements DailyReports {

    private static final Set<AppointmentStatus> DUE_TO_BE_SEEN = Set.of(AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED,
            AppointmentStatus.FULFILLED, AppointmentStatus.NOSHOW);

    private final DataStore data;
    private final AdmissionService admissions;
    private final ReorderService reorder;
    private final EquipmentService equipment;
    private final BillingReports billing;

    DefaultDailyReports(DataStore data, AdmissionService admissions, ReorderService reorder, EquipmentService equipment,
                        BillingReports billing) {
        this.billing = billing;
        this.data = data;
        this.admissions = admissions;
        this.reorder = reorder;
        this.equipment = equipment;
    }

    @Override
    public DailyReport daily(AccessContext context, ReportScope scope) {
        Violations v = new Violations();
        if (scope == null) {
            v.add("scope", CoordinationCodes.REPORT_SCOPE, "a report scope is required").throwIfAny();
        }
        v.addIf(scope.location() == null, "location", CoordinationCodes.REPORT_SCOPE, "a location is required");
        v.addIf(scope.day() == null, "day", CoordinationCodes.REPORT_SCOPE, "a day is required");
        v.addIf(scope.zone() == null, "zone", CoordinationCodes.REPORT_SCOPE, "a time zone is required");
        v.addIf(scope.currency() == null, "currency", CoordinationCodes.REPORT_SCOPE, "a currency is required");
        v.throwIfAny();
        Instant from = scope.day().atStartOfDay(scope.zone()).toInstant();
        Instant to = scope.day().plusDays(1).atStartOfDay(scope.zone()).toInstant();
        List<BedStatus> beds = admissions.board(context);
        List<ReorderSuggestion> alerts = scope.stockLocation().map(l -> reorder.suggestions(context, l)).orElse(List.of());
        List<DueMaintenance> maintenance = scope.stockLocation().map(l -> equipment.maintenanceDue(context, l, 0)).orElse(List.of());
        Optional<ArAging> receivable = accountsReceivable(context, scope);
        return data.inTransaction(context, s -> {
            s.authorize(Action.SEARCH, DataCategory.SCHEDULING, Optional.empty(), "coordination.report.daily",
                    "scheduling.resource/" + scope.location());
            Map<AppointmentStatus, Integer> byStatus = new EnumMap<>(AppointmentStatus.class);
            List<Duration> waits = new ArrayList<>();
            for (Records.Visit visit : Pages.all(s, Documents.VISIT,
                    Criteria.all().eq("resource", scope.location().asString()).between("start", from, to))) {
                byStatus.merge(visit.status(), 1, Integer::sum);
                if (visit.checkedIn().isPresent() && visit.roomed().isPresent()) {
                    waits.add(Duration.between(visit.checkedIn().get(), visit.roomed().get()));
                }
            }
            int due = DUE_TO_BE_SEEN.stream().mapToInt(st -> byStatus.getOrDefault(st, 0)).sum();
            BigDecimal noShowRate = ratio(byStatus.getOrDefault(AppointmentStatus.NOSHOW, 0), due);
            waits.sort(null);
            Optional<Duration> average = waits.isEmpty() ? Optional.empty()
                    : Optional.of(waits.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(waits.size()));
            Optional<Duration> p90 = waits.isEmpty() ? Optional.empty()
                    : Optional.of(waits.get((int) Math.ceil(0.9 * waits.size()) - 1));
            int occupied = (int) beds.stream().filter(b -> b.state() == BedState.OCCUPIED).count();
            Instant now = s.now();
            List<Case> cases = DefaultCaseService.active(s);
            List<Task> tasks = TaskBook.active(s);
            Map<String, Long> claims = new java.util.HashMap<>();
            for (Records.ClaimEvent e : Pages.all(s, Documents.CLAIM_EVENT, Criteria.all().between("at", from, to))) {
                claims.merge(e.kind(), 1L, Long::sum);
            }
            return new DailyReport(scope.location(), scope.day(), byStatus, noShowRate, waits.size(), average, p90, occupied, beds.size(),
                    ratio(occupied, beds.size()), alerts, maintenance, cases.size(), (int) cases.stream().filter(c -> c.overdueAt(now)).count(),
                    tasks.size(), (int) tasks.stream().filter(t -> t.overdueAt(now)).count(),
                    claims.getOrDefault(BillingWorkflow.SUBMITTED, 0L).intValue(), claims.getOrDefault(BillingWorkflow.DENIED, 0L).intValue(),
                    claims.getOrDefault(BillingWorkflow.PAID, 0L).intValue(), receivable, now);
        });
    }

    private Optional<ArAging> accountsReceivable(AccessContext context, ReportScope scope) {
        try {
            return Optional.of(billing.arAging(context, scope.day(), scope.currency()));
        } catch (AccessDeniedException e) {
            // audited as denied by billing; the rest of the report does not need billing data
            return Optional.empty();
        }
    }

    private static BigDecimal ratio(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(4) : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
