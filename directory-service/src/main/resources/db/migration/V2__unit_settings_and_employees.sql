-- Unit details and service-desk settings (issue 5).
ALTER TABLE unit
    ADD COLUMN manager_employee_id       TEXT,
    ADD COLUMN phone_number              TEXT,
    ADD COLUMN email                     TEXT,
    -- the contract's ServiceDesk as JSON (opening hours, exceptions, minimum staffing): always read
    -- and written whole, and only other services query it, through the topic
    ADD COLUMN service_desk              TEXT,
    ADD COLUMN missed_calls_create_tasks BOOLEAN NOT NULL DEFAULT false;

-- Employees; phone numbers (E.164) and responsibilities are JSON arrays, written whole.
CREATE TABLE employee (
    id                      TEXT        PRIMARY KEY,
    hr_id                   TEXT        UNIQUE,
    first_name              TEXT,
    last_name               TEXT,
    title                   TEXT,
    unit_id                 TEXT        REFERENCES unit (id),
    extension               TEXT,
    phone_numbers           TEXT        NOT NULL DEFAULT '[]',
    email                   TEXT,
    role                    TEXT,
    voicemail_enabled       BOOLEAN     NOT NULL DEFAULT false,
    greeting_recorded_at    TIMESTAMPTZ,
    greeting_length_seconds INTEGER,
    responsibilities        TEXT        NOT NULL DEFAULT '[]',
    verified_at             TIMESTAMPTZ,
    active                  BOOLEAN     NOT NULL DEFAULT true,
    created_at              TIMESTAMPTZ NOT NULL,
    updated_at              TIMESTAMPTZ NOT NULL
);
CREATE INDEX employee_unit ON employee (unit_id);
