package se.telefonpolicy.pbxconnector.messaging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.Heartbeat;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.pbxconnector.domain.EdgeWatermark;
import se.telefonpolicy.platform.watermark.ProducerWatermark;

/**
 * The connector's heartbeats and {@code ce_watermark}: the PBX's own time ({@link EdgeWatermark}), not an
 * input topic's — the connector is where event time enters the system. After a restart it resumes from the
 * latest PBX event still in its outbox.
 */
@ApplicationScoped
public class PbxWatermark implements ProducerWatermark {

    private static final Logger LOG = Logger.getLogger(PbxWatermark.class);

    private final EdgeWatermark edge;
    private final Clock clock;
    private final DataSource dataSource;

    /**
     * @param idleAfter how long the PBX may be quiet before the watermark moves on with the wall clock (less this):
     *                  nothing older can still come from a live PBX; while events flow, the watermark is theirs
     */
    public PbxWatermark(Clock clock, DataSource dataSource,
            @ConfigProperty(name = "telefonpolicy.watermark.pbx-idle-after", defaultValue = "PT1M") Duration idleAfter) {
        this.edge = new EdgeWatermark(idleAfter);
        this.clock = clock;
        this.dataSource = dataSource;
    }

    void resume(@Observes StartupEvent start) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT max(ce_time), max(created_at) FROM outbox_message
                WHERE topic IN (?, ?) AND ce_type IS NOT NULL AND ce_type <> ?""")) {
            ps.setString(1, Topic.PBX_CALLS.topicName());
            ps.setString(2, Topic.PBX_PRESENCE.topicName());
            ps.setString(3, Heartbeat.CE_TYPE);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getTimestamp(1) != null) {
                    edge.sent(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant());
                }
            }
        } catch (SQLException e) {
            LOG.warnf("No watermark to resume from: %s", e.getMessage());
        }
    }

    /** The connector sent these PBX events just now. */
    public void sent(Collection<? extends DomainEvent> events) {
        Instant now = clock.instant();
        events.forEach(e -> edge.sent(e.occurredAt(), now));
    }

    @Override
    public Optional<Instant> current() {
        return edge.current(clock.instant());
    }
}
