-- DIVERSION_RETURN_TIME and DIVERSION_STALE as detected here: one row per rule and diversion. A
-- diversion is the person plus the instant it was set (presence.since); the unique constraint is
-- what makes "reported once" hold however many instances detect it at the same time.
CREATE TABLE diversion_violation (
    id          BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rule        TEXT        NOT NULL,
    employee_id TEXT        NOT NULL,
    status      TEXT        NOT NULL,
    since       TIMESTAMPTZ NOT NULL,
    return_at   TIMESTAMPTZ,
    detected_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT diversion_violation_once UNIQUE (rule, employee_id, since)
);
CREATE INDEX diversion_violation_detected ON diversion_violation (detected_at DESC);

-- the stale check reads only diversions whose return time has passed
CREATE INDEX presence_return_at ON presence (return_at) WHERE return_at IS NOT NULL;
