-- A callback task: someone is owed a call back (CALLBACK_2WD, PROMISE_KEPT).
-- caller_number is personal data: it lives only here and is erased after the task closes.
CREATE TABLE callback_task (
    id            UUID        PRIMARY KEY,
    origin        TEXT        NOT NULL,
    status        TEXT        NOT NULL,
    employee_id   TEXT,
    unit_id       TEXT,
    call_id       TEXT,
    caller_number TEXT,
    received_at   TIMESTAMPTZ NOT NULL,
    due_at        TIMESTAMPTZ NOT NULL,
    CONSTRAINT callback_task_assignee CHECK (employee_id IS NOT NULL OR unit_id IS NOT NULL)
);
CREATE INDEX callback_task_open_due ON callback_task (due_at) WHERE status = 'OPEN';
