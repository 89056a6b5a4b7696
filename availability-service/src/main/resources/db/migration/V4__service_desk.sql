-- SERVICE_DESK_STAFFED. Units flagged as service desks, a local copy of directory.units.v1 (the
-- directory owns it). Hours are kept in a compact text form ("MONDAY 08:00-16:00;…", exceptions
-- "2026-12-23 08:00-12:00;2026-12-30 closed") because they are only ever read whole.
CREATE TABLE service_desk (
    unit_id          TEXT        PRIMARY KEY,
    name             TEXT        NOT NULL,
    opening_hours    TEXT        NOT NULL,
    exceptions       TEXT        NOT NULL,
    minimum_staffing INTEGER     NOT NULL CHECK (minimum_staffing >= 1),
    updated_at       TIMESTAMPTZ NOT NULL,
    -- no longer a service desk, or deleted, as of updated_at: kept so an older snapshot cannot revive it
    removed          BOOLEAN     NOT NULL DEFAULT FALSE
);

-- Where each desk's live evaluation stands: evaluated up to evaluated_until with staffed_count
-- members staffed since then; the gap running at that instant, if any, and whether its
-- CoverageGapStarted went out. The row is locked (SELECT … FOR UPDATE) by each evaluation, so with
-- several instances one evaluates at a time and each gap is published once.
CREATE TABLE coverage_state (
    unit_id         TEXT        PRIMARY KEY,
    evaluated_until TIMESTAMPTZ NOT NULL,
    staffed_count   INTEGER     NOT NULL,
    gap_started_at  TIMESTAMPTZ,
    gap_published   BOOLEAN     NOT NULL DEFAULT FALSE
);

-- Open and covered (staffed to the minimum) seconds per desk and local day (Europe/Stockholm).
CREATE TABLE coverage_day (
    unit_id         TEXT    NOT NULL,
    day             DATE    NOT NULL,
    open_seconds    BIGINT  NOT NULL,
    covered_seconds BIGINT  NOT NULL,
    PRIMARY KEY (unit_id, day)
);
