package se.telefonpolicy.availability.domain;

import java.time.LocalDate;

/** One local day (Europe/Stockholm) of a service desk: open seconds and the part of them staffed to the minimum. */
public record DayCoverage(LocalDate day, long openSeconds, long coveredSeconds) {

    /** covered / open; null when the desk was not open that day (a closed day has no ratio). */
    public Double ratio() {
        return openSeconds == 0 ? null : (double) coveredSeconds / openSeconds;
    }

    DayCoverage plus(long open, long covered) {
        return new DayCoverage(day, openSeconds + open, coveredSeconds + covered);
    }
}
