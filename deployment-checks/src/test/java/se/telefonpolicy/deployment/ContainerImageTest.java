package se.telefonpolicy.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The one Dockerfile against what `./mvnw package` produced (this module runs after the services). */
class ContainerImageTest {

    private final String dockerfile = Repo.read("deploy/docker/Dockerfile.jvm");

    @Test
    void everyCopiedPathExistsForEveryService() {
        var copy = Pattern.compile("^COPY --chown=185 \\$\\{SERVICE}/(\\S+) ", Pattern.MULTILINE).matcher(dockerfile);
        int copies = 0;
        while (copy.find()) {
            copies++;
            String source = copy.group(1).replace("*.jar", "quarkus-run.jar");
            for (String service : Repo.SERVICES) {
                assertThat(Files.exists(Repo.file(service + "/" + source))).as(service + "/" + source).isTrue();
            }
        }
        assertThat(copies).isEqualTo(4);
    }

    /** staff-web is built into the same image recipe; skipped (not passed) while its module is not in this tree. */
    @Test
    void everyCopiedPathExistsForStaffWeb() {
        assumeTrue(Files.isDirectory(Repo.file(Repo.STAFF_WEB + "/src")), "no module " + Repo.STAFF_WEB + " in this tree yet");
        var copy = Pattern.compile("^COPY --chown=185 \\$\\{SERVICE}/(\\S+) ", Pattern.MULTILINE).matcher(dockerfile);
        while (copy.find()) {
            String source = Repo.STAFF_WEB + "/" + copy.group(1).replace("*.jar", "quarkus-run.jar");
            assertThat(Files.exists(Repo.file(source))).as(source).isTrue();
        }
    }

    @Test
    void theImageStartsTheJarItCopied() {
        assertThat(dockerfile).contains("ENV JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"")
                .contains("ENTRYPOINT [ \"/opt/jboss/container/java/run/run-java.sh\" ]")
                .contains("-Dquarkus.http.port=8080");
    }
}
