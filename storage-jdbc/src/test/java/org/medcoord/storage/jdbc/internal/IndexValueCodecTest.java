package org.medcoord.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.medcoord.core.spi.storage.IndexValue;

class IndexValueCodecTest {

    private final Random random = new Random(7);

    @Test
    void encodedBytesSortExactlyAsTheValuesDo() {
        List<IndexValue> values = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            values.add(IndexValue.number(random.nextLong() >> random.nextInt(64)));
            values.add(IndexValue.instant(Instant.ofEpochSecond(random.nextLong() % 100_000_000_000L, random.nextInt(1_000_000_000))));
            values.add(IndexValue.text(randomText()));
        }
        values.addAll(List.of(IndexValue.number(Long.MIN_VALUE), IndexValue.number(Long.MAX_VALUE), IndexValue.number(0),
                IndexValue.instant(Instant.MIN), IndexValue.instant(Instant.MAX), IndexValue.text(""), IndexValue.text("\uFFFF"),
                IndexValue.text("😀"), IndexValue.text("\uD800")));
        for (IndexValue a : values) {
            for (int j = 0; j < 40; j++) {
                IndexValue b = values.get(random.nextInt(values.size()));
                if (a.getClass() == b.getClass()) {
                    assertThat(Integer.signum(Arrays.compareUnsigned(IndexValueCodec.encode(a), IndexValueCodec.encode(b))))
                            .as("%s vs %s", a, b).isEqualTo(Integer.signum(a.compareTo(b)));
                }
            }
        }
    }

    @Test
    void everyValueDecodesToItself() {
        for (IndexValue v : List.of(IndexValue.text("a|2026-03-01"), IndexValue.text("é😀\uD800x"), IndexValue.number(-42),
                IndexValue.instant(Instant.parse("1969-12-31T23:59:59.999999Z")), IndexValue.instant(Instant.MIN))) {
            assertThat(IndexValueCodec.decode(IndexValueCodec.encode(v))).isEqualTo(v);
        }
    }

    @Test
    void kindsNeverOverlapAndOpenBoundsStayInTheirKind() {
        byte[] maxText = IndexValueCodec.encode(IndexValue.text("\uDBFF\uDFFF\uDBFF\uDFFF"));
        byte[] minNumber = IndexValueCodec.encode(IndexValue.number(Long.MIN_VALUE));
        byte[] maxNumber = IndexValueCodec.encode(IndexValue.number(Long.MAX_VALUE));
        byte[] minInstant = IndexValueCodec.encode(IndexValue.instant(Instant.MIN));
        assertThat(Arrays.compareUnsigned(maxText, IndexValueCodec.aboveAllOf(IndexValueCodec.TEXT))).isNegative();
        assertThat(Arrays.compareUnsigned(minNumber, IndexValueCodec.lowestOf(IndexValueCodec.NUMBER))).isPositive();
        assertThat(Arrays.compareUnsigned(maxNumber, IndexValueCodec.aboveAllOf(IndexValueCodec.NUMBER))).isNegative();
        assertThat(Arrays.compareUnsigned(minInstant, IndexValueCodec.aboveAllOf(IndexValueCodec.NUMBER))).isPositive();
    }

    private String randomText() {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(6);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(4);
            s.appendCodePoint(switch (pick) {
                case 0 -> 'a' + random.nextInt(26);
                case 1 -> 0x80 + random.nextInt(0x700);
                case 2 -> 0xE000 + random.nextInt(0x2000);
                default -> 0x10000 + random.nextInt(0xFFFF);
            });
        }
        return s.toString();
    }
}
