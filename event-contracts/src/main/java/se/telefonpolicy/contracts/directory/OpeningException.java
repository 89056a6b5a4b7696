package se.telefonpolicy.contracts.directory;

import java.time.LocalDate;
import java.time.LocalTime;

import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.Require;

/**
 * A date whose opening hours differ from the week's: closed (no times) or open between two local
 * times, e.g. a klämdag or a late opening before an election.
 *
 * @param date   the local date
 * @param opens  local time; with closes, or both left out for closed
 * @param closes local time, after opens
 */
public record OpeningException(LocalDate date, LocalTime opens, LocalTime closes) {

    public OpeningException {
        Require.value(date, "date");
        if ((opens == null) != (closes == null)) {
            throw new InvalidEventException(opens == null ? "opens" : "closes",
                    "is required with the other time; leave both out for a closed day");
        }
        if (opens != null && !opens.isBefore(closes)) {
            throw new InvalidEventException("closes", "must be after opens");
        }
    }

    public boolean closed() {
        return opens == null;
    }
}
