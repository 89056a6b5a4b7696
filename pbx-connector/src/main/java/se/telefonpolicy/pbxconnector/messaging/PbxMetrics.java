package se.telefonpolicy.pbxconnector.messaging;

import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Publisher;
import se.telefonpolicy.pbxconnector.domain.CdrOutcome;
import se.telefonpolicy.pbxconnector.domain.RejectReason;
import se.telefonpolicy.pbxconnector.domain.WebhookSignature;

/**
 * The connector's counters. Every label is bounded (event type, reason code, outcome); no number, no
 * employee. All series exist from the start at 0, so a rate() or an alert sees them before the first call.
 */
@ApplicationScoped
public class PbxMetrics {

    static final String CDR_RECORDS = "telefonpolicy.pbx.cdr.records";
    static final String CDR_REJECTED = "telefonpolicy.pbx.cdr.rejected";
    static final String CDR_IGNORED = "telefonpolicy.pbx.cdr.ignored";
    static final String EVENTS_OUT = "telefonpolicy.pbx.events.out";
    static final String WEBHOOK_REQUESTS = "telefonpolicy.pbx.webhook.requests";

    private final MeterRegistry registry;

    public PbxMetrics(MeterRegistry registry) {
        this.registry = registry;
        registry.counter(CDR_RECORDS);
        Arrays.stream(RejectReason.values()).forEach(r -> rejected(r, 0));
        Arrays.stream(CdrOutcome.IgnoreReason.values()).forEach(r -> ignored(r, 0));
        Arrays.stream(EventType.values()).filter(t -> t.publisher() == Publisher.PBX_CONNECTOR).forEach(t -> eventsOut(t, 0));
        for (String outcome : new String[] {"accepted", "duplicate", "invalid", "disabled"}) {
            registry.counter(WEBHOOK_REQUESTS, "outcome", outcome);
        }
        Arrays.stream(WebhookSignature.Failure.values()).forEach(f -> registry.counter(WEBHOOK_REQUESTS, "outcome", code(f)));
    }

    public void cdrRecords(int count) {
        registry.counter(CDR_RECORDS).increment(count);
    }

    public void rejected(RejectReason reason, int count) {
        registry.counter(CDR_REJECTED, "reason", reason.code()).increment(count);
    }

    public void ignored(CdrOutcome.IgnoreReason reason, int count) {
        registry.counter(CDR_IGNORED, "reason", reason.code()).increment(count);
    }

    /** {@code type} is the ce_type's event name, e.g. {@code voicemail-left}. */
    public void eventsOut(EventType type, int count) {
        registry.counter(EVENTS_OUT, "type", type.eventName()).increment(count);
    }

    /** {@code outcome}: accepted, duplicate, invalid (a 400) or disabled (no secret configured). */
    public void webhookAnswered(String outcome) {
        registry.counter(WEBHOOK_REQUESTS, "outcome", outcome).increment();
    }

    public void webhookRefused(WebhookSignature.Failure failure) {
        registry.counter(WEBHOOK_REQUESTS, "outcome", code(failure)).increment();
    }

    private static String code(WebhookSignature.Failure failure) {
        return failure.name().toLowerCase(java.util.Locale.ROOT);
    }
}
