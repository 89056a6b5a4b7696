package se.telefonpolicy.platform.watermark;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/** The default {@link ProducerWatermark}: forward {@link Watermarks#forwarded()} (a republishing service). */
@ApplicationScoped
public class WatermarkBeans {

    @Produces
    @DefaultBean
    @ApplicationScoped
    ProducerWatermark forwardInputs(Watermarks watermarks) {
        return new ProducerWatermark() {
            @Override
            public Optional<Instant> current() {
                return watermarks.forwarded();
            }

            @Override
            public Optional<Instant> recent() {
                if (watermarks.inputs().isEmpty()) {
                    return Optional.empty(); // not a republisher: its events' own times are their partition time
                }
                // a republisher that knows no watermark yet promises nothing: the epoch moves no consumer's watermark
                return Optional.of(watermarks.forwardedCached().orElse(Instant.EPOCH));
            }
        };
    }
}
