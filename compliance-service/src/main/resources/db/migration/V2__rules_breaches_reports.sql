-- Everything compliance keeps to evaluate the rules, count the figures and record breaches once.
-- A "swept" flag means the breach sweep has settled that row (breached or not): it is not looked at again.
-- Ids and times only: no caller number is ever stored here (pbx events are dropped at the door).

-- callback tasks: what the report and CALLBACK_2WD / PROMISE_KEPT need
ALTER TABLE callback_deadline
    ADD COLUMN origin           TEXT,
    ADD COLUMN created_at       TIMESTAMPTZ,
    ADD COLUMN first_attempt_at TIMESTAMPTZ,
    ADD COLUMN swept            BOOLEAN NOT NULL DEFAULT false;
CREATE INDEX callback_deadline_to_sweep ON callback_deadline (due_at) WHERE NOT swept;
CREATE INDEX callback_deadline_created ON callback_deadline (unit_id, created_at);

-- the unit tree from directory.units.v1 (latest snapshot; a tombstone deletes the row)
CREATE TABLE unit (
    unit_id             TEXT        PRIMARY KEY,
    name                TEXT        NOT NULL,
    parent_unit_id      TEXT,
    manager_employee_id TEXT,
    -- the contract's ServiceDesk as JSON; present exactly for service functions
    service_desk        TEXT,
    updated_at          TIMESTAMPTZ NOT NULL
);

-- employees from directory.employees.v1: only what the directory rules look at, no names or numbers
CREATE TABLE employee (
    employee_id             TEXT        PRIMARY KEY,
    unit_id                 TEXT,
    active                  BOOLEAN     NOT NULL,
    voicemail_enabled       BOOLEAN     NOT NULL,
    greeting_seconds        INTEGER,
    required_fields_missing BOOLEAN     NOT NULL,
    verified_at             TIMESTAMPTZ,
    updated_at              TIMESTAMPTZ NOT NULL
);
CREATE INDEX employee_unit ON employee (unit_id);

-- a directory problem from when a sweep first saw it until it is fixed: one breach per episode
CREATE TABLE directory_problem (
    rule_id     TEXT        NOT NULL,
    employee_id TEXT        NOT NULL,
    since       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (rule_id, employee_id)
);

-- each person's latest status time, so a late, older StatusChanged changes nothing
CREATE TABLE presence (
    employee_id TEXT        PRIMARY KEY,
    status      TEXT        NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL
);

-- every status that needs a return time, from its StatusChanged until the next one
CREATE TABLE diversion (
    employee_id          TEXT        NOT NULL,
    started_at           TIMESTAMPTZ NOT NULL,
    unit_id              TEXT,
    status               TEXT        NOT NULL,
    return_at            TIMESTAMPTZ,
    ended_at             TIMESTAMPTZ,
    return_time_swept    BOOLEAN     NOT NULL DEFAULT false,
    stale_swept          BOOLEAN     NOT NULL DEFAULT false,
    PRIMARY KEY (employee_id, started_at)
);
CREATE INDEX diversion_unit_started ON diversion (unit_id, started_at);
CREATE INDEX diversion_open ON diversion (unit_id) WHERE ended_at IS NULL;

-- service-desk coverage gaps from availability.coverage.v1
CREATE TABLE coverage_gap (
    gap_id     TEXT        PRIMARY KEY,
    unit_id    TEXT        NOT NULL,
    started_at TIMESTAMPTZ NOT NULL,
    ended_at   TIMESTAMPTZ,
    swept      BOOLEAN     NOT NULL DEFAULT false
);
CREATE INDEX coverage_gap_unit ON coverage_gap (unit_id, started_at);

-- one row per PBX call (ANSWER_RATE, RIGHT_OFFICER); the caller's number is never read into it
CREATE TABLE call_record (
    call_id        TEXT        PRIMARY KEY,
    unit_id        TEXT,
    offered_at     TIMESTAMPTZ,
    answered_at    TIMESTAMPTZ,
    missed_at      TIMESTAMPTZ,
    transfer_count INTEGER     NOT NULL DEFAULT 0,
    bounced_at     TIMESTAMPTZ
);
CREATE INDEX call_record_unit ON call_record (unit_id);

-- every breach exactly once: the unique (rule, subject) is what makes many instances safe
CREATE TABLE breach (
    breach_id           UUID        PRIMARY KEY,
    rule_id             TEXT        NOT NULL,
    subject_key         TEXT        NOT NULL,
    subject_type        TEXT        NOT NULL,
    subject_id          TEXT        NOT NULL,
    unit_id             TEXT        NOT NULL,
    manager_employee_id TEXT,
    employee_id         TEXT,
    due_at              TIMESTAMPTZ,
    detected_at         TIMESTAMPTZ NOT NULL,
    UNIQUE (rule_id, subject_key)
);
CREATE INDEX breach_unit_detected ON breach (unit_id, detected_at);
