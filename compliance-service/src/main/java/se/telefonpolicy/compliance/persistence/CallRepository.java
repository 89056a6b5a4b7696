package se.telefonpolicy.compliance.persistence;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import se.telefonpolicy.compliance.domain.CallCounts;

/**
 * One row per PBX call for ANSWER_RATE and RIGHT_OFFICER. A call's unit is the one first known for it.
 * Upserts, because a transferred call's events come under different keys and may arrive in any order.
 */
@ApplicationScoped
public class CallRepository {

    private final Jdbc jdbc;

    public CallRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Each returns true when it is news for the call (a replayed event is not): counters count calls, not events. */
    public boolean offered(String callId, String unitId, Instant at) {
        return record(callId, unitId, "offered_at", at);
    }

    public boolean answered(String callId, String unitId, Instant at) {
        return record(callId, unitId, "answered_at", at);
    }

    public boolean missed(String callId, String unitId, Instant at) {
        return record(callId, unitId, "missed_at", at);
    }

    /**
     * Records a transfer; when this transfer makes the call bounced (the first time only) returns the call's
     * unit, if known, so the bounced counter moves once per call.
     */
    public Optional<String> transferred(String callId, String unitId, int transferCount, Instant at) {
        jdbc.update("""
                INSERT INTO call_record (call_id, unit_id, transfer_count) VALUES (?, ?, ?)
                ON CONFLICT (call_id) DO UPDATE SET unit_id = COALESCE(call_record.unit_id, excluded.unit_id),
                  transfer_count = GREATEST(call_record.transfer_count, excluded.transfer_count)""", callId, unitId, transferCount);
        if (!CallCounts.bounced(transferCount)) {
            return Optional.empty();
        }
        return jdbc.query("UPDATE call_record SET bounced_at = ? WHERE call_id = ? AND bounced_at IS NULL RETURNING unit_id",
                rs -> Optional.ofNullable(rs.getString(1)), at, callId).stream().flatMap(Optional::stream).findFirst();
    }

    public CallCounts counts(String[] unitIds, Instant from, Instant to) {
        return jdbc.query("""
                SELECT count(*) FILTER (WHERE offered_at >= ? AND offered_at < ?),
                       count(*) FILTER (WHERE answered_at >= ? AND answered_at < ?),
                       count(*) FILTER (WHERE missed_at >= ? AND missed_at < ?),
                       count(*) FILTER (WHERE bounced_at >= ? AND bounced_at < ?)
                FROM call_record WHERE unit_id = ANY(?)""",
                rs -> new CallCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                from, to, from, to, from, to, from, to, unitIds).get(0);
    }

    private boolean record(String callId, String unitId, String column, Instant at) {
        // column is one of three constants above, never input
        if (jdbc.update("INSERT INTO call_record (call_id, unit_id, " + column + ") VALUES (?, ?, ?) ON CONFLICT (call_id) DO NOTHING",
                callId, unitId, at) == 1) {
            return true;
        }
        return jdbc.update("UPDATE call_record SET " + column + " = ?, unit_id = COALESCE(unit_id, ?) WHERE call_id = ? AND "
                + column + " IS NULL", at, unitId, callId) == 1;
    }
}
