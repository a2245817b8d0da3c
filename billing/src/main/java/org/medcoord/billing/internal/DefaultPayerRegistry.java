package org.medcoord.billing.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.medcoord.billing.NewPayer;
import org.medcoord.billing.Payer;
import org.medcoord.billing.PayerId;
import org.medcoord.billing.PayerRegistry;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;

/** The stored {@link PayerRegistry}. */
final class DefaultPayerRegistry implements PayerRegistry {

    private final DataStore data;
    private final Clock clock;

    DefaultPayerRegistry(DataStore data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    @Override
    public Payer register(AccessContext context, NewPayer payer) {
        String name = payer.name() == null ? "" : payer.name().strip();
        String x12 = payer.x12PayerId() == null ? "" : payer.x12PayerId().strip();
        Violations violations = new Violations()
                .addIf(name.isEmpty(), "name", Codes.PAYER_NAME_REQUIRED, "give the payer a name")
                .addIf(!x12.matches("[A-Za-z0-9-]{2,80}"), "x12PayerId", Codes.X12_PAYER_ID_INVALID,
                        "the X12 payer id is 2 to 80 letters, digits or dashes, as the payer or clearinghouse publishes it")
                .addIf(payer.timelyFilingDays() < 1 || payer.timelyFilingDays() > 3650, "timelyFilingDays", Codes.TIMELY_FILING_INVALID,
                        "the timely-filing limit is 1 to 3650 days after the date of service")
                .addIf(payer.currency() == null, "currency", Codes.CURRENCY_REQUIRED, "give the currency the payer pays in, such as USD");
        return data.inTransaction(context, session -> {
            Access.billing(session, Action.CREATE, Optional.empty(), "payer.register", "bill-payer");
            violations.addIf(!x12.isEmpty() && byX12(session, x12).isPresent(), "x12PayerId", Codes.X12_PAYER_ID_TAKEN,
                    "a payer with this X12 payer id is already registered");
            violations.throwIfAny();
            Payer stored = new Payer(PayerId.next(clock), name, x12, payer.timelyFilingDays(), payer.currency());
            session.insert(Documents.PAYER, stored.id().asString(), stored);
            return stored;
        });
    }

    @Override
    public Payer payer(AccessContext context, PayerId id) {
        return data.inTransaction(context, session -> {
            Access.billing(session, Action.READ, Optional.empty(), "payer.read", "bill-payer/" + id);
            return payer(session, id);
        });
    }

    static Payer payer(DataSession session, PayerId id) {
        return session.find(Documents.PAYER, id.asString()).map(Versioned::value)
                .orElseThrow(() -> new NotFoundException(Codes.NOT_FOUND, "payer " + id + " was not found; register it with PayerRegistry.register"));
    }

    static Optional<Payer> byX12(DataSession session, String x12) {
        return session.query(Documents.PAYER, Criteria.all().eq("x12", x12).limit(1)).items().stream().findFirst().map(Versioned::value);
    }

    @Override
    public Optional<Payer> byX12PayerId(AccessContext context, String x12PayerId) {
        return data.inTransaction(context, session -> {
            Access.billing(session, Action.SEARCH, Optional.empty(), "payer.by-x12", "bill-payer");
            return x12PayerId == null ? Optional.<Payer>empty() : byX12(session, x12PayerId.strip());
        });
    }

    @Override
    public List<Payer> payers(AccessContext context) {
        return data.inTransaction(context, session -> {
            Access.billing(session, Action.SEARCH, Optional.empty(), "payer.list", "bill-payer");
            return session.query(Documents.PAYER, Criteria.all().limit(10_000)).items().stream().map(Versioned::value)
                    .sorted(Comparator.comparing(Payer::name)).toList();
        });
    }
}
