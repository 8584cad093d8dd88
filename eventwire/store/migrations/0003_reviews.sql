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
-- Keyset pages: the sort keys of browse.py (NULLs mapped). Each sort index
-- also carries the columns of the cheap filters, so a page scanned in sort
-- order checks them in the index and reads only the rows it returns.
CREATE INDEX events_sort_published ON events ((COALESCE(published, '')), event_id,
    date_start, date_end, type, modality, actor_country, recipient_country, lon, lat);
CREATE INDEX events_sort_date ON events ((COALESCE(date_start, '')), event_id,
    date_end, type, modality, actor_country, recipient_country, lon, lat);
CREATE INDEX events_sort_confidence ON events ((COALESCE(confidence, -1.0)), event_id,
    date_start, date_end, type, modality, actor_country, recipient_country, lon, lat);
-- The most used equality filters, in sort order.
CREATE INDEX events_type_published ON events (type, (COALESCE(published, '')), event_id);
CREATE INDEX events_type_date ON events (type, (COALESCE(date_start, '')), event_id);
CREATE INDEX events_type_confidence ON events (type, (COALESCE(confidence, -1.0)), event_id);
CREATE INDEX events_modality_published ON events (modality, (COALESCE(published, '')), event_id);
CREATE INDEX events_actor_country_published
    ON events (actor_country, (COALESCE(published, '')), event_id);
CREATE INDEX events_recipient_country_published
    ON events (recipient_country, (COALESCE(published, '')), event_id);
-- The timeline counts (date, type) from the index alone.
CREATE INDEX events_date_type ON events (date_start, type);
-- Facets and map counts under a type filter, from the index alone.
CREATE INDEX events_facets ON events (type, modality, actor_country, outlet, geonameid);
