package se.telefonpolicy.pbxconnector.api;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.Publisher;
import se.telefonpolicy.pbxconnector.config.PbxConfig;
import se.telefonpolicy.pbxconnector.domain.WebhookSignature;
import se.telefonpolicy.pbxconnector.messaging.PbxMetrics;
import se.telefonpolicy.pbxconnector.messaging.WebhookEvents;
import se.telefonpolicy.platform.problem.InvalidFieldException;

/**
 * A cloud PBX or the telephony support system posts canonical PBX events here. It authenticates by an
 * HMAC signature over the raw body, not by a JWT: a PBX is a machine with a shared secret, usually unable
 * to fetch tokens from the municipality's OIDC provider, and the signature also proves the body was not
 * changed on the way and (with the signed timestamp) that it is not a replay.
 */
@Path("/api/v1/pbx/events")
@PermitAll
public class PbxWebhookResource {

    public static final String TIMESTAMP_HEADER = "X-Telefonpolicy-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Telefonpolicy-Signature";

    private static final Logger LOG = Logger.getLogger(PbxWebhookResource.class);
    private static final ObjectMapper JSON = EventJson.mapper();
    private static final int MAX_ID_LENGTH = 200;

    private final Optional<WebhookSignature> signature;
    private final WebhookEvents events;
    private final PbxMetrics metrics;
    private final Clock clock;

    public PbxWebhookResource(PbxConfig config, WebhookEvents events, PbxMetrics metrics, Clock clock) {
        this.signature = config.webhook().secret().filter(s -> !s.isBlank())
                .map(secret -> new WebhookSignature(secret, config.webhook().tolerance()));
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive one signed PBX event (call events, presence)",
            description = "Headers X-Telefonpolicy-Timestamp (unix seconds) and X-Telefonpolicy-Signature "
                    + "(sha256=<hex HMAC-SHA256 of \"<timestamp>.<raw body>\">). 202 published, 200 a replay of a "
                    + "known id (not published again), 400 naming the field, 401 bad signature or stale timestamp.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookEventBody.class)))
    public Response receive(@HeaderParam(TIMESTAMP_HEADER) String timestamp,
            @HeaderParam(SIGNATURE_HEADER) String signed, byte[] body) {
        WebhookSignature verifier = signature.orElseThrow(() -> {
            metrics.webhookAnswered("disabled");
            return new ServiceUnavailableException("The webhook has no shared secret configured (TELEFONPOLICY_PBX_WEBHOOK_SECRET).");
        });
        try {
            verifier.verify(timestamp, signed, body == null ? new byte[0] : body, clock.instant());
        } catch (WebhookSignature.Rejected e) {
            metrics.webhookRefused(e.failure());
            throw e;
        }
        Received received;
        try {
            received = read(body);
        } catch (InvalidFieldException e) {
            metrics.webhookAnswered("invalid");
            throw e;
        }
        Optional<UUID> ceId = events.publishOnce(received.id(), received.event());
        if (ceId.isEmpty()) {
            LOG.debugf("Webhook event %s was published before; ignored", received.id());
            metrics.webhookAnswered("duplicate");
            return Response.ok(new WebhookReceipt(received.id(), "DUPLICATE", null)).build();
        }
        metrics.webhookAnswered("accepted");
        metrics.eventsOut(received.event().type(), 1);
        return Response.accepted(new WebhookReceipt(received.id(), "ACCEPTED", ceId.get())).build();
    }

    private record Received(String id, DomainEvent event) {
    }

    private static Received read(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body == null ? new byte[0] : body);
        } catch (IOException e) {
            throw new InvalidFieldException("$", "The body is not valid JSON.");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidFieldException("$", "The body must be a JSON object {\"id\", \"type\", \"data\"}.");
        }
        JsonNode id = root.get("id");
        if (id == null || !id.isTextual() || id.textValue().isBlank()) {
            throw new InvalidFieldException("id", "is required: the PBX's own id of the event, a string.");
        }
        if (id.textValue().length() > MAX_ID_LENGTH) {
            throw new InvalidFieldException("id", "must be at most " + MAX_ID_LENGTH + " characters.");
        }
        JsonNode type = root.get("type");
        Optional<EventType> eventType = type == null || !type.isTextual() ? Optional.empty()
                : EventType.byCeType(type.textValue()).filter(t -> t.publisher() == Publisher.PBX_CONNECTOR);
        if (eventType.isEmpty()) {
            throw new InvalidFieldException("type", "must be one of " + Arrays.stream(EventType.values())
                    .filter(t -> t.publisher() == Publisher.PBX_CONNECTOR).map(EventType::ceType)
                    .collect(Collectors.joining(", ")) + ".");
        }
        JsonNode data = root.get("data");
        if (data == null || !data.isObject()) {
            throw new InvalidFieldException("data", "is required: the event's data as a JSON object.");
        }
        try {
            return new Received(id.textValue(), EventJson.fromJson(eventType.get(), data.toString()));
        } catch (InvalidEventException e) {
            String field = InvalidEventException.WHOLE_EVENT.equals(e.field()) ? "data" : "data." + e.field();
            throw new InvalidFieldException(field, e.problem());
        }
    }
}
