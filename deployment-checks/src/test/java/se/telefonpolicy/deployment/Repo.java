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

    static final List<String> SERVICES = List.of("directory-service", "availability-service", "callback-service",
            "compliance-service", "pbx-connector");
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
        List<String> required = new ArrayList<>(CONNECTION_VARIABLES);
        String config = read(service + "/src/main/resources/application.properties") + "\n"
                + read("platform/src/main/resources/META-INF/microprofile-config.properties");
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
        return required;
    }
}
