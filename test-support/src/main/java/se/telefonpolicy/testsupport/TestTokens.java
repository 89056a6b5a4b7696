package se.telefonpolicy.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.security.PrivateKey;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Bearer tokens for tests, signed with the development key (dev-jwt/privateKey.pem), as the
 * municipality's OIDC provider would issue them: roles in {@code groups}, the employee in
 * {@code employee_id}, a manager's unit in {@code unit_id}.
 */
public final class TestTokens {

    public static final String ISSUER = "https://telefonpolicy.se/dev";
    private static final PrivateKey DEV_KEY = readDevKey();

    private TestTokens() {
    }

    public static String admin() {
        return token("admin-1", null, Set.of("admin"));
    }

    public static String employee(String employeeId) {
        return token(employeeId, null, Set.of("employee"));
    }

    public static String manager(String employeeId, String unitId) {
        return token(employeeId, unitId, Set.of("manager", "employee"));
    }

    public static String switchboard(String employeeId) {
        return token(employeeId, null, Set.of("switchboard", "employee"));
    }

    public static String pbx() {
        return token("pbx-connector", null, Set.of("pbx"));
    }

    public static String token(String employeeId, String unitId, Set<String> roles) {
        return claims(employeeId, unitId, roles).expiresIn(Duration.ofHours(1)).sign(DEV_KEY);
    }

    /** A token that expired a minute ago. */
    public static String expired(String employeeId, Set<String> roles) {
        Instant issued = Instant.now().minus(Duration.ofHours(2));
        return claims(employeeId, null, roles).issuedAt(issued).expiresAt(Instant.now().minusSeconds(60)).sign(DEV_KEY);
    }

    /** A well-formed token signed with a key nobody trusts. */
    public static String forged(String employeeId, Set<String> roles) {
        try {
            var generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims(employeeId, null, roles).expiresIn(Duration.ofHours(1)).sign(generator.generateKeyPair().getPrivate());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey readDevKey() {
        try {
            return KeyUtils.readPrivateKey("dev-jwt/privateKey.pem");
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the development signing key dev-jwt/privateKey.pem", e);
        }
    }

    private static JwtClaimsBuilder claims(String employeeId, String unitId, Set<String> roles) {
        JwtClaimsBuilder builder = Jwt.issuer(ISSUER).subject(employeeId).upn(employeeId).groups(roles)
                .claim("employee_id", employeeId);
        return unitId == null ? builder : builder.claim("unit_id", unitId);
    }
}
