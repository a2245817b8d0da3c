package org.medcoord.benchmarks.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.medcoord.core.ConflictException;
import org.medcoord.core.PatientId;
import org.medcoord.scheduling.BookingRequest;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Booking throughput on the in-memory engine, 1 and 8 threads: a three-resource procedure at a random
 * weekday time in the next 60 days on random resources (a collision is a completed operation too: it
 * took the same locks and reads).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar BookingBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class BookingBenchmark {

    private BenchClinic clinic;

    @Setup(Level.Trial)
    public void setUp() {
        clinic = new BenchClinic();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        clinic.close();
    }

    private boolean bookOne() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Instant day = BenchClinic.FIRST_DAY.plusDays(random.nextInt(60)).atTime(8, 0).atZone(BenchClinic.ZONE).toInstant();
        Instant start = day.plus(Duration.ofMinutes(15L * random.nextInt(36)));
        BookingRequest request = BookingRequest.of(PatientId.next(java.time.Clock.systemUTC()), clinic.procedure.id(), start, Map.of(
                "practitioner", clinic.practitioners.get(random.nextInt(clinic.practitioners.size())).id(),
                "room", clinic.rooms.get(random.nextInt(clinic.rooms.size())).id(),
                "scope", clinic.scopes.get(random.nextInt(clinic.scopes.size())).id()));
        try {
            clinic.appointments.book(clinic.desk, request);
            return true;
        } catch (ConflictException e) {
            return false;
        }
    }

    @Benchmark
    @Threads(1)
    public boolean bookOneThread() {
        return bookOne();
    }

    @Benchmark
    @Threads(8)
    public boolean bookEightThreads() {
        return bookOne();
    }
}
