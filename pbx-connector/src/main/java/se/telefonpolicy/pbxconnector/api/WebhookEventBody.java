package se.telefonpolicy.pbxconnector.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The webhook's body, for the OpenAPI document (the resource reads the raw bytes, which the signature covers).
 *
 * @param id   the PBX's own id of the event: a second request with the same id is accepted and not published again
 * @param type the canonical event's ce_type, e.g. se.telefonpolicy.pbx.voicemail-left.v1 or se.telefonpolicy.pbx.status-changed.v1
 * @param data the event's data exactly as its JSON Schema in docs/events/pbx/ describes it
 */
@Schema(name = "PbxWebhookEvent", description = "One canonical PBX event, signed (see docs/pbx-integration.md)")
public record WebhookEventBody(
        @Schema(required = true, maxLength = 200, example = "informera-7f3a9c") String id,
        @Schema(required = true, example = "se.telefonpolicy.pbx.voicemail-left.v1") String type,
        @Schema(required = true) Map<String, Object> data) {
}
