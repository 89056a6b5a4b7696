-- Issue 16, event time: this service decides CALLBACK_2WD and PROMISE_KEPT itself, once its watermark (platform
-- watermark_partition) has passed the moment a decision is about, so that a call back read late never makes a
-- false breach and a replay gives the same decisions.

-- Each employee's presence history from availability.status.v1 (was: only the latest status), so that the status
-- in force at a task's due-soon point is known whatever order the changes were read in. Pruned status-kept (P14D)
-- behind the watermark, keeping the one in force then. At one employee and instant, one status stands (the
-- domain's Absence.prevailsOver), whichever was read first.
CREATE TABLE employee_status (
    employee_id      TEXT        NOT NULL,
    changed_at       TIMESTAMPTZ NOT NULL,
    status           TEXT        NOT NULL,
    return_at        TIMESTAMPTZ,
    divert_kind      TEXT,
    divert_target_id TEXT,
    unit_id          TEXT,
    PRIMARY KEY (employee_id, changed_at)
);
INSERT INTO employee_status (employee_id, changed_at, status, return_at, divert_kind, divert_target_id, unit_id)
    SELECT employee_id, changed_at, status, return_at, divert_kind, divert_target_id, unit_id FROM employee_absence;
DROP TABLE employee_absence;

-- What is still to be decided about a task, and the event time it waits for: ABSENCE_CHECK (at the due-soon point,
-- is the assignee away past the due time? the availability watermark), DUE_SOON (CallbackDueSoon), DEADLINE (MET or
-- OVERDUE) and HANDLED (the first attempt or completion, for a LATE; the calls' watermark). A row is deleted in the
-- transaction that decides it, so each decision is taken once.
CREATE TABLE task_pending (
    task_id UUID        NOT NULL REFERENCES callback_task (id),
    step    TEXT        NOT NULL,
    at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (task_id, step)
);
CREATE INDEX task_pending_step_at ON task_pending (step, at);

-- The deadline decision, one per task (CallbackDeadlineDecided MET or OVERDUE), and what followed an OVERDUE: the
-- LATE's first attempt, or (late_attempt_at empty) that the decision stood because the task turned out to have been
-- handled by the due time, registered only after it was decided.
CREATE TABLE deadline_decision (
    task_id          UUID        PRIMARY KEY REFERENCES callback_task (id),
    rule_id          TEXT        NOT NULL,
    verdict          TEXT        NOT NULL,
    first_attempt_at TIMESTAMPTZ,
    decided_at       TIMESTAMPTZ NOT NULL,
    late_attempt_at  TIMESTAMPTZ,
    late_settled_at  TIMESTAMPTZ
);

-- tasks opened before this version: each gets its decision (and LATE); they were moved and warned by the old rules
INSERT INTO task_pending (task_id, step, at) SELECT id, 'DEADLINE', due_at FROM callback_task;
INSERT INTO task_pending (task_id, step, at)
    SELECT id, 'HANDLED', LEAST(first_attempt_at, completed_at) FROM callback_task
    WHERE first_attempt_at IS NOT NULL OR completed_at IS NOT NULL;

-- Employees' own numbers (E.164) from their EmployeeSnapshot: a missed call from one of them is internal and opens no
-- desk task. Only active employees' numbers are kept.
CREATE TABLE directory_employee_number (
    phone_number TEXT NOT NULL,
    employee_id  TEXT NOT NULL,
    PRIMARY KEY (phone_number, employee_id)
);
CREATE INDEX directory_employee_number_employee ON directory_employee_number (employee_id);
