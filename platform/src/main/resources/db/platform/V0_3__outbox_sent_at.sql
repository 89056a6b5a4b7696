-- When the relay last sent the row without seeing it acknowledged yet: set (and committed) before sending, cleared
-- by published_at. A row with sent_at and no published_at is in doubt: it may be on its topic already (OutboxRecovery).
ALTER TABLE outbox_message ADD COLUMN sent_at timestamptz;
CREATE INDEX outbox_message_in_doubt ON outbox_message (seq) WHERE published_at IS NULL AND sent_at IS NOT NULL;
