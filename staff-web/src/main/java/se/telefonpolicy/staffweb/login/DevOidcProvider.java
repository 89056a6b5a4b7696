package se.telefonpolicy.staffweb.login;

import java.math.BigInteger;
import java.net.URI;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.CheckedTemplate;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * The local run's OpenID Connect provider: an authorization page that lists people of the sample municipality
 * (DevLoginPeople) and signs them in with the development key, so that the local run and the browser tests go
 * through the same authorization code flow (quarkus-oidc) as production does against the municipality's provider.
 * Off unless {@code telefonpolicy.dev-login.enabled} (profile {@code dev-login}); never in production: anyone could
 * sign in as anyone.
 */
@Path("/dev-oidc")
@jakarta.inject.Singleton // one instance: the authorization codes it hands out are redeemed at its token route
public class DevOidcProvider {

    private static final Duration CODE_LIFETIME = Duration.ofMinutes(2);

    record Grant(DevLoginPeople.Person person, String clientId, String redirectUri, String nonce, Instant expires) {
    }

    private final Map<String, Grant> codes = new ConcurrentHashMap<>();

    @ConfigProperty(name = "telefonpolicy.dev-login.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "telefonpolicy.dev-login.issuer", defaultValue = "https://telefonpolicy.se/dev")
    String issuer;

    @ConfigProperty(name = "telefonpolicy.dev-login.public-key-location", defaultValue = "dev-jwt/publicKey.pem")
    String publicKeyLocation;

    @ConfigProperty(name = "telefonpolicy.dev-login.token-lifetime", defaultValue = "PT8H")
    Duration tokenLifetime;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(Map<String, List<DevLoginPeople.Person>> people, Map<String, String> params);
    }

    @GET
    @Path("/authorize")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance authorizePage(@QueryParam("client_id") String clientId,
            @QueryParam("redirect_uri") String redirectUri, @QueryParam("state") String state,
            @QueryParam("nonce") String nonce, @QueryParam("scope") String scope,
            @QueryParam("response_type") String responseType) {
        requireEnabled();
        if (clientId == null || redirectUri == null || !"code".equals(responseType)) {
            throw new WebApplicationException(Response.status(400).type(MediaType.TEXT_PLAIN)
                    .entity("client_id, redirect_uri och response_type=code krävs").build());
        }
        Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put("client_id", clientId);
        params.put("redirect_uri", redirectUri);
        params.put("response_type", responseType);
        if (state != null) params.put("state", state);
        if (nonce != null) params.put("nonce", nonce);
        if (scope != null) params.put("scope", scope);
        return Templates.login(DevLoginPeople.byRole(), params);
    }

    @POST
    @Path("/authorize")
    public Response authorize(@FormParam("employee") String employee, @FormParam("client_id") String clientId,
            @FormParam("redirect_uri") String redirectUri, @FormParam("state") String state,
            @FormParam("nonce") String nonce) {
        requireEnabled();
        DevLoginPeople.Person person = DevLoginPeople.byId(employee).orElseThrow(
                () -> new WebApplicationException(Response.status(400).type(MediaType.TEXT_PLAIN)
                        .entity("Okänd person: " + employee).build()));
        codes.values().removeIf(g -> g.expires().isBefore(Instant.now()));
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(person, clientId, redirectUri, nonce, Instant.now().plus(CODE_LIFETIME)));
        UriBuilder back = UriBuilder.fromUri(redirectUri).queryParam("code", code);
        if (state != null) {
            back.queryParam("state", state);
        }
        return Response.seeOther(back.build()).build();
    }

    /**
     * The token endpoint, a Vert.x route rather than a REST resource: quarkus-oidc calls it server to server with a
     * form body and no cookies, which the staff forms' CSRF check (quarkus-rest-csrf, a REST filter) would refuse.
     */
    void tokenRoute(@Observes Router router) {
        router.post("/dev-oidc/token").handler(BodyHandler.create()).handler(ctx -> {
            if (!enabled) {
                ctx.response().setStatusCode(404).end();
                return;
            }
            Map<String, Object> answer = token(ctx.request().getFormAttribute("grant_type"),
                    ctx.request().getFormAttribute("code"), ctx.request().getFormAttribute("redirect_uri"));
            ctx.response().setStatusCode(answer.containsKey("error") ? 400 : 200)
                    .putHeader("Content-Type", MediaType.APPLICATION_JSON).putHeader("Cache-Control", "no-store")
                    .end(io.vertx.core.json.Json.encode(answer));
        });
    }

    Map<String, Object> token(String grantType, String code, String redirectUri) {
        Grant grant = code == null ? null : codes.remove(code);
        if (!"authorization_code".equals(grantType) || grant == null || grant.expires().isBefore(Instant.now())
                || (redirectUri != null && !redirectUri.equals(grant.redirectUri()))) {
            return Map.of("error", "invalid_grant");
        }
        DevLoginPeople.Person p = grant.person();
        long now = Instant.now().getEpochSecond();
        long exp = now + tokenLifetime.toSeconds();
        var access = Jwt.issuer(issuer).subject(p.employeeId()).upn(p.employeeId()).groups(new HashSet<>(p.roles()))
                .claim("employee_id", p.employeeId()).issuedAt(now).expiresAt(exp);
        var id = Jwt.issuer(issuer).subject(p.employeeId()).audience(grant.clientId()).groups(new HashSet<>(p.roles()))
                .claim("employee_id", p.employeeId()).claim("name", p.name()).claim("given_name", p.firstName())
                .claim("family_name", p.lastName()).issuedAt(now).expiresAt(exp);
        if (p.unitId() != null) {
            access.claim("unit_id", p.unitId());
            id.claim("unit_id", p.unitId());
        }
        if (grant.nonce() != null) {
            id.claim("nonce", grant.nonce());
        }
        return Map.of("access_token", access.jws().keyId("dev").sign(), "id_token", id.jws().keyId("dev").sign(),
                "token_type", "Bearer", "expires_in", tokenLifetime.toSeconds());
    }

    @GET
    @Path("/jwks")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> jwks() throws Exception {
        requireEnabled();
        // a file (the local run names test-support's) or a class-path resource (the tests have test-support)
        java.nio.file.Path file = java.nio.file.Path.of(publicKeyLocation);
        RSAPublicKey key = (RSAPublicKey) (java.nio.file.Files.isRegularFile(file)
                ? KeyUtils.decodePublicKey(java.nio.file.Files.readString(file))
                : KeyUtils.readPublicKey(publicKeyLocation));
        return Map.of("keys", List.of(Map.of("kty", "RSA", "use", "sig", "alg", "RS256", "kid", "dev",
                "n", base64Url(key.getModulus()), "e", base64Url(key.getPublicExponent()))));
    }

    /** RP-initiated logout: nothing to forget here (no provider session), so straight back. */
    @GET
    @Path("/logout")
    public Response logout(@QueryParam("post_logout_redirect_uri") String back) {
        requireEnabled();
        return Response.seeOther(URI.create(back == null ? "/utloggad" : back)).build();
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new NotFoundException();
        }
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

}
