-- eventwire schema v4: incremental dedup. Portable SQL (SQLite, PostgreSQL).
-- Embeddings computed once per event (base64 float16 text: portable).
CREATE TABLE event_vectors (
    event_id      TEXT PRIMARY KEY,
    model         TEXT NOT NULL,
    trigger_vec   TEXT NOT NULL,
    sentence_vec  TEXT NOT NULL
);
-- Blocking index: a canonical event is found by (type, key, day), where key
-- is a participant ("a:" actor id), a place ("p:" GeoNames id) or the trigger
-- word ("w:" lower-cased), and day is a day its reports give.
CREATE TABLE canonical_blocks (
    canonical_id  TEXT NOT NULL,
    type          TEXT NOT NULL,
    block_key     TEXT NOT NULL,
    day           TEXT NOT NULL,
    PRIMARY KEY (canonical_id, block_key, day)
);
CREATE INDEX canonical_blocks_lookup ON canonical_blocks(type, block_key, day);
-- Articles already attached, in attach order (a rebuild replays this order).
CREATE TABLE dedup_articles (
    article_id    TEXT PRIMARY KEY,
    seq           INTEGER NOT NULL
);
CREATE INDEX dedup_articles_seq ON dedup_articles(seq);
-- One vector per article (mean of its events' sentence vectors): document
-- similarity without corpus statistics, so attaching stays incremental.
CREATE TABLE article_vectors (
    article_id    TEXT PRIMARY KEY,
    doc_vec       TEXT NOT NULL
);
