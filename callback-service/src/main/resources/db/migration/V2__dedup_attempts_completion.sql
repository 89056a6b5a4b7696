-- Issue 7: messages from one number to one assignee join the open task (dedup), attempts are
-- recorded (the first one decides whether CALLBACK_2WD was met), and a task closes with an outcome.
ALTER TABLE callback_task ADD COLUMN message_count INT NOT NULL DEFAULT 1;
ALTER TABLE callback_task ADD COLUMN last_message_at TIMESTAMPTZ;
UPDATE callback_task SET last_message_at = received_at;
ALTER TABLE callback_task ALTER COLUMN last_message_at SET NOT NULL;
ALTER TABLE callback_task ADD COLUMN first_attempt_at TIMESTAMPTZ;
-- whether the first attempt came by due_at; null until an attempt is made (statistics survive erasure)
ALTER TABLE callback_task ADD COLUMN on_time BOOLEAN;
ALTER TABLE callback_task ADD COLUMN outcome TEXT;
ALTER TABLE callback_task ADD COLUMN completed_at TIMESTAMPTZ;
ALTER TABLE callback_task ADD COLUMN completed_by TEXT;

-- the open task a new message from the same number to the same assignee joins
CREATE INDEX callback_task_open_by_number ON callback_task (caller_number) WHERE status = 'OPEN';
CREATE INDEX callback_task_employee_due ON callback_task (employee_id, due_at);
CREATE INDEX callback_task_unit_due ON callback_task (unit_id, due_at);
-- the erasure job's scan
CREATE INDEX callback_task_completed_at ON callback_task (completed_at) WHERE caller_number IS NOT NULL;

-- every PBX call that led to a task: the same call delivered again (a new ce_id) changes nothing
CREATE TABLE callback_message (
    call_id  TEXT        PRIMARY KEY,
    task_id  UUID        NOT NULL REFERENCES callback_task (id),
    left_at  TIMESTAMPTZ NOT NULL
);
INSERT INTO callback_message (call_id, task_id, left_at)
    SELECT call_id, id, received_at FROM callback_task WHERE call_id IS NOT NULL;

CREATE TABLE callback_attempt (
    id          UUID        PRIMARY KEY,
    task_id     UUID        NOT NULL REFERENCES callback_task (id),
    employee_id TEXT        NOT NULL,
    method      TEXT        NOT NULL,
    -- the outbound call's PBX id; one attempt per call and task, however often the PBX reports it
    call_id     TEXT,
    made_at     TIMESTAMPTZ NOT NULL,
    answered    BOOLEAN,
    CONSTRAINT callback_attempt_one_per_call UNIQUE (task_id, call_id)
);
CREATE INDEX callback_attempt_task ON callback_attempt (task_id);
