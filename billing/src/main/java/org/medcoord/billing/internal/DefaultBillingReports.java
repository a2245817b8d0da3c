package org.medcoord.billing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.medcoord.billing.AgingBuckets;
import org.medcoord.billing.ArAging;
import org.medcoord.billing.BillingReports;
import org.medcoord.billing.Charge;
import org.medcoord.billing.ChargeStatus;
import org.medcoord.billing.Claim;
import org.medcoord.billing.ClaimId;
import org.medcoord.billing.ClaimStatus;
import org.medcoord.billing.CoverageOrder;
import org.medcoord.billing.DenialReport;
import org.medcoord.billing.LedgerEntry;
import org.medcoord.billing.PayerId;
import org.medcoord.billing.PostedClaimPayment;
import org.medcoord.billing.RemittancePosting;
import org.medcoord.billing.RevenueRow;
import org.medcoord.billing.StatusChange;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.DocumentType;
import org.medcoord.core.data.ResultPage;
import org.medcoord.core.data.Versioned;

/** The {@link BillingReports}, computed by reading the tenant's claims, charges, remittances and ledgers. */
final class DefaultBillingReports implements BillingReports {

    private static final int PAGE = 1000;
    private static final Set<ClaimStatus> OPEN_AT_PAYER = EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.ACCEPTED, ClaimStatus.APPEALED);
    private static final Set<ClaimStatus> ADJUDICATED = EnumSet.of(ClaimStatus.PAID, ClaimStatus.PARTIALLY_PAID, ClaimStatus.DENIED);

    private final DataStore data;

    DefaultBillingReports(DataStore data) {
        this.data = data;
    }

    static <T> List<T> all(DataSession session, DocumentType<T> type) {
        List<T> values = new ArrayList<>();
        Criteria criteria = Criteria.all().limit(PAGE);
        while (true) {
            ResultPage<Versioned<T>> page = session.query(type, criteria);
            page.items().forEach(v -> values.add(v.value()));
            if (page.nextPageToken().isEmpty()) {
                return values;
            }
            criteria = criteria.after(page.nextPageToken().get());
        }
    }

    @Override
    public ArAging arAging(AccessContext context, LocalDate asOf, Currency currency) {
        new Violations().addIf(asOf == null || currency == null, "asOf", Codes.SERVICE_DATE_REQUIRED, "give the report date and currency")
                .throwIfAny();
        return data.inTransaction(context, session -> {
            Access.billing(session, Action.SEARCH, Optional.empty(), "report.ar-aging", "bill-claim");
            Map<PayerId, AgingBuckets> byPayer = new HashMap<>();
            AgingBuckets payers = AgingBuckets.zero(currency);
            for (Claim claim : all(session, Documents.CLAIM)) {
                if (!OPEN_AT_PAYER.contains(claim.status()) || !claim.total().currency().equals(currency)) {
                    continue;
                }
                long days = ChronoUnit.DAYS.between(claim.firstServiceDate(), asOf);
                byPayer.merge(claim.payer(), AgingBuckets.zero(currency).add(days, claim.total()), AgingBuckets::plus);
                payers = payers.add(days, claim.total());
            }
            Set<PatientId> patients = new LinkedHashSet<>();
            all(session, Documents.CHARGE).forEach(charge -> patients.add(charge.patient()));
            AgingBuckets owed = AgingBuckets.zero(currency);
            for (PatientId patient : patients) {
                List<LedgerEntry> entries = Ledgers.entries(session, patient).stream()
                        .filter(e -> !LocalDate.ofInstant(e.posted(), ZoneOffset.UTC).isAfter(asOf)).toList();
                if (entries.isEmpty() || !entries.get(0).amount().currency().equals(currency)) {
                    continue;
                }
                Money balance = entries.stream().map(LedgerEntry::amount).reduce(Money.zero(currency), Money::plus);
                if (balance.isPositive()) {
                    owed = owed.plus(DefaultPatientLedger.age(entries, asOf, currency));
                }
            }
            return new ArAging(asOf, byPayer, payers, owed);
        });
    }

    @Override
    public List<RevenueRow> revenue(AccessContext context, YearMonth from, YearMonth to, Currency currency) {
        new Violations().addIf(from == null || to == null || to.isBefore(from), "to", Codes.PERIOD_INVALID,
                "give the first and last month, the last not before the first").throwIfAny();
        return data.inTransaction(context, session -> {
            Access.billing(session, Action.SEARCH, Optional.empty(), "report.revenue", "bill-charge");
            record Key(YearMonth month, Optional<PayerId> payer, String npi) {
            }
            Map<Key, Money[]> rows = new HashMap<>();
            Map<ClaimId, Claim> claims = new HashMap<>();
            all(session, Documents.CLAIM).forEach(c -> claims.put(c.id(), c));
            for (Charge charge : all(session, Documents.CHARGE)) {
                YearMonth month = YearMonth.from(charge.serviceDate());
                if (charge.status() == ChargeStatus.VOID || month.isBefore(from) || month.isAfter(to) || !charge.amount().currency().equals(currency)) {
                    continue;
                }
                Optional<PayerId> payer = charge.claim().map(claims::get).filter(c -> c.order() == CoverageOrder.PRIMARY).map(Claim::payer);
                Money[] row = rows.computeIfAbsent(new Key(month, payer, charge.renderingNpi()), k -> zeros(currency));
                row[0] = row[0].plus(charge.amount());
            }
            for (RemittancePosting posting : all(session, Documents.REMITTANCE)) {
                YearMonth month = YearMonth.from(posting.posted().atZone(ZoneOffset.UTC));
                if (month.isBefore(from) || month.isAfter(to)) {
                    continue;
                }
                for (PostedClaimPayment payment : posting.claims()) {
                    Claim claim = claims.get(payment.claim());
                    if (claim == null || !payment.paid().currency().equals(currency)) {
                        continue;
                    }
                    Key key = new Key(month, Optional.of(claim.payer()), claim.lines().get(0).renderingNpi());
                    Money[] row = rows.computeIfAbsent(key, k -> zeros(currency));
                    row[1] = row[1].plus(payment.paid());
                }
            }
            return rows.entrySet().stream()
                    .map(e -> new RevenueRow(e.getKey().month(), e.getKey().payer(), e.getKey().npi(), e.getValue()[0], e.getValue()[1]))
                    .sorted(Comparator.comparing(RevenueRow::month).thenComparing(RevenueRow::renderingNpi)
                            .thenComparing(r -> r.payer().map(PayerId::asString).orElse("")))
                    .toList();
        });
    }

    private static Money[] zeros(Currency currency) {
        return new Money[] {Money.zero(currency), Money.zero(currency)};
    }

    @Override
    public DenialReport denials(AccessContext context, LocalDate from, LocalDate to) {
        new Violations().addIf(from == null || to == null || to.isBefore(from), "to", Codes.PERIOD_INVALID,
                "give the first and last day, the last not before the first").throwIfAny();
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return data.inTransaction(context, session -> {
            Access.billing(session, Action.SEARCH, Optional.empty(), "report.denials", "bill-claim");
            long adjudicated = 0;
            long denied = 0;
            Map<String, Long> byReason = new TreeMap<>();
            for (Claim claim : all(session, Documents.CLAIM)) {
                for (StatusChange change : claim.history()) {
                    if (!ADJUDICATED.contains(change.to()) || change.at().isBefore(start) || !change.at().isBefore(end)) {
                        continue;
                    }
                    adjudicated++;
                    if (change.to() == ClaimStatus.DENIED) {
                        denied++;
                        change.reasons().forEach(reason -> byReason.merge(reason, 1L, Long::sum));
                    }
                }
            }
            BigDecimal rate = adjudicated == 0 ? BigDecimal.ZERO.setScale(4)
                    : BigDecimal.valueOf(denied).divide(BigDecimal.valueOf(adjudicated), 4, RoundingMode.HALF_EVEN);
            return new DenialReport(from, to, adjudicated, denied, rate, byReason);
        });
    }
}
