package se.telefonpolicy.platform.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Remembers which events a consumer applied. Call it in the same transaction as the event's
 * effect: a redelivered event finds its ce_id here and is skipped.
 */
@ApplicationScoped
public class Inbox {

    private final DataSource dataSource;
    private final Clock clock;

    public Inbox(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Records the event; false when it was applied before. */
    @Transactional(TxType.MANDATORY)
    public boolean firstDelivery(UUID eventId, String topic) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO inbox_message (id, topic, processed_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
            ps.setObject(1, eventId);
            ps.setString(2, topic);
            ps.setTimestamp(3, Timestamp.from(clock.instant()));
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write to the inbox", e);
        }
    }
}
