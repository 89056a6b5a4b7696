package se.telefonpolicy.simulator.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.compliance.RuleId;

/** The generator and the reference, plain Java, over many seeds: what the replay test stands on. */
class FortnightTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.sweden();
    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);
    private static final Instant VERIFIED = Instant.parse("2026-12-01T00:00:00Z");

    static LongStream seeds() {
        return LongStream.range(0, 25).map(i -> 7919L * i + 20261005L);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everySeedGivesAFortnightInEventTimeOrderWithEveryKindOfBreach(long seed) {
        Fortnight f = Fortnight.generate(seed, MONDAY, CALENDAR, VERIFIED);
        assertThat(f.events()).isSortedAccordingTo(Comparator.comparing(DomainEvent::occurredAt));
        assertThat(f.events().get(f.events().size() - 1).occurredAt()).isBefore(f.end());
        assertThat(Reference.breaches(f, CALENDAR, f.end().minusSeconds(120))).extracting(Reference.Breach::rule)
                .contains(RuleId.CALLBACK_2WD, RuleId.DIVERSION_STALE, RuleId.SERVICE_DESK_STAFFED);
        assertThat(Reference.gaps(f, CALENDAR)).allSatisfy(g -> assertThat(g.end()).isAfter(g.start()));
        assertThat(Reference.coverageRatio(f, CALENDAR)).isBetween(0.0, 1.0);
        var callbacks = Reference.callbacks(f, CALENDAR);
        assertThat(callbacks.onTime() + callbacks.late() + callbacks.stillOverdue()).isEqualTo(callbacks.total());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theSameSeedTheSameFortnight(long seed) {
        assertThat(Fortnight.generate(seed, MONDAY, CALENDAR, VERIFIED)).isEqualTo(Fortnight.generate(seed, MONDAY, CALENDAR, VERIFIED));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aBreachIsOnlyWhatTheWatermarkHasPassed(long seed) {
        Fortnight f = Fortnight.generate(seed, MONDAY, CALENDAR, VERIFIED);
        Instant halfway = MONDAY.plusDays(7).atStartOfDay(Fortnight.ZONE).toInstant();
        assertThat(Reference.breaches(f, CALENDAR, halfway)).allSatisfy(b -> assertThat(b.detectedAt()).isBeforeOrEqualTo(halfway));
        assertThat(Reference.breaches(f, CALENDAR, halfway).size())
                .isLessThan(Reference.breaches(f, CALENDAR, f.end()).size());
    }
}
