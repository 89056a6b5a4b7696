package se.telefonpolicy.directory.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** PostgreSQL keeps microseconds: a time cut to them is the same in the row, the event and the response. */
public final class Instants {

    private Instants() {
    }

    public static Instant now(Clock clock) {
        return micros(clock.instant());
    }

    public static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }
}
