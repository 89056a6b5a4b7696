-- Platform tables every service has. Platform migrations are numbered 0.x so that they never
-- collide with a service's own V1, V2, ... (the service's flyway config sets out-of-order=true).

-- Transactional outbox: a state change and the events it emits commit together; the relay sends
-- the rows to Kafka in order and marks them published.
CREATE TABLE outbox_message (
    seq          BIGSERIAL PRIMARY KEY,
    id           UUID        NOT NULL UNIQUE,   -- ce_id, the consumers' idempotency key
    topic        TEXT        NOT NULL,
    record_key   TEXT,
    ce_type      TEXT,                          -- null for a dead letter, which is a raw copy
    ce_source    TEXT,
    ce_subject   TEXT,
    ce_time      TIMESTAMPTZ,
    payload      TEXT,                          -- null is a tombstone on a compacted topic
    headers      JSONB       NOT NULL DEFAULT '{}'::jsonb,
    created_at   TIMESTAMPTZ NOT NULL,
    published_at TIMESTAMPTZ
);
CREATE INDEX outbox_message_unpublished ON outbox_message (seq) WHERE published_at IS NULL;

-- Inbox: the ce_id of every event a consumer applied, written in the same transaction as its
-- effect, so that a redelivery is a no-op.
CREATE TABLE inbox_message (
    id           UUID        PRIMARY KEY,
    topic        TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL
);
