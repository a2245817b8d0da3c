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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Slot search for a three-resource procedure (50 practitioners, 20 rooms, 10 endoscopes) over 30 days
 * with 10,000 existing bookings: 9,000 in the searched month (every practitioner busy on the hour all
 * day), 1,000 after it.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar BusySlotSearchBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class BusySlotSearchBenchmark {

    private BenchClinic clinic;
    private SlotSearch search;
    private SlotQuery firstTwenty;
    private SlotQuery lastDayFirstTen;

    @Setup(Level.Trial)
    public void setUp() {
        clinic = new BenchClinic();
        clinic.fill(BenchClinic.WINDOW_CAPACITY, 10_000 - BenchClinic.WINDOW_CAPACITY);
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
