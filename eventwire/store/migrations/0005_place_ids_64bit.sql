-- Place ids beyond GeoNames' range: airports (-(2**32 + crc32(ICAO))) and the
-- curated regions and waters (below -2**33) do not fit a 32-bit integer.
-- SQLite's INTEGER is already 64-bit, so only PostgreSQL widens its columns;
-- lines marked "-- postgresql:" run on PostgreSQL only (PostgresStore.dialect).
-- postgresql: ALTER TABLE events ALTER COLUMN geonameid TYPE BIGINT;
-- postgresql: ALTER TABLE canonical_events ALTER COLUMN geonameid TYPE BIGINT;
-- postgresql: ALTER TABLE places ALTER COLUMN geonameid TYPE BIGINT;
SELECT 1;
