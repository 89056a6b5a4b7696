-- Event time (issue 16): compliance records the owners' decisions instead of judging tasks, diversions and gaps
-- against its clock, and counts calls per leg. The sweep now looks at directory problems only, so the "swept"
-- flags of tasks, diversions and gaps go.

-- callback-service's decision on each task's deadline (CallbackDeadlineDecided): MET or OVERDUE at the due time,
-- an OVERDUE becoming LATE once the task is called back; the first attempt it decided on (MET, LATE).
-- Tasks of before this version stay undecided until callback-service decides them.
ALTER TABLE callback_deadline
    ADD COLUMN verdict            TEXT,
    ADD COLUMN decided_attempt_at TIMESTAMPTZ;
DROP INDEX callback_deadline_to_sweep;
ALTER TABLE callback_deadline DROP COLUMN swept;
CREATE INDEX callback_deadline_overdue ON callback_deadline (unit_id) WHERE verdict = 'OVERDUE' AND completed_at IS NULL;

ALTER TABLE diversion DROP COLUMN return_time_swept, DROP COLUMN stale_swept;
ALTER TABLE coverage_gap DROP COLUMN swept;

-- availability-service's decisions on diversions (DiversionViolated): one row per diversion and rule
CREATE TABLE diversion_violation (
    rule_id      TEXT        NOT NULL,
    diversion_id TEXT        NOT NULL,
    employee_id  TEXT        NOT NULL,
    -- the decision's unit, else the person's unit in the directory when it was recorded
    unit_id      TEXT,
    status       TEXT        NOT NULL,
    since        TIMESTAMPTZ NOT NULL,
    return_at    TIMESTAMPTZ,
    violated_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (rule_id, diversion_id)
);
CREATE INDEX diversion_violation_unit ON diversion_violation (unit_id, violated_at);
CREATE INDEX diversion_violation_employee ON diversion_violation (employee_id);

-- one row per leg: one offer of a call to one party (ANSWER_RATE per leg and for first legs)
CREATE TABLE call_leg (
    call_id           TEXT        NOT NULL,
    -- employee:<id> or unit:<id>, the party the leg rang at
    party             TEXT        NOT NULL,
    unit_id           TEXT,
    -- CallOffered: the call's first leg
    first_offered_at  TIMESTAMPTZ,
    -- a CallTransferred to this party
    transferred_in_at TIMESTAMPTZ,
    answered_at       TIMESTAMPTZ,
    missed_at         TIMESTAMPTZ,
    PRIMARY KEY (call_id, party)
);
CREATE INDEX call_leg_unit ON call_leg (unit_id);

-- a call recorded before legs were becomes its first leg (which party it rang at was not kept)
INSERT INTO call_leg (call_id, party, unit_id, first_offered_at, answered_at, missed_at)
SELECT call_id, 'before-legs', unit_id, offered_at, answered_at, missed_at FROM call_record
WHERE offered_at IS NOT NULL OR answered_at IS NOT NULL OR missed_at IS NOT NULL;

-- call_record keeps one row per call for RIGHT_OFFICER: its unit is its first leg's (CallOffered's) once read
ALTER TABLE call_record DROP COLUMN answered_at, DROP COLUMN missed_at;
