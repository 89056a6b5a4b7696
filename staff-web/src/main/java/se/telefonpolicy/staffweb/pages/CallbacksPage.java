package se.telefonpolicy.staffweb.pages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import se.telefonpolicy.contracts.callback.CallbackOrigin;
import se.telefonpolicy.contracts.callback.CallbackOutcome;
import se.telefonpolicy.staffweb.domain.CallerNumber;
import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.staffweb.domain.DueTime;
import se.telefonpolicy.staffweb.domain.PromiseTime;
import se.telefonpolicy.staffweb.domain.SwedishTime;
import se.telefonpolicy.staffweb.login.SignedInUser;
import se.telefonpolicy.staffweb.services.CallbackApi;
import se.telefonpolicy.staffweb.services.ServiceRefused;

/**
 * Mina återuppringningar: the officer's callbacks to make (no attempt yet), those called but not closed, and those
 * closed in the last 14 days. Register an attempt, a promise with a time, or mark done; each a POST to
 * callback-service with the officer's own token, answered with the refreshed list.
 */
@Path("/aterringningar")
@RolesAllowed({ SignedInUser.EMPLOYEE, SignedInUser.MANAGER, SignedInUser.ADMIN })
@Produces(MediaType.TEXT_HTML)
public class CallbacksPage {

    static final Duration COMPLETED_SHOWN = Duration.ofDays(14);

    /** One task as the list shows it. */
    public record Row(UUID id, String caller, String tel, String origin, String received, DueTime due, int messages,
            String attempted, String completed, String outcome, String promiseDefault) {
    }

    public record Lists(List<Row> toCall, List<Row> called, List<Row> completed, String notice, String error) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String page, Lists lists);

        static native TemplateInstance page$listor(Lists lists);
    }

    @Inject
    @RestClient
    CallbackApi callbacks;

    @Inject
    Clock clock;

    @Inject
    WorkingCalendar calendar;

    @Context
    HttpHeaders headers;

    @GET
    public TemplateInstance page() {
        return Templates.page("aterringningar", lists(null, null));
    }

    @GET
    @Path("/listor")
    public TemplateInstance listsOnly() {
        return Templates.page$listor(lists(null, null));
    }

    @POST
    @Path("/{id}/forsok")
    public Response attempt(@PathParam("id") UUID id) {
        return act(() -> callbacks.registerAttempt(id, new CallbackApi.Attempt(null)),
                "Försöket är registrerat. Markera uppgiften som klar när ärendet är avslutat.");
    }

    @POST
    @Path("/{id}/lofte")
    public Response promise(@PathParam("id") UUID id, @FormParam("tid") String time) {
        Instant dueAt;
        try {
            dueAt = LocalDateTime.parse(time).atZone(SwedishTime.ZONE).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            return answer(lists(null, "Ange dag och tid för löftet, till exempel 2026-12-08 10:00."));
        }
        return act(() -> {
            CallbackApi.Task task = callbacks.task(id);
            callbacks.promise(new CallbackApi.Promise(task.callerNumber(), dueAt, null, id.toString()));
        }, "Löftet är registrerat: ring tillbaka senast " + SwedishTime.words(dueAt, clock.instant()) + ".");
    }

    @POST
    @Path("/{id}/klar")
    public Response complete(@PathParam("id") UUID id, @FormParam("utfall") String outcome) {
        CallbackOutcome value;
        try {
            value = CallbackOutcome.valueOf(outcome);
        } catch (IllegalArgumentException | NullPointerException e) {
            return answer(lists(null, "Välj hur ärendet slutade."));
        }
        return act(() -> callbacks.complete(id, new CallbackApi.Completion(value)), "Uppgiften är klar.");
    }

    private Response act(Runnable call, String done) {
        try {
            call.run();
        } catch (ServiceRefused refused) {
            if (refused.status() == 400 || refused.status() == 409) {
                return answer(lists(null, "Det gick inte: " + (refused.detail() == null ? "felaktiga uppgifter"
                        : refused.detail())));
            }
            throw refused;
        }
        return answer(lists(done, null));
    }

    /** htmx gets the lists; a plain form post (no script) the whole page again, by a redirect. */
    private Response answer(Lists lists) {
        if (Htmx.asks(headers)) {
            return Response.ok(Templates.page$listor(lists)).build();
        }
        return Response.seeOther(java.net.URI.create("/aterringningar")).build();
    }

    Lists lists(String notice, String error) {
        Instant now = clock.instant();
        String promiseTime = SwedishTime.local(PromiseTime.suggested(now, calendar));
        List<CallbackApi.Task> open = callbacks.myTasks("OPEN");
        List<CallbackApi.Task> closed = callbacks.myTasks("COMPLETED");
        Comparator<CallbackApi.Task> byDue = Comparator.comparing(CallbackApi.Task::dueAt);
        return new Lists(
                open.stream().filter(t -> t.firstAttemptAt() == null).sorted(byDue)
                        .map(t -> row(t, now, promiseTime)).toList(),
                open.stream().filter(t -> t.firstAttemptAt() != null).sorted(byDue)
                        .map(t -> row(t, now, promiseTime)).toList(),
                closed.stream().filter(t -> t.completedAt() != null && t.completedAt().isAfter(now.minus(COMPLETED_SHOWN)))
                        .sorted(Comparator.comparing(CallbackApi.Task::completedAt).reversed())
                        .map(t -> row(t, now, promiseTime)).toList(),
                notice, error);
    }

    static Row row(CallbackApi.Task t, Instant now, String promiseDefault) {
        return new Row(t.id(), CallerNumber.display(t.callerNumber()), CallerNumber.telHref(t.callerNumber()),
                origin(t.origin()), SwedishTime.words(t.receivedAt(), now), DueTime.of(t.dueAt(), now), t.messageCount(),
                t.firstAttemptAt() == null ? null : SwedishTime.words(t.firstAttemptAt(), now),
                t.completedAt() == null ? null : SwedishTime.words(t.completedAt(), now), outcome(t.outcome()),
                promiseDefault);
    }

    static String origin(CallbackOrigin origin) {
        if (origin == null) {
            return "";
        }
        return switch (origin) {
            case VOICEMAIL -> "Röstmeddelande";
            case PROMISE -> "Utlovad återuppringning";
            case MISSED_CALL -> "Missat samtal";
        };
    }

    static String outcome(CallbackOutcome outcome) {
        if (outcome == null) {
            return null;
        }
        return switch (outcome) {
            case REACHED -> "nådde den som ringde";
            case LEFT_MESSAGE -> "lämnade meddelande";
            case NOT_NEEDED -> "behövdes inte";
            case WRONG_NUMBER -> "fel nummer";
        };
    }
}
