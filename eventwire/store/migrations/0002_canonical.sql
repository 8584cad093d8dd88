-- eventwire schema v2: canonical events (one per real-world event) and which
-- stored event records (reports) belong to each. Rebuilt whole by `eventwire
-- dedup` (and at the end of `eventwire run`). Portable SQL.
CREATE TABLE canonical_events (
    canonical_id      TEXT PRIMARY KEY,
    type              TEXT NOT NULL,
    actor_id          TEXT,
    actor_name        TEXT,
    recipient_id      TEXT,
    recipient_name    TEXT,
    date_start        TEXT,
    date_end          TEXT,
    geonameid         INTEGER,
    n_reports         INTEGER NOT NULL,
    n_outlets         INTEGER NOT NULL,
    n_disagreements   INTEGER NOT NULL,
    first_reported    TEXT,
    background        INTEGER NOT NULL DEFAULT 0,
    detail            TEXT NOT NULL
);
CREATE INDEX canonical_type ON canonical_events(type);
CREATE INDEX canonical_first ON canonical_events(first_reported);
CREATE TABLE canonical_mentions (
    event_id      TEXT PRIMARY KEY,
    canonical_id  TEXT NOT NULL
);
CREATE INDEX canonical_mentions_canonical ON canonical_mentions(canonical_id);
