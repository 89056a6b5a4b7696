-- Event time (BRIEF, "Event time"): for every input partition, the latest event time read there, written in the
-- same transaction as the batch that read it, so a restart resumes with the watermark its offsets imply.
CREATE TABLE watermark_partition (
    topic           TEXT        NOT NULL,
    kafka_partition INT         NOT NULL,
    event_time      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (topic, kafka_partition)
);

-- Heartbeats go to a chosen partition, not to the one their key hashes to; null lets the key decide.
ALTER TABLE outbox_message ADD COLUMN kafka_partition INT;

-- The decision watermark each of the service's decision jobs last ran with: what it forwards downstream is no later
-- than this, so a consumer whose watermark passed T has also received every decision up to T.
CREATE TABLE watermark_decided (
    job        TEXT        PRIMARY KEY,
    through    TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
