-- The unit tree from the compacted directory.units.v1 (a local copy): a manager sees their unit and the
-- units below it. A deleted unit stays as a row, so a replayed older snapshot cannot bring it back.
CREATE TABLE unit_node (
    unit_id    TEXT        PRIMARY KEY,
    parent_id  TEXT,
    deleted    BOOLEAN     NOT NULL DEFAULT false,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX unit_node_parent ON unit_node (parent_id) WHERE NOT deleted;
