-- compliance-service's own copy of each callback task's deadline, read from callbacks.tasks.v1.
-- No caller number: compliance never sees one.
CREATE TABLE callback_deadline (
    task_id      TEXT        PRIMARY KEY,
    rule_id      TEXT        NOT NULL,
    unit_id      TEXT,
    employee_id  TEXT,
    due_at       TIMESTAMPTZ NOT NULL,
    completed_at TIMESTAMPTZ
);
CREATE INDEX callback_deadline_unit_open ON callback_deadline (unit_id) WHERE completed_at IS NULL;
