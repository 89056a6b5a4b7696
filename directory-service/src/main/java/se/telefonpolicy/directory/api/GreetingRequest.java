package se.telefonpolicy.directory.api;

import java.time.Instant;

/** The recorded voicemail greeting: when it was recorded and how long it is. */
public record GreetingRequest(Instant recordedAt, Integer lengthSeconds) {
}
