package se.telefonpolicy.staffweb.pages;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import se.telefonpolicy.staffweb.domain.CallerNumber;
import se.telefonpolicy.staffweb.domain.PresenceLine;
import se.telefonpolicy.staffweb.domain.SwitchboardWords;
import se.telefonpolicy.staffweb.login.SignedInUser;
import se.telefonpolicy.staffweb.services.AvailabilityApi;
import se.telefonpolicy.staffweb.services.DirectoryApi;
import se.telefonpolicy.staffweb.services.ServiceRefused;

/**
 * Växeln: find the right officer (directory-service's search, RIGHT_OFFICER) and see whether they can answer, or
 * a unit's members, who can answer now and when the others are back. Both parts poll every 5 s; a poll that
 * finds nothing changed is answered 204, so htmx swaps nothing and a screen reader hears only real changes.
 */
@Path("/vaxeln")
@RolesAllowed({ SignedInUser.SWITCHBOARD, SignedInUser.ADMIN })
@Produces(MediaType.TEXT_HTML)
public class SwitchboardPage {

    static final int LIMIT = 20;

    /** An employee hit (employeeId set) or a unit hit (employeeId null, unitId the link's). */
    public record Hit(String employeeId, String name, String title, String unitId, String unitName, String phone,
            String tel, String extension, PresenceLine presence) {

        public boolean employee() {
            return employeeId != null;
        }
    }

    /** @param q the query as typed; null when nothing is searched for yet */
    public record Results(String q, List<Hit> hits, String count, String error) {

        /** What the 5 s poll sends back: the same version means nothing to swap. */
        public String version() {
            return Integer.toHexString(toString().hashCode());
        }
    }

    public record Member(String employeeId, String name, String title, String extension, String tel,
            PresenceLine presence) {
    }

    /** @param active false when the unit has no active members (availability-service's 404) */
    public record UnitView(String unitId, boolean active, List<Member> canAnswer, List<Member> others,
            String canAnswerCount) {

        public String version() {
            return Integer.toHexString(toString().hashCode());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String page, Results results, UnitView unit, String unitName);

        static native TemplateInstance page$traffar(Results results);

        static native TemplateInstance page$enhet(UnitView unit);
    }

    @Inject
    @RestClient
    DirectoryApi directory;

    @Inject
    @RestClient
    AvailabilityApi availability;

    @Inject
    Clock clock;

    /** The page; {@code ?q=} and {@code ?enhet=} work without script too (a plain GET form, a plain link). */
    @GET
    public TemplateInstance page(@QueryParam("q") String q, @QueryParam("enhet") String unitId) {
        UnitView unit = blank(unitId) ? null : unit(unitId.strip());
        return Templates.page("vaxeln", results(q), unit, unit == null ? null : unitName(unit.unitId()));
    }

    @GET
    @Path("/sok")
    public Response search(@QueryParam("q") String q, @QueryParam("sedan") String since) {
        Results results = results(q);
        return unchanged(since, results.version()) ? Response.noContent().build()
                : Response.ok(Templates.page$traffar(results)).build();
    }

    @GET
    @Path("/enhet/{id}")
    public Response unitOnly(@PathParam("id") String unitId, @QueryParam("sedan") String since) {
        UnitView unit = unit(unitId);
        return unchanged(since, unit.version()) ? Response.noContent().build()
                : Response.ok(Templates.page$enhet(unit)).build();
    }

    Results results(String q) {
        if (blank(q)) {
            return new Results(null, List.of(), null, null);
        }
        String query = q.strip();
        List<DirectoryApi.SearchHit> found;
        try {
            found = directory.search(query, LIMIT);
        } catch (ServiceRefused e) {
            if (e.status() != 400) {
                throw e;
            }
            // the directory's 400 is for a query without words; its text is not for the switchboard
            return new Results(query, List.of(), SwitchboardWords.hits(0),
                    "Skriv ett namn, en enhet eller ett ansvarsområde att söka på.");
        }
        Instant now = clock.instant();
        List<Hit> hits = found.stream().map(h -> hit(h, now)).toList();
        return new Results(query, hits, SwitchboardWords.hits(hits.size()), null);
    }

    private Hit hit(DirectoryApi.SearchHit h, Instant now) {
        if (!h.employee()) {
            return new Hit(null, h.name(), null, h.id(), null, phone(h.phoneNumber()),
                    CallerNumber.telHref(h.phoneNumber()), null, null);
        }
        return new Hit(h.id(), h.name(), h.title(), h.unitId(), h.unitName(), phone(h.phoneNumber()),
                CallerNumber.telHref(h.phoneNumber()), h.extension(), presence(h.id(), now));
    }

    // one call per hit: availability-service has no presence of several people at once
    private PresenceLine presence(String employeeId, Instant now) {
        try {
            AvailabilityApi.Presence p = availability.presence(employeeId);
            return PresenceLine.of(p.status(), p.since(), p.returnAt(), p.message(), now);
        } catch (ServiceRefused e) {
            if (e.status() == 404) {
                return PresenceLine.unknown();
            }
            throw e;
        }
    }

    UnitView unit(String unitId) {
        AvailabilityApi.UnitAvailability a;
        try {
            a = availability.unitAvailability(unitId);
        } catch (ServiceRefused e) {
            if (e.status() == 404) {
                return new UnitView(unitId, false, List.of(), List.of(), SwitchboardWords.people(0));
            }
            throw e;
        }
        Instant now = clock.instant();
        List<Member> canAnswer = a.canAnswer() == null ? List.of() : a.canAnswer().stream().map(m -> member(m, now)).toList();
        List<Member> others = a.others() == null ? List.of() : a.others().stream().map(m -> member(m, now)).toList();
        return new UnitView(unitId, true, canAnswer, others, SwitchboardWords.people(canAnswer.size()));
    }

    private static Member member(AvailabilityApi.Member m, Instant now) {
        return new Member(m.employeeId(), m.name(), m.title(), m.extension(), CallerNumber.telHref(m.extension()),
                PresenceLine.of(m.status(), m.since(), m.returnAt(), m.message(), now).overdue(m.returnOverdue()));
    }

    /** The heading's name from the directory; the unit's id if the directory does not know it. */
    private String unitName(String unitId) {
        try {
            return directory.unit(unitId).name();
        } catch (ServiceRefused e) {
            if (e.status() == 404) {
                return unitId;
            }
            throw e;
        }
    }

    private static String phone(String e164) {
        return e164 == null || e164.isBlank() ? null : CallerNumber.display(e164);
    }

    private static boolean unchanged(String since, String version) {
        return since != null && since.equals(version);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
