-- eventwire schema v3: analysts' reviews of event records (accept, correct a
-- field, reject), who and when. A review never changes the machine output in
-- `events`; `eventwire export --reviewed` turns them into gold records.
-- Also indexes for the web API's sorted, filtered pages. Portable SQL.
CREATE TABLE reviews (
    review_id   TEXT PRIMARY KEY,
    event_id    TEXT NOT NULL,
    article_id  TEXT NOT NULL,
    verdict     TEXT NOT NULL,
    field       TEXT,
    value       TEXT,
    reviewer    TEXT NOT NULL,
    note        TEXT,
    created     TEXT NOT NULL
);
CREATE INDEX reviews_event ON reviews(event_id);
CREATE INDEX reviews_article ON reviews(article_id);
CREATE INDEX events_published ON events(published, event_id);
CREATE INDEX events_date_order ON events(date_start, event_id);
CREATE INDEX events_outlet ON events(outlet);
CREATE INDEX events_lon_lat ON events(lon, lat);
