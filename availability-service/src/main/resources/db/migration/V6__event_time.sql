-- Event time (issue 16). Every presence change is kept, not only the current one: a service desk is evaluated
-- from its members' changes in event-time order up to the watermark, whatever order they were read in, and
-- DIVERSION_STALE is judged from a diversion's next change, so one that ended between two checks is judged too.
-- One row per person and instant (a redelivered or repeated change replaces it).
CREATE TABLE presence_change (
    employee_id      TEXT        NOT NULL,
    changed_at       TIMESTAMPTZ NOT NULL,
    status           TEXT        NOT NULL,
    return_at        TIMESTAMPTZ,
    message          TEXT,
    divert_kind      TEXT,
    divert_target_id TEXT,
    source           TEXT        NOT NULL,
    -- the person's unit when the change was applied, for the decisions' events
    unit_id          TEXT,
    -- false only for a diversion with a return time whose DIVERSION_STALE is not decided yet
    stale_decided    BOOLEAN     NOT NULL,
    PRIMARY KEY (employee_id, changed_at)
);
CREATE INDEX presence_change_undecided ON presence_change (return_at) WHERE NOT stale_decided;

-- The history starts with everyone's current status; a diversion already reported stale stays decided.
INSERT INTO presence_change (employee_id, changed_at, status, return_at, message, divert_kind, divert_target_id,
                             source, unit_id, stale_decided)
SELECT p.employee_id, p.since, p.status, p.return_at, p.message, p.divert_kind, p.divert_target_id, p.source, m.unit_id,
       p.status IN ('AVAILABLE', 'IN_CALL') OR p.return_at IS NULL OR EXISTS (
           SELECT 1 FROM diversion_violation v
           WHERE v.rule = 'DIVERSION_STALE' AND v.employee_id = p.employee_id AND v.since = p.since)
FROM presence p LEFT JOIN member m ON m.employee_id = p.employee_id;

-- A violation carries the person's unit and when the rule was broken (event time: since for DIVERSION_RETURN_TIME,
-- returnAt + grace for DIVERSION_STALE); detected_at stays the wall-clock instant it was decided.
ALTER TABLE diversion_violation ADD COLUMN unit_id TEXT, ADD COLUMN violated_at TIMESTAMPTZ;
UPDATE diversion_violation SET violated_at = CASE WHEN rule = 'DIVERSION_RETURN_TIME' THEN since ELSE detected_at END;
ALTER TABLE diversion_violation ALTER COLUMN violated_at SET NOT NULL;
CREATE INDEX diversion_violation_violated ON diversion_violation (violated_at DESC, id DESC);

-- The watermark when the directory first named the unit a service desk: it is not judged for any time before
-- (null: known before any watermark, e.g. a fresh system replaying a past period; judged from its first presence).
ALTER TABLE service_desk ADD COLUMN tracked_from TIMESTAMPTZ;

-- The staffed count is derived from the history now. The running gap keeps its count when it began and whether
-- its ServiceDeskUnstaffed went out (gap_published: its CoverageGapStarted; before, that went out only after the
-- grace, so it also stood for the breach).
ALTER TABLE coverage_state DROP COLUMN staffed_count;
ALTER TABLE coverage_state ADD COLUMN gap_available_count INTEGER,
    ADD COLUMN gap_breach_published BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE coverage_state SET gap_breach_published = gap_published;

-- Every gap of every desk (maximal uncovered interval of open time, breach or not), for the coverage endpoint;
-- ended_at null while it runs. Written by the same transaction as its events.
CREATE TABLE coverage_gap (
    unit_id         TEXT        NOT NULL,
    started_at      TIMESTAMPTZ NOT NULL,
    day             DATE        NOT NULL,
    ended_at        TIMESTAMPTZ,
    end_reason      TEXT,
    available_count INTEGER     NOT NULL,
    breach          BOOLEAN     NOT NULL,
    PRIMARY KEY (unit_id, started_at)
);
CREATE INDEX coverage_gap_day ON coverage_gap (unit_id, day);
