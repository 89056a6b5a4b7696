package se.telefonpolicy.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The repository's files as the checks read them. */
final class Repo {

    /** The services: each with its own database and on Kafka. */
    static final List<String> SERVICES = List.of("directory-service", "availability-service", "callback-service",
            "compliance-service", "pbx-connector");
    /**
     * The staff pages: deployed like a service (same image recipe, probes) but the exception to every
     * database and Kafka check: it owns no data and only calls the four services' APIs.
     */
    static final String STAFF_WEB = "staff-web";
    /** Everything built from our own jars into an image: the services and the staff pages. */
    static final List<String> APPLICATIONS = List.of("directory-service", "availability-service", "callback-service",
            "compliance-service", "pbx-connector", STAFF_WEB);
    /** The services staff-web calls, each by its TELEFONPOLICY_&lt;NAME&gt;_URL. */
    static final List<String> STAFF_WEB_CALLS = List.of("directory-service", "availability-service",
            "callback-service", "compliance-service");
    /**
     * What staff-web needs in production (its contract): the four services' base URLs and the login at the
     * municipality's OIDC provider. Grafana's URL has a default.
     */
    static final List<String> STAFF_WEB_VARIABLES = List.of("TELEFONPOLICY_DIRECTORY_URL",
            "TELEFONPOLICY_AVAILABILITY_URL", "TELEFONPOLICY_CALLBACK_URL", "TELEFONPOLICY_COMPLIANCE_URL",
            "TELEFONPOLICY_OIDC_ISSUER", "TELEFONPOLICY_OIDC_CLIENT_ID", "TELEFONPOLICY_OIDC_CLIENT_SECRET",
            "TELEFONPOLICY_OIDC_SESSION_SECRET");
    /** Connection settings every deployment must give, even where a local default exists. */
    static final List<String> CONNECTION_VARIABLES = List.of("KAFKA_BOOTSTRAP_SERVERS", "TELEFONPOLICY_DB_URL",
            "TELEFONPOLICY_DB_USER", "TELEFONPOLICY_DB_PASSWORD");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

    private Repo() {
    }

    static Path root() {
        return Path.of(System.getProperty("telefonpolicy.repo.dir", "..")).toAbsolutePath().normalize();
    }

    static Path file(String relative) {
        return root().resolve(relative);
    }

    static String read(String relative) {
        try {
            return Files.readString(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All YAML documents of a file, anchors and merge keys resolved. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> yamlDocuments(String relative) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : new Yaml(options).loadAll(read(relative))) {
            if (doc != null) {
                docs.add((Map<String, Object>) doc);
            }
        }
        return docs;
    }

    /**
     * The environment variables a service reads with no default (`${NAME}`): it does not start
     * without them in production. Its own application.properties and the platform's shared config.
     */
    static List<String> requiredVariables(String service) {
        if (service.equals(STAFF_WEB)) {
            return staffWebVariables();
        }
        List<String> required = new ArrayList<>(CONNECTION_VARIABLES);
        String config = read(service + "/src/main/resources/application.properties") + "\n"
                + read("platform/src/main/resources/META-INF/microprofile-config.properties");
        addRequired(required, config);
        return required;
    }

    /**
     * staff-web's: its contract's variables (no database, no Kafka), and those its application.properties
     * reads with no default once the module is in this tree (it is written beside these files).
     */
    private static List<String> staffWebVariables() {
        List<String> required = new ArrayList<>(STAFF_WEB_VARIABLES);
        Path config = file(STAFF_WEB + "/src/main/resources/application.properties");
        if (Files.exists(config)) {
            addRequired(required, read(root().relativize(config).toString()));
        }
        return required;
    }

    private static void addRequired(List<String> required, String config) {
        for (String line : config.split("\n")) {
            if (line.startsWith("#") || line.startsWith("%")) {
                continue; // comments and other profiles than prod
            }
            Matcher m = VARIABLE.matcher(line);
            while (m.find()) {
                if (m.group(2) == null && !required.contains(m.group(1))) {
                    required.add(m.group(1));
                }
            }
        }
    }
}
