-- Issue 7: each employee's latest presence from availability.status.v1 (a newer changed_at wins), so a
-- task opened while its assignee is away can be moved at once.
CREATE TABLE employee_absence (
    employee_id      TEXT        PRIMARY KEY,
    status           TEXT        NOT NULL,
    return_at        TIMESTAMPTZ,
    divert_kind      TEXT,
    divert_target_id TEXT,
    unit_id          TEXT,
    changed_at       TIMESTAMPTZ NOT NULL
);

-- a task is moved at most once for an absence (and not passed on again): when, and from whom
ALTER TABLE callback_task ADD COLUMN reassigned_at TIMESTAMPTZ;
ALTER TABLE callback_task ADD COLUMN reassigned_from TEXT;
