package org.medcoord.core.internal.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.medcoord.core.TenantId;
import org.medcoord.core.Violations;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DocumentType;
import org.medcoord.core.data.FieldKind;
import org.medcoord.core.internal.crypto.Tokenizer;
import org.medcoord.core.spi.storage.IndexEntry;
import org.medcoord.core.spi.storage.IndexValue;
import org.medcoord.core.spi.storage.Order;
import org.medcoord.core.spi.storage.Predicate;
import org.medcoord.core.spi.storage.UniqueKey;

/**
 * Computes what the engine may see of a value: index entries and unique keys, with every PERSONAL
 * value replaced by its tenant- and field-specific HMAC token; and translates domain criteria into
 * engine predicates the same way, so equality on a name or an MRN works without the engine ever
 * holding the clear value.
 */
final class Indexer {

    private final Tokenizer tokenizer;

    Indexer(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    <T> List<IndexEntry> entries(TenantId tenant, DocumentType<T> type, T value) {
        List<IndexEntry> entries = new ArrayList<>();
        for (DocumentType.Field<T> field : type.fields().values()) {
            Collection<?> values = field.values().apply(value);
            if (values == null) {
                continue;
            }
            for (Object v : values) {
                if (v != null) {
                    entries.add(new IndexEntry(field.name(), toIndexValue(tenant, type, field.name(), field.kind(), v)));
                }
            }
        }
        return entries;
    }

    <T> List<UniqueKey> uniqueKeys(TenantId tenant, DocumentType<T> type, T value) {
        List<UniqueKey> keys = new ArrayList<>();
        for (DocumentType.Unique<T> unique : type.uniques()) {
            Collection<String> values = unique.values().apply(value);
            if (values == null) {
                continue;
            }
            for (String v : values) {
                if (v != null) {
                    String stored = unique.kind() == FieldKind.PERSONAL ? tokenizer.token(tenant, "unique:" + unique.name(), v) : v;
                    keys.add(new UniqueKey(unique.name(), stored));
                }
            }
        }
        return keys;
    }

    /** Translates criteria, reporting every unknown field and unsupported operation at once. */
    <T> List<Predicate> predicates(TenantId tenant, DocumentType<T> type, Criteria criteria) {
        Violations violations = new Violations();
        List<Predicate> predicates = new ArrayList<>();
        int i = 0;
        for (Criteria.Condition condition : criteria.conditions()) {
            String path = "criteria[" + i++ + "]";
            var field = type.field(condition.field());
            if (field.isEmpty()) {
                violations.add(path, "MC-DATA-001", "field '" + condition.field() + "' is not indexed by " + type.name());
                continue;
            }
            FieldKind kind = field.get().kind();
            try {
                if (condition instanceof Criteria.Eq eq) {
                    predicates.add(new Predicate.Equals(eq.field(), toIndexValue(tenant, type, eq.field(), kind, eq.value())));
                } else if (condition instanceof Criteria.AnyOf any) {
                    if (any.values().isEmpty() || any.values().size() > 1000) {
                        violations.add(path, "MC-DATA-004", "anyOf takes 1 to 1000 values");
                        continue;
                    }
                    predicates.add(new Predicate.In(any.field(), any.values().stream()
                            .map(v -> toIndexValue(tenant, type, any.field(), kind, v)).toList()));
                } else if (condition instanceof Criteria.Between between) {
                    if (kind == FieldKind.PERSONAL) {
                        violations.add(path, "MC-DATA-002", "field '" + between.field() + "' identifies a person and supports equality only");
                        continue;
                    }
                    if (between.fromInclusive() == null && between.toExclusive() == null) {
                        violations.add(path, "MC-DATA-004", "a range needs at least one bound");
                        continue;
                    }
                    predicates.add(new Predicate.Range(between.field(),
                            between.fromInclusive() == null ? null : toIndexValue(tenant, type, between.field(), kind, between.fromInclusive()),
                            between.toExclusive() == null ? null : toIndexValue(tenant, type, between.field(), kind, between.toExclusive())));
                }
            } catch (IllegalArgumentException e) {
                violations.add(path, "MC-DATA-003", "field '" + condition.field() + "' is " + kind + ": " + e.getMessage());
            }
        }
        criteria.orderBy().ifPresent(orderField -> {
            var field = type.field(orderField);
            if (field.isEmpty()) {
                violations.add("orderBy", "MC-DATA-001", "field '" + orderField + "' is not indexed by " + type.name());
            } else if (field.get().kind() == FieldKind.PERSONAL) {
                violations.add("orderBy", "MC-DATA-002", "field '" + orderField + "' identifies a person and cannot order results");
            }
        });
        if (criteria.limit() < 1 || criteria.limit() > 10_000) {
            violations.add("limit", "MC-DATA-004", "limit must be 1 to 10000");
        }
        violations.throwIfAny();
        return predicates;
    }

    Order order(Criteria criteria) {
        return criteria.orderBy().map(f -> new Order(f, criteria.ascending())).orElse(null);
    }

    private <T> IndexValue toIndexValue(TenantId tenant, DocumentType<T> type, String field, FieldKind kind, Object value) {
        return switch (kind) {
            case PERSONAL -> IndexValue.text(tokenizer.token(tenant, type.name() + "." + field, String.valueOf(value)));
            case TEXT -> {
                if (value instanceof CharSequence || value instanceof Enum<?> || value instanceof java.util.UUID
                        || value instanceof org.medcoord.core.TypedId) {
                    yield IndexValue.text(value instanceof org.medcoord.core.TypedId id ? id.asString()
                            : value instanceof Enum<?> e ? e.name() : value.toString());
                }
                throw new IllegalArgumentException("expected text, was " + value.getClass().getSimpleName());
            }
            case NUMBER -> {
                if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
                    yield IndexValue.number(((Number) value).longValue());
                }
                if (value instanceof BigDecimal d) {
                    yield IndexValue.number(d.longValueExact());
                }
                throw new IllegalArgumentException("expected a whole number, was " + value.getClass().getSimpleName());
            }
            case INSTANT -> {
                if (value instanceof Instant instant) {
                    yield IndexValue.instant(instant);
                }
                if (value instanceof OffsetDateTime odt) {
                    yield IndexValue.instant(odt.toInstant());
                }
                if (value instanceof ZonedDateTime zdt) {
                    yield IndexValue.instant(zdt.toInstant());
                }
                throw new IllegalArgumentException("expected an instant, was " + value.getClass().getSimpleName());
            }
        };
    }
}
