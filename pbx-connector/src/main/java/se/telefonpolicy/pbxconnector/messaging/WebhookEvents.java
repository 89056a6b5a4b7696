package se.telefonpolicy.pbxconnector.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.platform.inbox.Inbox;
import se.telefonpolicy.platform.outbox.Outbox;

/** Publishes a webhook's event once per PBX event id: the inbox row and the outbox row commit together. */
@ApplicationScoped
public class WebhookEvents {

    /** The inbox's "topic" for webhook deliveries. */
    static final String SOURCE = "pbx-webhook";

    private final Inbox inbox;
    private final Outbox outbox;
    private final PbxWatermark watermark;

    public WebhookEvents(Inbox inbox, Outbox outbox, PbxWatermark watermark) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.watermark = watermark;
    }

    /** @return the ce_id it was published with; empty when this PBX event id was published before (a replay) */
    @Transactional
    public Optional<UUID> publishOnce(String pbxEventId, DomainEvent event) {
        UUID inboxId = UUID.nameUUIDFromBytes((SOURCE + "/" + pbxEventId).getBytes(StandardCharsets.UTF_8));
        if (!inbox.firstDelivery(inboxId, SOURCE)) {
            return Optional.empty();
        }
        UUID id = outbox.publish(event);
        watermark.sent(java.util.List.of(event));
        return Optional.of(id);
    }
}
