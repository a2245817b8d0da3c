package org.medcoord.core.internal.codec;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.medcoord.core.MedCoordException;

class CodecTest {

    enum VisitStatus { BOOKED, ARRIVED }

    record Address(String line, String postalCode) { }

    record Visit(String patientName, Instant arrivedAt, LocalDate birthDate, ZoneId zone, BigDecimal copay,
                 Optional<String> note, Optional<Instant> leftAt, List<String> codes, Address address,
                 VisitStatus status) { }

    record Older(String patientName, VisitStatus status) { }

    record Unserialisable(Object payload) { }

    /** Not a bean: Jackson finds no properties to write, which must fail rather than write {}. */
    static final class Opaque {
        @SuppressWarnings("unused")
        private final String secret = "CANARY-secret";
    }

    private final Codec codec = new Codec();

    private final Visit visit = new Visit("CANARY Jane Doe", Instant.parse("2026-03-29T01:30:00.123456Z"),
            LocalDate.of(1970, 1, 31), ZoneId.of("Europe/Berlin"), new BigDecimal("1000.50"),
            Optional.of("walk-in"), Optional.empty(), List.of("Z00.00", "I10"),
            new Address("1 Main St", "10115"), VisitStatus.ARRIVED);

    @Test
    void aRecordWithTimeMoneyOptionalsListsNestedRecordsAndEnumsRoundTrips() {
        Visit read = codec.read(codec.write(visit), Visit.class);

        assertThat(read).isEqualTo(visit);
        assertThat(read.copay().scale()).isEqualTo(2);
    }

    @Test
    void instantsAreIsoStringsAndBigDecimalsArePlain() {
        String json = new String(codec.write(visit), UTF_8);

        assertThat(json).contains("\"arrivedAt\":\"2026-03-29T01:30:00.123456Z\"")
                .contains("\"birthDate\":\"1970-01-31\"")
                .contains("\"zone\":\"Europe/Berlin\"")
                .contains("\"copay\":1000.50")
                .contains("\"status\":\"ARRIVED\"");
        assertThat(codec.canonicalJson(Map.of("amount", new BigDecimal("1E+3")))).isEqualTo("{\"amount\":1000}");
    }

    @Test
    void anAbsentOptionalPropertyReadsAsEmpty() {
        Visit read = codec.read("{\"patientName\":\"x\",\"status\":\"BOOKED\"}".getBytes(UTF_8), Visit.class);

        assertThat(read.note()).isEmpty();
        assertThat(read.leftAt()).isEmpty();
        assertThat(read.status()).isEqualTo(VisitStatus.BOOKED);
    }

    @Test
    void olderCodeReadsDocumentsWithPropertiesItDoesNotKnow() {
        Older read = codec.read(codec.write(visit), Older.class);

        assertThat(read).isEqualTo(new Older("CANARY Jane Doe", VisitStatus.ARRIVED));
    }

    @Test
    void propertiesAreWrittenInAlphabeticalOrder() {
        assertThat(codec.canonicalJson(new Address("1 Main St", "10115")))
                .isEqualTo("{\"line\":\"1 Main St\",\"postalCode\":\"10115\"}");
        assertThat(codec.canonicalJson(new Older("n", VisitStatus.BOOKED)))
                .isEqualTo("{\"patientName\":\"n\",\"status\":\"BOOKED\"}");
    }

    @Test
    void canonicalJsonIsTheSameWhateverOrderMapsWereFilledIn() {
        Map<String, Object> forwards = new LinkedHashMap<>();
        forwards.put("alpha", 1);
        forwards.put("beta", Map.of("y", 2, "x", 1));
        forwards.put("gamma", List.of("b", "a"));
        Map<String, Object> backwards = new LinkedHashMap<>();
        backwards.put("gamma", List.of("b", "a"));
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("y", 2);
        inner.put("x", 1);
        backwards.put("beta", inner);
        backwards.put("alpha", 1);

        String canonical = codec.canonicalJson(forwards);

        assertThat(canonical).isEqualTo("{\"alpha\":1,\"beta\":{\"x\":1,\"y\":2},\"gamma\":[\"b\",\"a\"]}");
        assertThat(codec.canonicalJson(backwards)).isEqualTo(canonical);
        assertThat(codec.canonicalJson(new HashMap<>(backwards))).isEqualTo(canonical);
        assertThat(codec.canonicalJson(new TreeMap<>(forwards))).isEqualTo(canonical);
    }

    @Test
    void canonicalJsonOfATreeSortsItsPropertiesToo() throws Exception {
        var tree = codec.mapper().readTree("{\"b\":1,\"a\":{\"d\":2.50,\"c\":1}}");

        assertThat(codec.canonicalJson(tree)).isEqualTo("{\"a\":{\"c\":1,\"d\":2.50},\"b\":1}");
    }

    @Test
    void canonicalJsonIsStableAcrossRepeatedCallsAndInstances() {
        String first = codec.canonicalJson(visit);

        for (int i = 0; i < 20; i++) {
            assertThat(codec.canonicalJson(visit)).isEqualTo(first);
        }
        assertThat(new Codec().canonicalJson(visit)).isEqualTo(first);
        assertThat(codec.write(visit)).isEqualTo(first.getBytes(UTF_8));
    }

    @Test
    void aValueThatCannotBeWrittenFailsNamingOnlyItsType() {
        assertThatThrownBy(() -> codec.write(new Unserialisable(new Opaque())))
                .isInstanceOf(MedCoordException.class)
                .hasMessageStartingWith("MC-CODEC-001: a " + Unserialisable.class.getName()
                        + " could not be written as JSON")
                .message().doesNotContain("CANARY");
    }

    @Test
    void bytesThatAreNotJsonOfTheTypeFailWithoutQuotingThem() {
        byte[] notJson = "CANARY Jane Doe, born 1970-01-31".getBytes(UTF_8);
        byte[] wrongShape = "{\"patientName\":\"CANARY\",\"status\":\"CANARY-STATUS\"}".getBytes(UTF_8);

        assertThatThrownBy(() -> codec.read(notJson, Visit.class))
                .isInstanceOf(MedCoordException.class)
                .hasMessageStartingWith("MC-CODEC-002: stored JSON could not be read as " + Visit.class.getName())
                .hasNoCause()
                .message().doesNotContain("CANARY").doesNotContain("1970");
        assertThatThrownBy(() -> codec.read(wrongShape, Visit.class))
                .isInstanceOf(MedCoordException.class)
                .hasMessageStartingWith("MC-CODEC-002: ")
                .hasNoCause()
                .message().doesNotContain("CANARY");
    }
}
