-- Issue 7: the directory as callback-service needs it, from the compacted directory topics (a newer
-- updated_at wins; a tombstone keeps the row, marked deleted, so an older snapshot replayed after it
-- cannot bring the entity back).
-- Units: the tree a manager sees (their unit and every unit below), who manages each unit (a task
-- whose assignee is away and has no colleague to divert to goes to the manager), and which units
-- want a task for every missed call.
CREATE TABLE directory_unit (
    unit_id                   TEXT        PRIMARY KEY,
    parent_unit_id            TEXT,
    manager_employee_id       TEXT,
    missed_calls_create_tasks BOOLEAN     NOT NULL,
    updated_at                TIMESTAMPTZ NOT NULL,
    deleted                   BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX directory_unit_parent ON directory_unit (parent_unit_id);

-- Employees: only the unit each belongs to (a manager sees the personal tasks of the people in their subtree)
CREATE TABLE directory_employee (
    employee_id TEXT        PRIMARY KEY,
    unit_id     TEXT,
    updated_at  TIMESTAMPTZ NOT NULL,
    deleted     BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX directory_employee_unit ON directory_employee (unit_id);

-- PROMISE_KEPT: a promise made while handling another task points at it
ALTER TABLE callback_task ADD COLUMN related_task_id TEXT;

-- An inbound call from a caller who has an open task, offered to its assignee or unit: if it is
-- answered, the caller reached someone and the task is resolved. The number itself is not kept here.
CREATE TABLE offered_call (
    call_id    TEXT        NOT NULL,
    task_id    UUID        NOT NULL REFERENCES callback_task (id),
    offered_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (call_id, task_id)
);
