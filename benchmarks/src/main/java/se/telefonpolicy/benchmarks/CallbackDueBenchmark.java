package se.telefonpolicy.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.telefonpolicy.calendar.WorkingCalendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * CALLBACK_2WD due times for message times spread over 2000–2050, so every year's table is in play
 * and the branch predictor cannot learn a single day. Goal: at least 1,000,000 calls/s on one core.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CallbackDueBenchmark {

    private static final int CALLBACK_2WD = 2;
    // A power of two, so the next index is a mask instead of a division.
    private static final int SAMPLES = 1 << 16;
    private static final long SEED = 20_261_130L;

    private WorkingCalendar calendar;
    private Instant[] receivedAt;
    private int next;

    @Setup
    public void setUp() {
        calendar = WorkingCalendar.sweden();
        long first = LocalDateTime.parse("2000-01-01T00:00").atZone(WorkingCalendar.STOCKHOLM).toEpochSecond();
        long end = LocalDateTime.parse("2051-01-01T00:00").atZone(WorkingCalendar.STOCKHOLM).toEpochSecond();
        SplittableRandom random = new SplittableRandom(SEED);
        receivedAt = new Instant[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            receivedAt[i] = Instant.ofEpochSecond(random.nextLong(first, end));
            // Builds every year's table here, so the measurement sees only the steady state.
            calendar.callbackDue(receivedAt[i], CALLBACK_2WD);
        }
    }

    @Benchmark
    public Instant callbackDue() {
        return calendar.callbackDue(receivedAt[next++ & (SAMPLES - 1)], CALLBACK_2WD);
    }
}
