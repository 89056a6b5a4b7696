-- The organisation tree: departments (förvaltningar) and units (enheter).
CREATE TABLE unit (
    id         TEXT        PRIMARY KEY,
    name       TEXT        NOT NULL,
    parent_id  TEXT        REFERENCES unit (id),
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX unit_parent ON unit (parent_id);
