package se.telefonpolicy.compliance.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.telefonpolicy.compliance.domain.ReportFigures;

/**
 * A unit's report for a period of whole local days, {@code from} to {@code to} inclusive, Europe/Stockholm.
 *
 * @param units   the units counted: the unit, and with subunits its whole subtree
 * @param asOf    the figures are as of this instant (the end of the period, or now if that is earlier)
 */
public record UnitReport(String unitId, String unitName, boolean subunits, List<String> units, LocalDate from,
        LocalDate to, String timeZone, Instant asOf, ReportFigures figures) {
}
