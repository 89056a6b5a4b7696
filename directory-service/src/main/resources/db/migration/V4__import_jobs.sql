-- HR imports run as jobs; their progress and report survive a restart (issue 5).
CREATE TABLE import_job (
    id              UUID        PRIMARY KEY,
    state           TEXT        NOT NULL,              -- QUEUED, RUNNING, SUCCEEDED, FAILED
    full_import     BOOLEAN     NOT NULL,
    submitted_by    TEXT,
    file_bytes      BIGINT      NOT NULL,
    bytes_read      BIGINT      NOT NULL DEFAULT 0,
    rows_read       INTEGER     NOT NULL DEFAULT 0,
    created         INTEGER     NOT NULL DEFAULT 0,
    updated         INTEGER     NOT NULL DEFAULT 0,
    unchanged       INTEGER     NOT NULL DEFAULT 0,
    deactivated     INTEGER     NOT NULL DEFAULT 0,
    rejected        INTEGER     NOT NULL DEFAULT 0,
    ignored_columns TEXT        NOT NULL DEFAULT '',   -- header cells the import does not know, '|'-separated
    failure         TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    started_at      TIMESTAMPTZ,
    finished_at     TIMESTAMPTZ
);
CREATE INDEX import_job_unfinished ON import_job (state) WHERE state IN ('QUEUED', 'RUNNING');

CREATE TABLE import_rejected_row (
    job_id UUID    NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    line   BIGINT  NOT NULL,
    hr_id  TEXT,
    reason TEXT    NOT NULL,
    PRIMARY KEY (job_id, line)
);
