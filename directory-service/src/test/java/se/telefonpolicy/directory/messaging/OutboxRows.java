package se.telefonpolicy.directory.messaging;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

/** Reads the platform's outbox table the way an operator would, to see what is committed but not yet relayed. */
final class OutboxRows {

    private OutboxRows() {
    }

    static List<UUID> unpublishedIds(DataSource dataSource, String keyPrefix) {
        try (var c = dataSource.getConnection();
             var ps = c.prepareStatement("SELECT id FROM outbox_message WHERE published_at IS NULL AND record_key LIKE ? ORDER BY seq")) {
            ps.setString(1, keyPrefix + "%");
            List<UUID> ids = new ArrayList<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
