package se.telefonpolicy.directory;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The module's one test profile besides the default: a second application with a fresh database of
 * its own, the sample directory loaded at startup and the outbox relay stopped (tests that need it
 * drive {@code OutboxRelay.relayBatch()} themselves). One profile for all such tests: each profile
 * restarts Quarkus, and with Quarkus 3.33 a second profile switch in one test JVM fails to boot
 * (a ClassCastException on the shared test resource).
 */
public class SecondDirectoryProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("telefonpolicy.outbox.relay-enabled", "false",
                "telefonpolicy.directory.sample-data.load", "true");
    }
}
