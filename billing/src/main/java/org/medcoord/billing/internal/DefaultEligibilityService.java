package org.medcoord.billing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.medcoord.billing.Coverage;
import org.medcoord.billing.CoverageId;
import org.medcoord.billing.Eligibility;
import org.medcoord.billing.EligibilityService;
import org.medcoord.billing.Payer;
import org.medcoord.billing.spi.EligibilityRequest;
import org.medcoord.billing.spi.EligibilityResponse;
import org.medcoord.billing.spi.PayerAdapter;
import org.medcoord.core.ConfigurationException;
import org.medcoord.core.TenantId;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.code.CodeFormats;
import org.medcoord.core.data.DataStore;

/**
 * Eligibility through the payer adapters, with an in-process cache per tenant, coverage and date of service.
 * The cache holds answers only (no member ids) and is bounded by its time to live: expired answers are
 * dropped when the cache is next written.
 */
final class DefaultEligibilityService implements EligibilityService {

    private record Key(TenantId tenant, CoverageId coverage, LocalDate day) {
    }

    private final DataStore data;
    private final Clock clock;
    private final PayerAdapters adapters;
    private final Duration ttl;
    private final Map<Key, Eligibility> cache = new ConcurrentHashMap<>();

    DefaultEligibilityService(DataStore data, Clock clock, org.medcoord.core.Extensions extensions, PayerAdapters adapters) {
        this.data = data;
        this.clock = clock;
        this.adapters = adapters;
        this.ttl = extensions.setting(TTL_SETTING).map(DefaultEligibilityService::parseTtl).orElse(DEFAULT_TTL);
    }

    private static Duration parseTtl(String text) {
        try {
            Duration parsed = Duration.parse(text.strip());
            if (parsed.isNegative()) {
                throw new DateTimeParseException("negative", text, 0);
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw new ConfigurationException(Codes.TTL_INVALID, TTL_SETTING + " is an ISO-8601 duration of zero or more, such as PT15M");
        }
    }

    @Override
    public Eligibility check(AccessContext context, CoverageId coverageId, LocalDate serviceDate, String providerNpi) {
        Violations violations = new Violations();
        violations.addIf(serviceDate == null, "serviceDate", Codes.SERVICE_DATE_REQUIRED, "give the date of service asked about");
        violations.addAll("", CodeFormats.NPI.check("providerNpi", providerNpi));
        violations.throwIfAny();
        Key key = new Key(context.tenant(), coverageId, serviceDate);
        record Asked(Optional<Eligibility> cached, Coverage coverage, Payer payer) {
        }
        Asked asked = data.inTransaction(context, session -> {
            Coverage coverage = DefaultCoverageService.coverage(session, coverageId);
            Optional<Eligibility> fresh = Optional.ofNullable(cache.get(key))
                    .filter(e -> e.checkedAt().plus(ttl).isAfter(clock.instant()));
            if (fresh.isPresent()) {
                Access.insurance(session, Action.READ, Optional.of(coverage.patient()), "eligibility.cached", "bill-coverage/" + coverageId);
                return new Asked(fresh, coverage, null);
            }
            // The member id leaves the clinic: a disclosure to the payer, audited before it happens.
            Access.insurance(session, Action.DISCLOSE, Optional.of(coverage.patient()), "eligibility.inquiry", "bill-coverage/" + coverageId);
            return new Asked(Optional.empty(), coverage, DefaultPayerRegistry.payer(session, coverage.payer()));
        });
        if (asked.cached().isPresent()) {
            Eligibility hit = asked.cached().get();
            return new Eligibility(hit.coverage(), hit.serviceDate(), hit.active(), hit.copay(), hit.deductibleRemaining(),
                    hit.outOfPocketRemaining(), hit.checkedAt(), true);
        }
        PayerAdapter adapter = adapters.forPayer(asked.payer().x12PayerId());
        Coverage coverage = asked.coverage();
        EligibilityResponse response = adapter.checkEligibility(new EligibilityRequest(asked.payer().x12PayerId(), coverage.memberId(),
                coverage.groupNumber(), serviceDate, CodeFormats.NPI.normalize(providerNpi).orElseThrow(), coverageId + "-" + serviceDate));
        Eligibility answer = new Eligibility(coverageId, serviceDate, response.active(), response.copay(), response.deductibleRemaining(),
                response.outOfPocketRemaining(), clock.instant(), false);
        cache.values().removeIf(e -> !e.checkedAt().plus(ttl).isAfter(clock.instant()));
        cache.put(key, answer);
        return answer;
    }
}
