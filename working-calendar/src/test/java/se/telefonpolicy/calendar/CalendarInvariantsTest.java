package se.telefonpolicy.calendar;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invariants over many random instants 2000–2050, checked against the hand-written rules rather than
 * against the calendar itself. The seed is fixed so that a failure can be reproduced.
 */
class CalendarInvariantsTest {

    private static final long SEED = 20_261_130L;
    private static final int SAMPLES = 200_000;
    private static final Instant FIRST = Times.stockholm("2000-01-01T00:00");
    private static final Instant END = Times.stockholm("2051-01-01T00:00");
    private static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 0);

    private final WorkingCalendar calendar = WorkingCalendar.sweden();
    private final Map<Integer, Set<LocalDate>> closedByYear = new HashMap<>();

    private boolean isWorkingDayByHand(LocalDate date) {
        Set<LocalDate> closed = closedByYear.computeIfAbsent(date.getYear(), SwedishRulesByHand::closedDates);
        return !SwedishRulesByHand.isWeekend(date) && !closed.contains(date);
    }

    /** The number of working days d with from &lt; d &le; to. */
    private int workingDaysAfterUpTo(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            count += isWorkingDayByHand(date) ? 1 : 0;
        }
        return count;
    }

    private static Instant[] randomInstants(Random random, int count) {
        Instant[] instants = new Instant[count];
        long span = END.getEpochSecond() - FIRST.getEpochSecond();
        for (int i = 0; i < count; i++) {
            instants[i] = FIRST.plusSeconds((long) (random.nextDouble() * span)).plusNanos(random.nextInt(1_000_000_000));
        }
        return instants;
    }

    @Test
    void supportedDaysAreTheSupportedYearsEveryDayOfThem() {
        assertTrue(WorkingCalendar.supports(LocalDate.of(WorkingCalendar.FIRST_SUPPORTED_YEAR, 1, 1)));
        assertTrue(WorkingCalendar.supports(LocalDate.of(WorkingCalendar.LAST_SUPPORTED_YEAR, 12, 31)));
        assertFalse(WorkingCalendar.supports(LocalDate.of(WorkingCalendar.FIRST_SUPPORTED_YEAR - 1, 12, 31)));
        assertFalse(WorkingCalendar.supports(LocalDate.of(WorkingCalendar.LAST_SUPPORTED_YEAR + 1, 1, 1)));
        assertFalse(WorkingCalendar.supports(LocalDate.MIN));
        assertFalse(WorkingCalendar.supports(LocalDate.MAX));
    }

    @Test
    void twoWorkingDayDueTimesAreAtTheEndOfTheSecondWorkingDayAndNeverGoBack() {
        Instant[] received = randomInstants(new Random(SEED), SAMPLES);
        Arrays.sort(received);
        Instant previousDue = Instant.MIN;
        for (Instant receivedAt : received) {
            Instant due = calendar.callbackDue(receivedAt, 2);
            ZonedDateTime localDue = due.atZone(WorkingCalendar.STOCKHOLM);
            LocalDate receivedDate = LocalDate.ofInstant(receivedAt, WorkingCalendar.STOCKHOLM);

            Instant earlierDue = previousDue;
            Supplier<String> situation = () -> "received " + receivedAt + ", due " + localDue + ", previous due " + earlierDue;
            assertTrue(isWorkingDayByHand(localDue.toLocalDate()), situation);
            assertEquals(END_OF_WORKING_DAY, localDue.toLocalTime(), situation);
            assertEquals(2, workingDaysAfterUpTo(receivedDate, localDue.toLocalDate()), situation);
            assertFalse(due.isBefore(previousDue), situation);
            assertTrue(due.isAfter(receivedAt), situation);
            previousDue = due;
        }
    }

    @Test
    void anyNumberOfWorkingDaysIsCountedExactly() {
        Random random = new Random(SEED + 1);
        for (Instant receivedAt : randomInstants(random, SAMPLES / 2)) {
            int workingDays = 1 + random.nextInt(10);
            LocalDate receivedDate = LocalDate.ofInstant(receivedAt, WorkingCalendar.STOCKHOLM);
            LocalDate dueDate = LocalDate.ofInstant(calendar.callbackDue(receivedAt, workingDays), WorkingCalendar.STOCKHOLM);

            assertEquals(workingDays, workingDaysAfterUpTo(receivedDate, dueDate), () -> receivedAt + " + " + workingDays);
            assertTrue(isWorkingDayByHand(dueDate), dueDate::toString);
            assertEquals(dueDate, calendar.plusWorkingDays(receivedDate, workingDays));
        }
    }

    @Test
    void workingTimeMatchesADayByDaySumAndAddsUp() {
        Random random = new Random(SEED + 2);
        for (Instant from : randomInstants(random, SAMPLES / 4)) {
            Instant middle = from.plusSeconds(random.nextInt(6 * 86_400));
            Instant to = middle.plusSeconds(random.nextInt(6 * 86_400));

            Duration whole = calendar.workingTimeBetween(from, to);
            assertEquals(workingTimeByHand(from, to), whole, () -> from + " to " + to);
            assertEquals(whole, calendar.workingTimeBetween(from, middle).plus(calendar.workingTimeBetween(middle, to)));
        }
    }

    private Duration workingTimeByHand(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        LocalDate last = LocalDate.ofInstant(to, WorkingCalendar.STOCKHOLM);
        for (LocalDate date = LocalDate.ofInstant(from, WorkingCalendar.STOCKHOLM); !date.isAfter(last); date = date.plusDays(1)) {
            if (isWorkingDayByHand(date)) {
                Instant start = ZonedDateTime.of(date, LocalTime.of(8, 0), WorkingCalendar.STOCKHOLM).toInstant();
                Instant end = ZonedDateTime.of(date, END_OF_WORKING_DAY, WorkingCalendar.STOCKHOLM).toInstant();
                Instant overlapStart = from.isAfter(start) ? from : start;
                Instant overlapEnd = to.isBefore(end) ? to : end;
                if (overlapStart.isBefore(overlapEnd)) {
                    total = total.plus(Duration.between(overlapStart, overlapEnd));
                }
            }
        }
        return total;
    }
}
