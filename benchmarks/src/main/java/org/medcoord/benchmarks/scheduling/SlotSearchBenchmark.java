package org.medcoord.benchmarks.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.medcoord.scheduling.Slot;
import org.medcoord.scheduling.SlotQuery;
import org.medcoord.scheduling.SlotSearch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Slot search for a three-resource procedure (50 practitioners with opening hours, 20 rooms, 10
 * endoscopes, buffers) over 30 days. {@code bookings} existing consultations: the first 1,000 in the
 * searched 30 days, the rest in the weeks after, so the searched days look the same whatever the
 * total. The time should stay near-flat as {@code bookings} grows: bookings are read by resource and
 * day, never by scanning the calendar. {@link BusySlotSearchBenchmark} searches a full month instead.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SlotSearchBenchmark -p bookings=1000,10000,100000}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class SlotSearchBenchmark {

    @Param({"1000", "10000", "100000"})
    public int bookings;

    private BenchClinic clinic;
    private SlotSearch search;
    private SlotQuery firstTwenty;
    private SlotQuery lastDayFirstTen;

    @Setup(Level.Trial)
    public void setUp() {
        clinic = new BenchClinic();
        clinic.fill(1000, bookings - 1000);
        search = clinic.medcoord.service(SlotSearch.class);
        Instant from = BenchClinic.FIRST_DAY.atStartOfDay(BenchClinic.ZONE).toInstant();
        firstTwenty = SlotQuery.of(clinic.procedure.id(), from, from.plus(Duration.ofDays(30)), 20).stepping(Duration.ofMinutes(15));
        // most of the window is full before the first free slot of a late day
        lastDayFirstTen = SlotQuery.of(clinic.procedure.id(), from.plus(Duration.ofDays(29)), from.plus(Duration.ofDays(30)), 10)
                .stepping(Duration.ofMinutes(15));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        clinic.close();
    }

    /** The next 20 start times in 30 days. */
    @Benchmark
    public List<Slot> next20In30Days() {
        return search.find(clinic.desk, firstTwenty);
    }

    /** Ten start times on one day at the end of the 30-day window. */
    @Benchmark
    public List<Slot> tenOnOneDay() {
        return search.find(clinic.desk, lastDayFirstTen);
    }
}
