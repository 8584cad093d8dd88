-- eventwire schema v1. Portable SQL: runs on SQLite and PostgreSQL.
CREATE TABLE runs (
    id          TEXT PRIMARY KEY,
    started     TEXT NOT NULL,
    finished    TEXT,
    version     TEXT NOT NULL,
    settings    TEXT NOT NULL,
    inputs      TEXT NOT NULL,
    counts      TEXT,
    status      TEXT NOT NULL
);
CREATE TABLE articles (
    id           TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    url          TEXT,
    outlet       TEXT,
    published    TEXT,
    title        TEXT,
    lang         TEXT,
    source       TEXT,
    text         TEXT NOT NULL,
    word_count   INTEGER NOT NULL,
    meta         TEXT,
    run_id       TEXT REFERENCES runs(id),
    ingested_at  TEXT NOT NULL
);
CREATE TABLE events (
    event_id          TEXT PRIMARY KEY,
    article_id        TEXT NOT NULL REFERENCES articles(id),
    type              TEXT NOT NULL,
    mode              TEXT,
    modality          TEXT,
    polarity          TEXT,
    actor_id          TEXT,
    actor_name        TEXT,
    actor_country     TEXT,
    recipient_id      TEXT,
    recipient_name    TEXT,
    recipient_country TEXT,
    date_value        TEXT,
    date_start        TEXT,
    date_end          TEXT,
    anchor            TEXT,
    background        INTEGER NOT NULL DEFAULT 0,
    geonameid         INTEGER,
    lat               REAL,
    lon               REAL,
    confidence        REAL,
    outlet            TEXT,
    published         TEXT,
    speaker           TEXT,
    trigger_text      TEXT,
    sentence          TEXT,
    detail            TEXT NOT NULL,
    run_id            TEXT REFERENCES runs(id)
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_actor ON events(actor_id);
CREATE INDEX events_recipient ON events(recipient_id);
CREATE INDEX events_actor_country ON events(actor_country);
CREATE INDEX events_recipient_country ON events(recipient_country);
CREATE INDEX events_date ON events(date_start);
CREATE INDEX events_modality ON events(modality);
CREATE TABLE actors (
    actor_id  TEXT PRIMARY KEY,
    name      TEXT,
    country   TEXT,
    sectors   TEXT,
    kind      TEXT
);
CREATE TABLE places (
    geonameid INTEGER PRIMARY KEY,
    name      TEXT,
    lat       REAL,
    lon       REAL,
    country   TEXT,
    admin1    TEXT
);
CREATE TABLE rejects (
    id          TEXT PRIMARY KEY,
    run_id      TEXT REFERENCES runs(id),
    source      TEXT NOT NULL,
    code        TEXT NOT NULL,
    message     TEXT NOT NULL,
    excerpt     TEXT,
    article_id  TEXT,
    created     TEXT NOT NULL
);
CREATE INDEX rejects_run ON rejects(run_id);
