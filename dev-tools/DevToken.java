import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;

/**
 * Prints a bearer token for trying the APIs of the LOCAL RUN in Swagger UI, signed with the
 * development key (test-support/src/main/resources/dev-jwt, public on purpose: never trust it in
 * production). Runs with the JDK alone:
 *
 *   java dev-tools/DevToken.java <role[,role]> [employeeId] [unitId]
 *   java dev-tools/DevToken.java admin
 *   java dev-tools/DevToken.java manager,employee emp-anna unit-bygglov
 *
 * The services verify tokens with SmallRye JWT; tests build theirs with smallrye-jwt-build.
 */
public class DevToken {

    static final String ISSUER = "https://telefonpolicy.se/dev";
    static final Path KEY = Path.of("test-support/src/main/resources/dev-jwt/privateKey.pem");

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java dev-tools/DevToken.java <role[,role]> [employeeId] [unitId]");
            System.exit(2);
        }
        String groups = Arrays.stream(args[0].split(",")).map(r -> "\"" + r.trim() + "\"").collect(Collectors.joining(","));
        String employee = args.length > 1 ? args[1] : "dev-" + args[0].split(",")[0];
        String unit = args.length > 2 ? ",\"unit_id\":\"" + args[2] + "\"" : "";
        long now = Instant.now().getEpochSecond();
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + employee + "\",\"upn\":\"" + employee
                + "\",\"employee_id\":\"" + employee + "\",\"groups\":[" + groups + "]" + unit
                + ",\"iat\":" + now + ",\"exp\":" + (now + 12 * 3600) + "}";
        String signingInput = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + b64(claims);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(privateKey());
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        System.out.println(signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign()));
    }

    static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static PrivateKey privateKey() throws Exception {
        String pem = Files.readString(KEY).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }
}
