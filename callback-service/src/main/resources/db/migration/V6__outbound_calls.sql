-- Outbound calls kept a while (telefonpolicy.callback.outbound-kept, P14D), so that a call back read before
-- the task it answers (another partition, a replay) still counts when the task is opened. Personal data:
-- the called number is erased with the row.
CREATE TABLE outbound_call (
    call_id       TEXT PRIMARY KEY,
    employee_id   TEXT NOT NULL,
    called_number TEXT NOT NULL,
    placed_at     TIMESTAMPTZ NOT NULL,
    answered      BOOLEAN
);
CREATE INDEX outbound_call_number ON outbound_call (called_number, placed_at);
