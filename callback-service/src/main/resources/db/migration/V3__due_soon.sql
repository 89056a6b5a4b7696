-- CallbackDueSoon is sent once per task: when it was, or null.
ALTER TABLE callback_task ADD COLUMN due_soon_warned_at TIMESTAMPTZ;
CREATE INDEX callback_task_due_soon ON callback_task (due_at)
    WHERE status = 'OPEN' AND first_attempt_at IS NULL AND due_soon_warned_at IS NULL;
