-- Everyone's current presence ("hänvisning"): one row per employee, replaced on every change.
CREATE TABLE presence (
    employee_id      TEXT        PRIMARY KEY,
    status           TEXT        NOT NULL,
    since            TIMESTAMPTZ NOT NULL,
    return_at        TIMESTAMPTZ,
    message          TEXT,
    divert_kind      TEXT,
    divert_target_id TEXT,
    source           TEXT        NOT NULL
);
