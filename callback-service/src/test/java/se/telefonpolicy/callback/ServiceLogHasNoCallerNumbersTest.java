package se.telefonpolicy.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Acceptance 6 (logs): after every other test of the module (ordered last), the service's log of the
 * whole run holds no phone number in clear, only masked ones.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class ServiceLogHasNoCallerNumbersTest {

    private static final Pattern NUMBER_IN_CLEAR = Pattern.compile("\\+\\d{8,15}");

    @Test
    void theLogOfTheWholeRunShowsCallerNumbersOnlyMasked() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("target/callback-service-test.log"));
        assertThat(lines).as("the flows before this test logged their voicemails")
                .anyMatch(l -> l.contains("Voicemail") && l.contains("+46 70 *** **"));
        assertThat(lines).noneMatch(l -> NUMBER_IN_CLEAR.matcher(l).find());
    }
}
