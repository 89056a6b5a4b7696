package se.telefonpolicy.pbxconnector.messaging;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

/** Asterisk's CDR topic, in polled batches: one transaction per batch ({@link CdrBatches}), then the counters. */
@ApplicationScoped
public class AsteriskCdrConsumer {

    private final CdrBatches batches;
    private final PbxMetrics metrics;

    public AsteriskCdrConsumer(CdrBatches batches, PbxMetrics metrics) {
        this.batches = batches;
        this.metrics = metrics;
    }

    /** A database or broker outage is waited out batch by batch; nothing is skipped. */
    @Incoming("asterisk-cdr")
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 365, durationUnit = ChronoUnit.DAYS)
    public void consume(ConsumerRecords<String, String> batch) {
        CdrBatches.Summary summary = batches.apply(batch);
        metrics.cdrRecords(summary.records());
        summary.events().forEach(metrics::eventsOut);
        summary.rejected().forEach(metrics::rejected);
        summary.ignored().forEach(metrics::ignored);
    }
}
