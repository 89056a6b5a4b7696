package se.telefonpolicy.contracts.directory;

import java.util.List;

import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.Require;

/**
 * The settings of a service function ("servicefunktion") that SERVICE_DESK_STAFFED checks.
 *
 * @param openingHours    the weekly opening hours, at least one interval
 * @param exceptions      dates with other hours or closed; may be empty
 * @param minimumStaffing people who must be available while open, 1 or more
 */
public record ServiceDesk(
        List<OpeningHours> openingHours,
        List<OpeningException> exceptions,
        Integer minimumStaffing) {

    public ServiceDesk {
        openingHours = Require.list(openingHours, "openingHours");
        if (openingHours.isEmpty()) {
            throw new InvalidEventException("openingHours", "must hold at least one interval");
        }
        exceptions = Require.list(exceptions, "exceptions");
        Require.positive(minimumStaffing, "minimumStaffing");
    }
}
