package se.telefonpolicy.platform.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the bearer token: the employee id (claim {@code employee_id}, else the
 * subject), the unit a manager manages (claim {@code unit_id}) and the roles.
 */
@RequestScoped
public class CurrentUser {

    public static final String EMPLOYEE_ID_CLAIM = "employee_id";
    public static final String UNIT_ID_CLAIM = "unit_id";

    private final JsonWebToken token;

    public CurrentUser(JsonWebToken token) {
        this.token = token;
    }

    public Optional<String> employeeId() {
        String claimed = token.getClaim(EMPLOYEE_ID_CLAIM);
        return Optional.ofNullable(claimed != null ? claimed : token.getSubject());
    }

    public Optional<String> unitId() {
        return Optional.ofNullable(token.getClaim(UNIT_ID_CLAIM));
    }

    public boolean hasRole(String role) {
        return token.getGroups() != null && token.getGroups().contains(role);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    /** True for the employee themself. */
    public boolean is(String employeeId) {
        return employeeId != null && employeeId().map(employeeId::equals).orElse(false);
    }
}
