"""The ``eventwire`` command line: every sub-command, its flags and their help.

Kept apart from the handlers (``eventwire.app.cli``) so the flags can be read,
tested (tests/test_docs.py checks docs against them) and documented in one place.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from eventwire import __version__
from eventwire.app.cli_helpers import count, one_of, positive
from eventwire.models import LEGACY_PLOVER_TYPES, MODALITIES, PLOVER_TYPES
from eventwire.models.articles import PUBLISHED_RANGE, published_in_range

DESCRIPTION = ("News articles in, structured and evidence-linked political event records "
               "out (PLOVER types, actors, who says so, how sure, when, where).")
EPILOG = ("exit codes: 0 ok, 1 partial (some inputs rejected: `eventwire rejects` lists "
          "them), 2 usage, 3 failure. Every error carries a code (EW###) that says what "
          "to do. Settings: defaults < --config TOML < EVENTWIRE_* variables < flags.")

def iso_date(value: str) -> date:
    try:
        day = date.fromisoformat(value[:10])
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date (use YYYY-MM-DD)") from exc
    if not published_in_range(day):
        low, high = PUBLISHED_RANGE
        raise argparse.ArgumentTypeError(f"'{value}' is out of range (between {low} and {high})")
    return day


def _add_filters(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("filters")
    g.add_argument("--type", type=one_of("PLOVER type", PLOVER_TYPES, LEGACY_PLOVER_TYPES),
                   help="PLOVER type, e.g. THREATEN")
    g.add_argument("--actor", help="actor id or name (actor or recipient)")
    g.add_argument("--country", help="ISO3 country of actor or recipient")
    g.add_argument("--from", dest="date_from", type=iso_date, help="events on/after YYYY-MM-DD")
    g.add_argument("--to", dest="date_to", type=iso_date, help="events on/before YYYY-MM-DD")
    g.add_argument("--text", help="substring of the trigger or sentence")
    g.add_argument("--modality", type=one_of("modality", MODALITIES),
                   help="asserted, reported, threatened, conditional, ...")
    g.add_argument("--speaker", help="who says so (name or actor id)")
    g.add_argument("--outlet", dest="filter_outlet", help="publishing outlet")
    g.add_argument("--article", dest="article_id", help="only events of this article")
    g.add_argument("--new-only", action="store_true",
                   help="leave out background events (recalled from before the news window)")
    g.add_argument("--min-confidence", type=float, help="only events at least this confident")


def filters_of(args: argparse.Namespace) -> dict[str, Any]:
    return {"type": args.type, "actor": args.actor, "country": args.country,
            "date_from": args.date_from, "date_to": args.date_to, "text": args.text,
            "modality": args.modality, "speaker": args.speaker, "outlet": args.filter_outlet,
            "article_id": args.article_id, "new_only": args.new_only,
            "min_confidence": args.min_confidence}


def _add_globals(p: argparse.ArgumentParser, default: Any) -> None:
    p.add_argument("--config", type=Path, default=default,
                   help="TOML file with an [eventwire] table")
    p.add_argument("--store", default=default,
                   help="store URL (default sqlite:///eventwire.db)")
    p.add_argument("--no-progress", action="store_true", default=default,
                   help="no progress bar")


class _Subparsers:
    """Adds the global options to every sub-command."""

    def __init__(self, action: Any, common: argparse.ArgumentParser) -> None:
        self.action = action
        self.common = common

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = self.action.add_parser(name, parents=[self.common],
                                                                 **kwargs)
        return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eventwire", description=DESCRIPTION, epilog=EPILOG)
    parser.add_argument("--version", action="version", version=f"eventwire {__version__}")
    _add_globals(parser, argparse.SUPPRESS)
    parser.set_defaults(config=None, store=None, no_progress=False)
    common = argparse.ArgumentParser(add_help=False)
    _add_globals(common, argparse.SUPPRESS)  # also accepted after the command
    sub = _Subparsers(parser.add_subparsers(dest="command", required=True), common)

    p = sub.add_parser("run", help="ingest and extract events from files or directories")
    p.add_argument("inputs", nargs="+", help="files or directories (txt, html, jsonl, rss, warc)")
    p.add_argument("--published", type=iso_date, help="publication date for inputs without one")
    p.add_argument("--outlet", help="outlet for inputs without one")
    p.add_argument("--format", dest="fmt",
                   choices=["text", "html", "jsonl", "feed", "warc", "parquet"])
    p.add_argument("--batch-size", type=positive, help="articles per batch (1 or more)")
    p.add_argument("--workers", type=count,
                   help="worker processes (0, the default: every core; the same records as 1)")
    p.add_argument("--export-dir", help="also write jsonl/csv/parquet exports here")
    p.add_argument("--engine", type=one_of("engine", ("local", "ray")), default="local",
                   help="local processes (default) or Ray Data (pip install 'eventwire[ray]')")
    p.add_argument("--address", help="Ray cluster address (ray://host:10001); default: "
                   "start a local Ray on this machine")
    p.add_argument("--shards", type=Path, help="Ray: Parquet shards of the extracted records "
                   "go here (default: EXPORT_DIR/shards/RUN_ID)")

    p = sub.add_parser("watch", help="poll RSS/Atom feeds and folders; extract only new items")
    p.add_argument("sources", nargs="*", help="feed URLs, feed files or directories")
    p.add_argument("--feeds", type=Path, help="a file with one source per line")
    p.add_argument("--interval", type=float, default=300.0, help="seconds between polls")
    p.add_argument("--polls", type=count, default=0, help="stop after N polls (0: never)")

    p = sub.add_parser("events", help="list stored events")
    _add_filters(p)
    p.add_argument("--limit", type=count, default=50, help="at most N (0: all; default 50)")
    p.add_argument("--json", action="store_true", help="JSON lines instead of a table")

    p = sub.add_parser("show", help="an article with its events, evidence highlighted")
    p.add_argument("article_id")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("articles", help="list stored articles")
    p.add_argument("--limit", type=count, default=50, help="at most N (0: all; default 50)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("rejects", help="list rejected inputs with their reasons")
    p.add_argument("--run", dest="run_id")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("export", help="write events as jsonl, csv, parquet or geojson")
    p.add_argument("--format", dest="fmt", default="jsonl",
                   help="jsonl (default), csv, parquet, geojson")
    p.add_argument("-o", "--output", type=Path, help="output file ('-': standard output)")
    p.add_argument("--canonical", action="store_true",
                   help="export canonical events (one per real-world event) instead")
    p.add_argument("--reviewed", action="store_true", help="fully reviewed articles as gold "
                   "records (docs/annotation.md) for `eventwire eval records`")
    _add_filters(p)

    p = sub.add_parser("dedup", help="attach stored events to canonical events (one per "
                       "real-world event, across articles and outlets)")
    p.add_argument("--rebuild", action="store_true",
                   help="clear every canonical event and attach all articles again")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("canonical", help="list canonical events with their reports and "
                       "disagreements")
    p.add_argument("--type", type=one_of("PLOVER type", PLOVER_TYPES, LEGACY_PLOVER_TYPES),
                   help="PLOVER type, e.g. ASSAULT")
    p.add_argument("--min-reports", type=positive, default=1, help="reported at least N times")
    p.add_argument("--disagreements", action="store_true",
                   help="only events on which the reports disagree")
    p.add_argument("--limit", type=count, default=50, help="at most N (0: all; default 50)")
    p.add_argument("--json", action="store_true", help="JSON lines instead of a table")

    p = sub.add_parser("eval", help="score a stage on a dataset")
    p.add_argument("dataset")
    p.add_argument("--data", type=Path, help="a JSONL file in the dataset's format")
    p.add_argument("--predictions", type=Path, help="write predictions here (JSONL)")
    p.add_argument("--json", action="store_true", help="metrics as JSON on stdout")
    p.add_argument("--split", choices=("dev", "blind", "all"),
                   help="records with a split field: keep this half (records: default dev)")

    for noun, helps in (("actors", ("the actor knowledge base: search it, import your own",
                                    "actors whose names contain NAME")),
                        ("places", ("the gazetteer: look names up, import your own places",
                                    "gazetteer candidates for NAME, best first"))):
        p = sub.add_parser(noun, help=helps[0])
        verbs = p.add_subparsers(dest=f"{noun}_command", required=True)
        q = verbs.add_parser("search", help=helps[1])
        q.add_argument("name")
        q.add_argument("--json", action="store_true")
        q = verbs.add_parser("import", help=f"add {noun} from a YAML or CSV file (all or nothing)")
        q.add_argument("file", type=Path)

    p = sub.add_parser("serve", help="web UI and REST API over the store (read-only unless "
                       "EVENTWIRE_TOKEN is set)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)

    p = sub.add_parser("bench", help="throughput and memory against bare spaCy")
    p.add_argument("corpus", nargs="+")
    p.add_argument("--limit", type=positive, help="use at most N articles")
    p.add_argument("--repeat", type=positive, default=1, help="pass over the corpus N times")
    p.add_argument("--rounds", type=positive, default=1,
                   help="alternate bare/eventwire runs N times and keep the fastest of each")
    p.add_argument("--overlap", action="store_true", default=None,
                   help="run eventwire with the next batch parsed in a helper thread "
                        "(the overlap setting; bare spaCy stays one thread)")
    p.add_argument("--json", action="store_true")
    return parser
