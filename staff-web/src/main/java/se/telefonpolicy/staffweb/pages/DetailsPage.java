package se.telefonpolicy.staffweb.pages;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import se.telefonpolicy.staffweb.domain.CallerNumber;
import se.telefonpolicy.staffweb.domain.RuleStatus;
import se.telefonpolicy.staffweb.domain.SwedishTime;
import se.telefonpolicy.staffweb.login.SignedInUser;
import se.telefonpolicy.staffweb.services.DirectoryApi;
import se.telefonpolicy.staffweb.services.ServiceRefused;

/**
 * Mina uppgifter: what the directory says about the signed-in employee (GET /api/v1/me), what its three rules make
 * of it, and one button to confirm that it is right (PUT /api/v1/me {confirm: true}), which DIRECTORY_CORRECT asks for
 * regularly. Corrections go through the administrator: this page only confirms.
 */
@Path("/uppgifter")
@RolesAllowed({ SignedInUser.EMPLOYEE, SignedInUser.MANAGER, SignedInUser.SWITCHBOARD })
@Produces(MediaType.TEXT_HTML)
public class DetailsPage {

    static final String CONFIRMED = "Tack! Dina uppgifter är bekräftade.";

    public record Phone(String kind, String number, String tel) {
    }

    public record Person(String name, String title, String unit, String extension, List<Phone> phones, String email,
            List<String> responsibilities, String voicemail, String greeting, String confirmed) {
    }

    /** {@code person} null: not in the directory ({@code missing}) or directory-service could not be asked. */
    public record Details(Person person, List<RuleStatus> rules, boolean missing, String notice, String error) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String page, Details details);

        static native TemplateInstance page$uppgifter(Details details);
    }

    @Inject
    @RestClient
    DirectoryApi directory;

    @Context
    HttpHeaders headers;

    @GET
    public TemplateInstance page(@QueryParam("bekraftad") String confirmed) {
        return Templates.page("uppgifter", details(confirmed == null ? null : CONFIRMED));
    }

    @POST
    @Path("/bekrafta")
    public Response confirm() {
        DirectoryApi.Me me;
        try {
            me = directory.confirm(new DirectoryApi.Confirm(true));
        } catch (ServiceRefused refused) {
            if (refused.status() == 404) {
                return answer(new Details(null, List.of(), true, null, null), false);
            }
            if (refused.status() == 400 || refused.status() == 409) {
                return answer(withError(details(null), "Det gick inte att bekräfta: "
                        + (refused.detail() == null ? "försök igen om en stund" : refused.detail())), false);
            }
            throw refused;
        }
        return answer(view(me, CONFIRMED), true);
    }

    /** htmx gets the refreshed details; a plain form post (no script) the whole page again, by a redirect. */
    private Response answer(Details details, boolean confirmed) {
        if (Htmx.asks(headers)) {
            return Response.ok(Templates.page$uppgifter(details)).build();
        }
        return Response.seeOther(URI.create(confirmed ? "/uppgifter?bekraftad=1" : "/uppgifter")).build();
    }

    private Details details(String notice) {
        DirectoryApi.Me me;
        try {
            me = directory.me();
        } catch (ServiceRefused refused) {
            if (refused.status() == 404) {
                return new Details(null, List.of(), true, null, null);
            }
            throw refused;
        }
        return view(me, notice);
    }

    private Details view(DirectoryApi.Me me, String notice) {
        return new Details(person(me, unitName(me.unitId())), rules(me), false, notice, null);
    }

    private static Details withError(Details d, String error) {
        return new Details(d.person(), d.rules(), d.missing(), null, error);
    }

    /** The unit's name from the directory's units; its id if that list cannot be had (the rest still shows). */
    private String unitName(String unitId) {
        if (unitId == null) {
            return null;
        }
        try {
            return directory.units().stream().filter(u -> unitId.equals(u.id())).map(DirectoryApi.Unit::name)
                    .filter(n -> n != null && !n.isBlank()).findFirst().orElse(unitId);
        } catch (ServiceRefused | ProcessingException e) {
            if (e instanceof ServiceRefused refused && (refused.status() == 401 || refused.status() == 403)) {
                throw refused;
            }
            return unitId;
        }
    }

    static Person person(DirectoryApi.Me me, String unitName) {
        List<Phone> phones = me.phoneNumbers() == null ? List.of() : me.phoneNumbers().stream()
                .map(p -> new Phone(kind(p.kind()), CallerNumber.display(p.number()), CallerNumber.telHref(p.number())))
                .toList();
        String greeting;
        if (me.greeting() == null || me.greeting().recordedAt() == null) {
            greeting = "ingen inspelad";
        } else {
            greeting = "inspelad " + SwedishTime.date(me.greeting().recordedAt())
                    + (me.greeting().lengthSeconds() == null ? "" : ", " + me.greeting().lengthSeconds() + " sekunder");
        }
        return new Person(me.name(), me.title(), unitName, me.extension(), phones, me.email(),
                me.responsibilities() == null ? List.of() : me.responsibilities(),
                me.voicemailEnabled() ? "påslagen" : "inte påslagen", greeting,
                me.verifiedAt() == null ? "aldrig" : "senast bekräftad " + SwedishTime.date(me.verifiedAt()));
    }

    static List<RuleStatus> rules(DirectoryApi.Me me) {
        return RuleStatus.of(me.problems() == null ? List.of() : me.problems().stream()
                .map(f -> new RuleStatus.Problem(f.rule(), f.field(), f.message())).toList());
    }

    static String kind(String kind) {
        if (kind == null) {
            return "Telefon";
        }
        return switch (kind) {
            case "WORK" -> "Arbete";
            case "MOBILE" -> "Mobil";
            default -> "Telefon";
        };
    }
}
