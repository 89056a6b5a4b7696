package se.telefonpolicy.staffweb.login;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is signed in, from the provider's tokens: roles from the access token's {@code groups} (the claim the APIs
 * read, {@code quarkus.oidc.roles}), the employee and a manager's unit from {@code employee_id} and {@code unit_id}.
 */
@RequestScoped
@jakarta.inject.Named("user")
public class SignedInUser {

    public static final String EMPLOYEE = "employee";
    public static final String MANAGER = "manager";
    public static final String SWITCHBOARD = "switchboard";
    public static final String ADMIN = "admin";

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    /** false on the open pages (logged out, a missing page asked for without a session): no name, no menu */
    public boolean signedIn() {
        return !identity.isAnonymous() && idToken != null && idToken.getRawToken() != null;
    }

    public String employeeId() {
        String id = idToken.getClaim("employee_id");
        return id != null ? id : idToken.getSubject();
    }

    public String unitId() {
        return idToken.getClaim("unit_id");
    }

    public String name() {
        String name = idToken.getClaim("name");
        if (name == null) {
            String given = idToken.getClaim("given_name");
            String family = idToken.getClaim("family_name");
            name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).trim();
        }
        return name.isEmpty() ? employeeId() : name;
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    public boolean manager() {
        return is(MANAGER) || is(ADMIN);
    }

    public boolean switchboard() {
        return is(SWITCHBOARD);
    }

    /** The roles in Swedish, for "Inloggad som …". */
    public String roleNames() {
        StringBuilder s = new StringBuilder();
        if (is(MANAGER)) s.append("chef");
        if (is(SWITCHBOARD)) s.append(s.isEmpty() ? "" : ", ").append("växeln");
        if (is(ADMIN)) s.append(s.isEmpty() ? "" : ", ").append("administratör");
        if (s.isEmpty() && is(EMPLOYEE)) s.append("handläggare");
        return s.toString();
    }
}
