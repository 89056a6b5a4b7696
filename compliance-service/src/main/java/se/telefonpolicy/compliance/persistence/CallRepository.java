package se.telefonpolicy.compliance.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import se.telefonpolicy.compliance.domain.CallCounts;
import se.telefonpolicy.compliance.domain.CallLeg;

/**
 * Calls for ANSWER_RATE (one row per leg, call_leg) and RIGHT_OFFICER (one row per call, call_record). Upserts,
 * because a transferred call's events come under different keys and may be read in any order, by any instance:
 * each statement locks the row it changes, so two instances never both find the same fact news.
 */
@ApplicationScoped
public class CallRepository {

    private static final String LEG_COLUMNS = "call_id, party, unit_id, first_offered_at, transferred_in_at, answered_at, missed_at";

    private final Jdbc jdbc;

    public CallRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records one fact of a leg; returns the leg as it stands with it when the fact was news (a replayed event is
     * not), so that counters count legs, not deliveries. The first time read is kept.
     */
    public Optional<CallLeg> legFact(String callId, String party, String unitId, CallLeg.Fact fact, Instant at) {
        // the column is one of four constants, never input
        String column = switch (fact) {
            case OFFERED -> "first_offered_at";
            case TRANSFERRED_IN -> "transferred_in_at";
            case ANSWERED -> "answered_at";
            case MISSED -> "missed_at";
        };
        return jdbc.query("INSERT INTO call_leg (call_id, party, unit_id, " + column + ") VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (call_id, party) DO UPDATE SET " + column + " = excluded." + column
                + ", unit_id = COALESCE(call_leg.unit_id, excluded.unit_id) WHERE call_leg." + column + " IS NULL "
                + "RETURNING " + LEG_COLUMNS, CallRepository::mapLeg, callId, party, unitId, at).stream().findFirst();
    }

    /**
     * The call's CallOffered: the call counts (bounced) for its first leg's unit from now on. When the call turned
     * out bounced before this was read, returns that unit, so the bounced counter moves once per call.
     */
    public Optional<String> callOffered(String callId, String unitId, Instant at) {
        return jdbc.query("""
                INSERT INTO call_record (call_id, unit_id, offered_at) VALUES (?, ?, ?)
                ON CONFLICT (call_id) DO UPDATE SET offered_at = excluded.offered_at,
                  unit_id = COALESCE(excluded.unit_id, call_record.unit_id)
                WHERE call_record.offered_at IS NULL
                RETURNING unit_id, bounced_at""", rs -> rs.getTimestamp("bounced_at") == null ? null : rs.getString("unit_id"),
                callId, unitId, at).stream().filter(Objects::nonNull).findFirst();
    }

    /**
     * Records a transfer; when this transfer makes the call bounced (the first time only) and its first leg is
     * known, returns that leg's unit, so the bounced counter moves once per call. Until the CallOffered is read the
     * call's unit is the first transferring party's.
     */
    public Optional<String> transferred(String callId, String unitId, int transferCount, Instant at) {
        jdbc.update("""
                INSERT INTO call_record (call_id, unit_id, transfer_count) VALUES (?, ?, ?)
                ON CONFLICT (call_id) DO UPDATE SET unit_id = COALESCE(call_record.unit_id, excluded.unit_id),
                  transfer_count = GREATEST(call_record.transfer_count, excluded.transfer_count)""", callId, unitId, transferCount);
        if (!CallCounts.bounced(transferCount)) {
            return Optional.empty();
        }
        return jdbc.query("UPDATE call_record SET bounced_at = ? WHERE call_id = ? AND bounced_at IS NULL "
                + "RETURNING unit_id, offered_at", rs -> rs.getTimestamp("offered_at") == null ? null : rs.getString("unit_id"),
                at, callId).stream().filter(Objects::nonNull).findFirst();
    }

    /** The units' legs and calls, each counted by the time of its own event in [from, to). */
    public CallCounts counts(String[] unitIds, Instant from, Instant to) {
        CallCounts.Legs[] legs = jdbc.query("""
                SELECT count(*) FILTER (WHERE first_offered_at >= ? AND first_offered_at < ?),
                       count(*) FILTER (WHERE first_offered_at IS NOT NULL AND answered_at >= ? AND answered_at < ?),
                       count(*) FILTER (WHERE first_offered_at IS NOT NULL AND missed_at >= ? AND missed_at < ?),
                       count(*) FILTER (WHERE LEAST(first_offered_at, transferred_in_at) >= ?
                         AND LEAST(first_offered_at, transferred_in_at) < ?),
                       count(*) FILTER (WHERE (first_offered_at IS NOT NULL OR transferred_in_at IS NOT NULL)
                         AND answered_at >= ? AND answered_at < ?),
                       count(*) FILTER (WHERE (first_offered_at IS NOT NULL OR transferred_in_at IS NOT NULL)
                         AND missed_at >= ? AND missed_at < ?)
                FROM call_leg WHERE unit_id = ANY(?)""",
                rs -> new CallCounts.Legs[] { new CallCounts.Legs(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                        new CallCounts.Legs(rs.getLong(4), rs.getLong(5), rs.getLong(6)) },
                from, to, from, to, from, to, from, to, from, to, from, to, unitIds).get(0);
        long bounced = jdbc.count("SELECT count(*) FROM call_record WHERE unit_id = ANY(?) AND bounced_at >= ? AND bounced_at < ?",
                unitIds, from, to);
        return new CallCounts(legs[0], legs[1], bounced);
    }

    private static CallLeg mapLeg(ResultSet rs) throws SQLException {
        return new CallLeg(rs.getString("call_id"), rs.getString("party"), rs.getString("unit_id"),
                Jdbc.instant(rs, "first_offered_at"), Jdbc.instant(rs, "transferred_in_at"), Jdbc.instant(rs, "answered_at"),
                Jdbc.instant(rs, "missed_at"));
    }
}
