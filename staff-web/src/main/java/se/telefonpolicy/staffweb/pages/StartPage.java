package se.telefonpolicy.staffweb.pages;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import se.telefonpolicy.staffweb.login.SignedInUser;

/**
 * The start page after login: who is signed in and the pages for their roles. It asks no service, so a new
 * provider can be checked with it alone (the login test against Keycloak).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StartPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(String page);

        static native TemplateInstance utloggad();
    }

    @Inject
    SignedInUser user;

    @GET
    @Authenticated
    public TemplateInstance start() {
        return Templates.start("start");
    }

    /** Where the provider sends one back after logging out; open to all. */
    @GET
    @Path("/utloggad")
    @PermitAll
    public TemplateInstance loggedOut() {
        return Templates.utloggad();
    }
}
