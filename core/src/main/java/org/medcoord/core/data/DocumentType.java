package org.medcoord.core.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Declares one kind of document: its storage name, its Java type, and the index fields and unique keys
 * computed from a value. Immutable and thread-safe; declare once as a constant.
 *
 * <pre>{@code
 * static final DocumentType<Patient> PATIENT = DocumentType.builder("patient", Patient.class)
 *         .field("mrn", FieldKind.PERSONAL, p -> List.of(p.mrn()))
 *         .field("status", FieldKind.TEXT, p -> List.of(p.status().name()))
 *         .unique("patient.mrn", FieldKind.PERSONAL, p -> List.of(p.mrn()))
 *         .build();
 * }</pre>
 *
 * @param <T> the value type (a record the codec can serialise)
 * @since 0.1.0
 */
public final class DocumentType<T> {

    /** One index field: its kind and how its values are computed. */
    public record Field<T>(String name, FieldKind kind, Function<? super T, ? extends Collection<?>> values) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(values, "values");
        }
    }

    /** One unique key: values held by at most one document of this type per tenant. */
    public record Unique<T>(String name, FieldKind kind, Function<? super T, ? extends Collection<String>> values) {
        public Unique {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(values, "values");
            if (kind != FieldKind.PERSONAL && kind != FieldKind.TEXT) {
                throw new IllegalArgumentException("unique keys are PERSONAL or TEXT");
            }
        }
    }

    private final String name;
    private final Class<T> javaType;
    private final Map<String, Field<T>> fields;
    private final List<Unique<T>> uniques;

    private DocumentType(Builder<T> builder) {
        this.name = builder.name;
        this.javaType = builder.javaType;
        this.fields = Map.copyOf(builder.fields);
        this.uniques = List.copyOf(builder.uniques);
    }

    /** Starts a declaration. {@code name} is 1 to 64 of {@code [a-z0-9._-]}. */
    public static <T> Builder<T> builder(String name, Class<T> javaType) {
        return new Builder<>(name, javaType);
    }

    /** @return the storage type name */
    public String name() {
        return name;
    }

    /** @return the value type */
    public Class<T> javaType() {
        return javaType;
    }

    /** @return the declared index fields by name */
    public Map<String, Field<T>> fields() {
        return fields;
    }

    /** @return the field named {@code field}, when declared */
    public Optional<Field<T>> field(String field) {
        return Optional.ofNullable(fields.get(field));
    }

    /** @return the declared unique keys */
    public List<Unique<T>> uniques() {
        return uniques;
    }

    @Override
    public String toString() {
        return "DocumentType[" + name + "]";
    }

    /** Collects fields and unique keys. */
    public static final class Builder<T> {
        private final String name;
        private final Class<T> javaType;
        private final Map<String, Field<T>> fields = new LinkedHashMap<>();
        private final List<Unique<T>> uniques = new ArrayList<>();

        private Builder(String name, Class<T> javaType) {
            if (name == null || !name.matches("[a-z0-9._-]{1,64}")) {
                throw new IllegalArgumentException("a document type name is 1 to 64 of [a-z0-9._-]");
            }
            this.name = name;
            this.javaType = Objects.requireNonNull(javaType, "javaType");
        }

        /**
         * Declares an index field. {@code values} returns the field's values for a document (empty for
         * none; several for multi-valued fields): Strings for PERSONAL and TEXT, Numbers for NUMBER,
         * Instants for INSTANT. {@code null} elements are skipped.
         */
        public Builder<T> field(String field, FieldKind kind, Function<? super T, ? extends Collection<?>> values) {
            if (field == null || !field.matches("[A-Za-z0-9._-]{1,64}")) {
                throw new IllegalArgumentException("a field name is 1 to 64 of [A-Za-z0-9._-]");
            }
            if (fields.putIfAbsent(field, new Field<>(field, kind, values)) != null) {
                throw new IllegalArgumentException("field " + field + " is declared twice");
            }
            return this;
        }

        /** Declares a unique key. */
        public Builder<T> unique(String keyName, FieldKind kind, Function<? super T, ? extends Collection<String>> values) {
            uniques.add(new Unique<>(keyName, kind, values));
            return this;
        }

        public DocumentType<T> build() {
            return new DocumentType<>(this);
        }
    }
}
