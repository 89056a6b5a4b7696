package se.telefonpolicy.contracts.directory;

import java.time.Instant;

import se.telefonpolicy.contracts.Require;

/**
 * The recorded voicemail greeting that GREETING_RECORDED checks (present, not longer than a limit).
 *
 * @param recordedAt    when it was recorded
 * @param lengthSeconds its length, 1 or more
 */
public record Greeting(Instant recordedAt, Integer lengthSeconds) {

    public Greeting {
        Require.value(recordedAt, "recordedAt");
        Require.positive(lengthSeconds, "lengthSeconds");
    }
}
