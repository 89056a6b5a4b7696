package se.telefonpolicy.staffweb.pages;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import se.telefonpolicy.staffweb.services.ServiceRefused;

/**
 * Errors as pages in Swedish, never a stack trace: a page the role does not open (or a service's 403: a unit outside
 * one's scope) is "Ingen åtkomst"; a service that refuses the token is a new login; a service that is down says so.
 * To htmx, the same text goes into the page's message area (HX-Retarget) instead of replacing the part asked for.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance fel(String page, String heading, String text);

        static native TemplateInstance fel$meddelande(String text);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        return page(headers, 403, "Ingen åtkomst",
                "Den här sidan är inte för din roll. Fråga din chef eller telefoniadministratören om du behöver den.");
    }

    @ServerExceptionMapper
    public Response refused(ServiceRefused e, HttpHeaders headers) {
        return switch (e.status()) {
            case 403 -> page(headers, 403, "Ingen åtkomst",
                    "Du har inte behörighet att se detta. En chef ser sin egen enhet och enheterna under den.");
            case 404 -> page(headers, 404, "Hittades inte", e.detail() == null
                    ? "Det du letade efter finns inte (längre)." : "Det du letade efter finns inte: " + e.detail());
            case 401 -> page(headers, 401, "Logga in igen",
                    "Din inloggning godtogs inte av " + e.service() + ". Logga ut och logga in igen.");
            default -> {
                LOG.warnf("%s", e.getMessage());
                yield page(headers, 502, "Tjänsten svarar inte",
                        "En del av Min telefoni (" + e.service() + ") svarar inte just nu. Försök igen om en stund.");
            }
        };
    }

    @ServerExceptionMapper
    public Response notFound(jakarta.ws.rs.NotFoundException e, HttpHeaders headers) {
        return page(headers, 404, "Sidan finns inte", "Adressen leder ingenstans. Börja om från startsidan.");
    }

    @ServerExceptionMapper
    public Response unreachable(jakarta.ws.rs.ProcessingException e, HttpHeaders headers) {
        LOG.warnf("A service could not be reached: %s", e.getMessage());
        return page(headers, 502, "Tjänsten svarar inte",
                "En del av Min telefoni kan inte nås just nu. Försök igen om en stund.");
    }

    private static Response page(HttpHeaders headers, int status, String heading, String text) {
        if (Htmx.asks(headers)) {
            // htmx swaps error answers too (min-telefoni.js): into the message area, the rest of the page stays
            return Response.status(status).type(MediaType.TEXT_HTML).header("HX-Retarget", "#sidmeddelande")
                    .header("HX-Reswap", "innerHTML").entity(Templates.fel$meddelande(heading + ": " + text).render())
                    .build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML).entity(Templates.fel("fel", heading, text).render())
                .build();
    }
}
