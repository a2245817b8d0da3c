package org.medcoord.billing.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medcoord.billing.Fee;
import org.medcoord.billing.FeeSchedule;
import org.medcoord.billing.FeeScheduleId;
import org.medcoord.billing.FeeScheduleService;
import org.medcoord.billing.NewFeeSchedule;
import org.medcoord.billing.Payer;
import org.medcoord.billing.PayerId;
import org.medcoord.core.Money;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.code.CodeFormats;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;

/** The stored {@link FeeScheduleService}: one document per payer and plan, per payer, and for self-pay. */
final class DefaultFeeScheduleService implements FeeScheduleService {

    private static final String SELF_PAY = "self";

    private final DataStore data;
    private final Clock clock;

    DefaultFeeScheduleService(DataStore data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    static Optional<String> procedure(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return CodeFormats.CPT.normalize(code).or(() -> CodeFormats.HCPCS.normalize(code));
    }

    @Override
    public FeeSchedule define(AccessContext context, NewFeeSchedule schedule) {
        Violations violations = new Violations();
        Optional<PayerId> payer = schedule.payer() == null ? Optional.empty() : schedule.payer();
        Optional<String> plan = schedule.plan() == null ? Optional.empty() : schedule.plan().map(String::strip).filter(p -> !p.isEmpty());
        List<Fee> given = schedule.fees() == null ? List.of() : schedule.fees();
        violations.addIf(schedule.currency() == null, "currency", Codes.CURRENCY_REQUIRED, "give the schedule's currency");
        violations.addIf(payer.isEmpty() && plan.isPresent(), "plan", Codes.SELF_PAY_PLAN, "the self-pay price list has no plan");
        violations.addIf(given.isEmpty(), "fees", Codes.FEES_EMPTY, "list at least one fee");
        List<Fee> fees = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Fee fee = given.get(i);
            String field = "fees[" + i + "]";
            Optional<String> code = procedure(fee.procedure());
            Optional<String> modifier = fee.modifier().map(m -> m.strip().toUpperCase(java.util.Locale.ROOT));
            violations.addIf(code.isEmpty(), field + ".procedure", Codes.FEE_PROCEDURE_INVALID, "a fee's procedure is a CPT or HCPCS code");
            violations.addIf(modifier.isPresent() && !CodeFormats.MODIFIER.isValid(modifier.get()), field + ".modifier",
                    Codes.FEE_PROCEDURE_INVALID, "a modifier is two letters or digits");
            violations.addIf(fee.allowed().isNegative() || fee.allowed().isZero(), field + ".allowed", Codes.FEE_AMOUNT_INVALID,
                    "an allowed amount is above zero");
            violations.addIf(schedule.currency() != null && !fee.allowed().currency().equals(schedule.currency()), field + ".allowed",
                    Codes.FEE_CURRENCY, "every fee is in the schedule's currency");
            if (code.isPresent()) {
                violations.addIf(!seen.add(code.get() + "|" + modifier.orElse("")), field, Codes.FEE_DUPLICATE,
                        "the procedure and modifier are listed twice; list each once");
                fees.add(new Fee(code.get(), modifier, fee.allowed()));
            }
        }
        String id = payer.map(p -> p.asString() + "|" + plan.orElse("*")).orElse(SELF_PAY);
        return data.inTransaction(context, session -> {
            Access.billing(session, Action.UPDATE, Optional.empty(), "fee-schedule.define", "bill-fee-schedule/" + id);
            if (payer.isPresent()) {
                Optional<Payer> known = session.find(Documents.PAYER, payer.get().asString()).map(Versioned::value);
                violations.addIf(known.isEmpty(), "payer", Codes.PAYER_UNKNOWN, "payer " + payer.get() + " is not registered");
                violations.addIf(known.isPresent() && schedule.currency() != null && !known.get().currency().equals(schedule.currency()),
                        "currency", Codes.FEE_CURRENCY, "a payer's schedule is in the payer's currency");
            }
            violations.throwIfAny();
            Optional<Versioned<FeeSchedule>> current = session.find(Documents.FEE_SCHEDULE, id);
            FeeSchedule stored = new FeeSchedule(current.map(c -> c.value().id()).orElseGet(() -> FeeScheduleId.next(clock)), payer, plan,
                    schedule.currency(), fees);
            if (current.isPresent()) {
                session.update(Documents.FEE_SCHEDULE, id, current.get().version(), stored);
            } else {
                session.insert(Documents.FEE_SCHEDULE, id, stored);
            }
            return stored;
        });
    }

    @Override
    public Optional<Money> allowedAmount(AccessContext context, PayerId payer, String plan, String procedure, Optional<String> modifier) {
        return data.inTransaction(context, session -> {
            Access.billing(session, Action.READ, Optional.empty(), "fee-schedule.allowed", "bill-fee-schedule/" + payer);
            String planKey = plan == null ? "" : plan.strip();
            return lookup(session, payer.asString() + "|" + planKey, procedure, modifier)
                    .or(() -> lookup(session, payer.asString() + "|*", procedure, modifier));
        });
    }

    @Override
    public Optional<Money> selfPayPrice(AccessContext context, String procedure, Optional<String> modifier) {
        return data.inTransaction(context, session -> {
            Access.billing(session, Action.READ, Optional.empty(), "fee-schedule.self-pay", "bill-fee-schedule/" + SELF_PAY);
            return lookup(session, SELF_PAY, procedure, modifier);
        });
    }

    private static Optional<Money> lookup(DataSession session, String id, String procedure, Optional<String> modifier) {
        Optional<String> code = procedure(procedure);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> mod = modifier == null ? Optional.empty() : modifier.map(m -> m.strip().toUpperCase(java.util.Locale.ROOT));
        return session.find(Documents.FEE_SCHEDULE, id).map(Versioned::value).flatMap(schedule -> {
            Optional<Money> exact = mod.flatMap(m -> schedule.fees().stream()
                    .filter(f -> f.procedure().equals(code.get()) && f.modifier().equals(Optional.of(m))).findFirst().map(Fee::allowed));
            return exact.or(() -> schedule.fees().stream()
                    .filter(f -> f.procedure().equals(code.get()) && f.modifier().isEmpty()).findFirst().map(Fee::allowed));
        });
    }
}
