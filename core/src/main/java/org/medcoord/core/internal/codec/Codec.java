package org.medcoord.core.internal.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.medcoord.core.MedCoordException;

/**
 * Turns values (records of the domain modules) into JSON bytes and back, with one configuration for
 * the whole SDK.
 *
 * <p>Output is deterministic: properties and map keys are sorted, so the same value always gives the
 * same bytes. That is what lets the audit trail hash-chain {@link #canonicalJson(Object)} and what keeps
 * a re-saved, unchanged document byte-identical. Unknown properties are ignored when reading, so an
 * older SDK can read documents written by a newer one. Instants are ISO-8601 strings, not epoch
 * numbers, and {@code BigDecimal}s are written plain ({@code 1000.50}, never {@code 1.00050E+3}) with
 * their scale kept, because money must read back exactly as it was written.
 *
 * <p>Error messages name the Java type only, never the content: the bytes being read or written are
 * patient data before they are encrypted.
 *
 * <p>Thread-safe: the mapper is configured once in the constructor and never changed afterwards.
 * Public because the data layer and the audit trail, in other internal packages, use it.
 */
public final class Codec {

    /** A value could not be written as JSON. */
    public static final String WRITE_FAILED = "MC-CODEC-001";
    /** Stored JSON could not be read as the requested type. */
    public static final String READ_FAILED = "MC-CODEC-002";

    private final ObjectMapper mapper;

    /** Builds the SDK's one mapper configuration. */
    public Codec() {
        this.mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                // keep the offset a value was written with; the stored instant is the same either way
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // untyped numbers (maps of Object, trees) keep their exact decimal value
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
                // a parse error must never quote the (patient) document it was reading
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    /**
     * @param value a value the codec can serialise (records, collections, maps, java.time, Optional)
     * @return its JSON as UTF-8 bytes, deterministic for equal values
     * @throws MedCoordException {@value #WRITE_FAILED} when the type cannot be serialised
     */
    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw writeFailed(value, e);
        }
    }

    /**
     * @param json UTF-8 JSON bytes, as {@link #write(Object)} produced them
     * @param type the type to read
     * @param <T>  the type to read
     * @return the value
     * @throws MedCoordException {@value #READ_FAILED} when the bytes are not JSON of that type
     */
    public <T> T read(byte[] json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            // Jackson's message quotes the offending input, which is patient data: keep only the kind
            throw new MedCoordException(READ_FAILED, "stored JSON could not be read as " + type.getName()
                    + " (" + e.getClass().getSimpleName() + "): the document was written by an incompatible"
                    + " version of " + type.getSimpleName() + " or is damaged; check the type's"
                    + " compatibility with data already stored",
                    safeCause(e));
        }
    }

    /**
     * The canonical JSON of a value: properties and map keys sorted, no whitespace, so that equal values
     * give equal strings however their maps were filled. Hash chains are computed over it.
     *
     * @param value a value the codec can serialise
     * @return its canonical JSON
     * @throws MedCoordException {@value #WRITE_FAILED} when the type cannot be serialised
     */
    public String canonicalJson(Object value) {
        return new String(write(value), StandardCharsets.UTF_8);
    }

    /**
     * The configured mapper, for type-parameterised reads ({@code readerFor(JavaType)}) and tree
     * conversions. Callers must not reconfigure it: it is shared by the whole SDK.
     *
     * @return the shared mapper
     */
    public ObjectMapper mapper() {
        return mapper;
    }

    private static MedCoordException writeFailed(Object value, JsonProcessingException e) {
        String type = value == null ? "null" : value.getClass().getName();
        return new MedCoordException(WRITE_FAILED, "a " + type + " could not be written as JSON ("
                + e.getClass().getSimpleName() + "): make it a record or bean of JSON-friendly types"
                + " (public accessors, java.time, BigDecimal, Optional, collections)", safeCause(e));
    }

    /**
     * Type-definition problems describe classes and properties, never values, so they are kept as the
     * cause for debugging; every other Jackson error may quote the content and is dropped.
     */
    private static Throwable safeCause(IOException e) {
        return e instanceof InvalidDefinitionException ? e : null;
    }
}
