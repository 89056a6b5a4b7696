package se.telefonpolicy.callback.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.quarkus.security.Authenticated;
import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.platform.problem.InvalidFieldException;

/** The working-day calendar behind CALLBACK_2WD, for a PBX greeting or a web form that tells callers when. */
@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CalendarResource {

    private final WorkingCalendar calendar;
    private final int workingDays;

    public CalendarResource(WorkingCalendar calendar,
            @ConfigProperty(name = "telefonpolicy.callback.working-days") int workingDays) {
        this.calendar = calendar;
        this.workingDays = workingDays;
    }

    public record CallbackDue(Instant receivedAt, Instant dueAt) {
    }

    public record ClosedDayView(LocalDate date, String name, String kind) {
    }

    @GET
    @Path("/callback-due")
    @Operation(summary = "When a message left at receivedAt must be called back (CALLBACK_2WD)")
    public CallbackDue callbackDue(
            @Parameter(description = "ISO-8601 instant, e.g. 2026-11-30T09:00:00Z", required = true)
            @QueryParam("receivedAt") String receivedAt) {
        Instant received = parseInstant(receivedAt);
        try {
            return new CallbackDue(received, calendar.callbackDue(received, workingDays));
        } catch (DateTimeException e) {
            throw new InvalidFieldException("receivedAt", e.getMessage());
        }
    }

    @GET
    @Path("/closed-days")
    @Operation(summary = "The weekdays of a year that are not working days: public holidays, eves, local closed days")
    public List<ClosedDayView> closedDays(
            @Parameter(description = "year, " + WorkingCalendar.FIRST_SUPPORTED_YEAR + "–" + WorkingCalendar.LAST_SUPPORTED_YEAR,
                    required = true)
            @QueryParam("year") String year) {
        return calendar.closedDays(parseYear(year)).stream()
                .map(d -> new ClosedDayView(d.date(), d.name(), d.kind().name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static Instant parseInstant(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException("receivedAt", "is required: an ISO-8601 instant such as 2026-11-30T09:00:00Z");
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("receivedAt", "is not an ISO-8601 instant such as 2026-11-30T09:00:00Z");
        }
    }

    private static int parseYear(String value) {
        try {
            int year = Integer.parseInt(value == null ? "" : value.trim());
            if (year >= WorkingCalendar.FIRST_SUPPORTED_YEAR && year <= WorkingCalendar.LAST_SUPPORTED_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // falls through to the one message below
        }
        throw new InvalidFieldException("year", "must be a year from " + WorkingCalendar.FIRST_SUPPORTED_YEAR
                + " to " + WorkingCalendar.LAST_SUPPORTED_YEAR);
    }
}
