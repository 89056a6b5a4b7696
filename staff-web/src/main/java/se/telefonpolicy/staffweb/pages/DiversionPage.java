package se.telefonpolicy.staffweb.pages;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.availability.PresenceStatus;
import se.telefonpolicy.staffweb.domain.PresenceLine;
import se.telefonpolicy.staffweb.domain.QuickDiversion;
import se.telefonpolicy.staffweb.domain.StatusWords;
import se.telefonpolicy.staffweb.domain.SwedishTime;
import se.telefonpolicy.staffweb.login.SignedInUser;
import se.telefonpolicy.staffweb.services.AvailabilityApi;
import se.telefonpolicy.staffweb.services.ServiceRefused;

/**
 * Min hänvisning: one's own status, return time and message, set in two clicks (a common choice, then "Spara"),
 * and what a caller hears now. A PUT to availability-service with the person's own token; the service refuses a
 * return time in the past or more than a year ahead, and that refusal is shown on the form, which is kept.
 */
@Path("/hanvisning")
@RolesAllowed({ SignedInUser.EMPLOYEE, SignedInUser.MANAGER, SignedInUser.SWITCHBOARD })
@Produces(MediaType.TEXT_HTML)
public class DiversionPage {

    static final String OTHER = "OTHER";
    static final int MESSAGE_MAX = 500;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /** The current diversion; registered false when the service knows no status for the person yet. */
    public record Current(boolean registered, PresenceLine presence, String callerHears) {
    }

    /** The status area: what the POST answers with. */
    public record Status(Current current, String notice, String error) {
    }

    public record Choice(String value, String label, String hint, boolean checked) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    /** The form as filled in (kept after a refusal) or as offered. */
    public record Entry(List<Choice> choices, String tid, List<Option> statuses, String tillbaka, String meddelande,
            boolean otherChosen) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String page, Status status, Entry entry);

        static native TemplateInstance page$nuvarande(Status status);
    }

    @Inject
    @RestClient
    AvailabilityApi availability;

    @Inject
    SignedInUser user;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Clock clock;

    @ConfigProperty(name = "telefonpolicy.staff-web.usual-start")
    LocalTime usualStart;

    @Context
    HttpHeaders headers;

    @GET
    public TemplateInstance page() {
        return Templates.page("hanvisning", status(null, null), offered());
    }

    @GET
    @Path("/nuvarande")
    public TemplateInstance statusOnly() {
        return Templates.page$nuvarande(status(null, null));
    }

    @POST
    public Response save(@FormParam("val") String val, @FormParam("tid") String tid,
            @FormParam("meddelande") String message, @FormParam("status") String status,
            @FormParam("tillbaka") String back) {
        // a status chosen under "Annan frånvaro" without its radio button still means that
        String choice = blank(val) && !blank(status) ? OTHER : val;
        Entry entered = entry(choice, tid, message, status, back);
        String text = blank(message) ? null : message.strip();
        if (text != null && text.length() > MESSAGE_MAX) {
            return refused(entered, "Meddelandet får vara högst " + MESSAGE_MAX + " tecken.");
        }
        AvailabilityApi.StatusRequest request;
        Instant now = clock.instant();
        if (OTHER.equals(choice)) {
            PresenceStatus other = otherStatus(status);
            if (other == null) {
                return refused(entered, "Välj vilken frånvaro det gäller.");
            }
            Instant returnsAt;
            try {
                returnsAt = LocalDateTime.parse(back).atZone(SwedishTime.ZONE).toInstant();
            } catch (DateTimeParseException | NullPointerException e) {
                return refused(entered, "Ange dag och tid när du är tillbaka, till exempel 2026-12-28 08:00.");
            }
            request = new AvailabilityApi.StatusRequest(other, returnsAt, text, null);
        } else {
            QuickDiversion quick = quick(choice);
            if (quick == null) {
                return refused(entered, "Välj en hänvisning.");
            }
            LocalTime until = null;
            if (quick.asksForTime()) {
                try {
                    until = LocalTime.parse(tid == null ? "" : tid.strip());
                } catch (DateTimeParseException e) {
                    return refused(entered, "Ange en tid för " + (quick == QuickDiversion.LUNCH ? "lunchen" : "mötet")
                            + ", till exempel 12:30.");
                }
            }
            request = new AvailabilityApi.StatusRequest(quick.status(),
                    quick.returnsAt(until, usualStart, calendar, now).orElse(null), text, null);
        }
        try {
            availability.setMyStatus(request);
        } catch (ServiceRefused e) {
            if (e.status() == 400 || e.status() == 409) {
                return refused(entered, "Det gick inte att spara: " + (e.detail() == null ? "felaktiga uppgifter"
                        : e.detail().replaceFirst("^returnsAt: ", "")));
            }
            throw e;
        }
        if (Htmx.asks(headers)) {
            return Response.ok(Templates.page$nuvarande(status("Hänvisningen är sparad.", null))).build();
        }
        return Response.seeOther(URI.create("/hanvisning")).build();
    }

    /** htmx gets the status area with the error (its form stays as it is); a plain post the page, form refilled. */
    private Response refused(Entry entered, String error) {
        if (Htmx.asks(headers)) {
            return Response.ok(Templates.page$nuvarande(status(null, error))).build();
        }
        return Response.ok(Templates.page("hanvisning", status(null, error), entered)).build();
    }

    Status status(String notice, String error) {
        Instant now = clock.instant();
        AvailabilityApi.Presence p;
        try {
            p = availability.presence(user.employeeId());
        } catch (ServiceRefused e) {
            if (e.status() != 404) {
                throw e;
            }
            return new Status(new Current(false, PresenceLine.unknown(),
                    StatusWords.callerHears(user.name(), null, null, null, null, now)), notice, error);
        }
        return new Status(new Current(true, PresenceLine.of(p.status(), p.since(), p.returnAt(), p.message(), now),
                StatusWords.callerHears(user.name(), p.status(), p.returnAt(), p.message(),
                        p.divertTarget() == null ? null : p.divertTarget().kind(), now)), notice, error);
    }

    /** The form as first shown: nothing chosen, the next half hour for lunch or a meeting. */
    Entry offered() {
        Instant now = clock.instant();
        return entry(null, QuickDiversion.suggestedTime(now).format(CLOCK), null, null, null);
    }

    private Entry entry(String choice, String tid, String message, String status, String back) {
        Instant now = clock.instant();
        List<Choice> choices = Arrays.stream(QuickDiversion.values())
                .map(q -> new Choice(q.name(), q == QuickDiversion.GONE_FOR_THE_DAY
                        ? q.label() + " " + usualStart.format(CLOCK) : q.label(), hint(q, now), q.name().equals(choice)))
                .toList();
        List<Option> statuses = Arrays.stream(PresenceStatus.values()).filter(PresenceStatus::requiresReturnTime)
                .map(s -> new Option(s.name(), StatusWords.title(s), s.name().equals(status))).toList();
        String defaultBack = SwedishTime.local(
                QuickDiversion.GONE_FOR_THE_DAY.returnsAt(null, usualStart, calendar, now).orElseThrow());
        return new Entry(choices, tid, statuses, blank(back) ? defaultBack : back, message, OTHER.equals(choice));
    }

    /** When "gone for the day" brings one back, in words: "måndag 08:00" on a Friday. */
    private String hint(QuickDiversion q, Instant now) {
        return q == QuickDiversion.GONE_FOR_THE_DAY
                ? SwedishTime.words(q.returnsAt(null, usualStart, calendar, now).orElseThrow(), now) : null;
    }

    private static QuickDiversion quick(String value) {
        return Arrays.stream(QuickDiversion.values()).filter(q -> q.name().equals(value)).findFirst().orElse(null);
    }

    private static PresenceStatus otherStatus(String value) {
        return Arrays.stream(PresenceStatus.values()).filter(PresenceStatus::requiresReturnTime)
                .filter(s -> s.name().equals(value)).findFirst().orElse(null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
