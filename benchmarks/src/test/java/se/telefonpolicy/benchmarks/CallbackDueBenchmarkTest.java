package se.telefonpolicy.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.calendar.WorkingCalendar;

/** The benchmark must measure the real thing: every call returns a proper CALLBACK_2WD due time. */
class CallbackDueBenchmarkTest {

    @Test
    void everyMeasuredCallGivesAWorkingDayAtFive() {
        CallbackDueBenchmark benchmark = new CallbackDueBenchmark();
        benchmark.setUp();
        for (int i = 0; i < 10_000; i++) {
            Instant due = benchmark.callbackDue();
            var local = due.atZone(WorkingCalendar.STOCKHOLM);
            assertThat(WorkingCalendar.sweden().isWorkingDay(local.toLocalDate())).isTrue();
            assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(17, 0));
            assertThat(local.getYear()).isBetween(2000, 2051);
        }
    }
}
