-- Switchboard search (RIGHT_OFFICER): typo-tolerant names with trigrams, responsibilities, titles
-- and unit names with PostgreSQL's Swedish full-text configuration.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE employee
    ADD COLUMN full_name   TEXT GENERATED ALWAYS AS (coalesce(first_name, '') || ' ' || coalesce(last_name, '')) STORED,
    -- responsibilities is a JSON array; the parser drops the brackets and quotes
    ADD COLUMN search_text TSVECTOR GENERATED ALWAYS AS
        (to_tsvector('swedish'::regconfig, coalesce(title, '') || ' ' || responsibilities)) STORED;

CREATE INDEX employee_full_name_trgm ON employee USING gin (full_name gin_trgm_ops);
CREATE INDEX employee_search_text ON employee USING gin (search_text);
CREATE INDEX unit_name_text ON unit USING gin (to_tsvector('swedish'::regconfig, name));
