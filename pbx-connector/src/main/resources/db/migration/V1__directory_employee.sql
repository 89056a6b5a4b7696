-- Who has which extension, read from the compacted directory.employees.v1 (the directory owns it; this
-- copy maps a CDR's extension or mailbox to the employee without calling another service).
CREATE TABLE directory_employee (
    employee_id TEXT        PRIMARY KEY,
    unit_id     TEXT,
    extension   TEXT,
    active      BOOLEAN     NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX directory_employee_extension ON directory_employee (extension) WHERE active;
