-- Who belongs to which unit, read from the compacted directory.employees.v1 (the directory owns it;
-- this is a local copy so that the switchboard view never calls another service).
CREATE TABLE member (
    employee_id TEXT        PRIMARY KEY,
    unit_id     TEXT,
    first_name  TEXT,
    last_name   TEXT,
    title       TEXT,
    extension   TEXT,
    active      BOOLEAN     NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX member_unit ON member (unit_id) WHERE active;
