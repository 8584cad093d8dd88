"""The ``eventwire`` command. Thin: parse flags, call the library, print.

Every path ends in an exit code and, when something is wrong, a coded error
(``EW###``) that says what to do: 0 ok, 1 partial (some inputs rejected),
2 usage (the command line can fix it), 3 failure. No traceback reaches the
user (``EVENTWIRE_DEBUG=1`` shows it for an unexpected error, EW901); a
closed pipe (``| head``) ends the command quietly with 0.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape

from eventwire import __version__
from eventwire.app.cli_helpers import (
    count,
    dispatch,
    export_all,
    export_command,
    one_of,
    positive,
    reader,
    run_summary,
    shown,
)
from eventwire.errors import EXIT_OK, EXIT_USAGE, Errors, EventwireError
from eventwire.models import LEGACY_PLOVER_TYPES, MODALITIES, PLOVER_TYPES
from eventwire.settings import Settings

DESCRIPTION = ("News articles in, structured and evidence-linked political event records "
               "out (PLOVER types, actors, who says so, how sure, when, where).")
EPILOG = ("exit codes: 0 ok, 1 partial (some inputs rejected: `eventwire rejects` lists "
          "them), 2 usage, 3 failure. Every error carries a code (EW###) that says what "
          "to do. Settings: defaults < --config TOML < EVENTWIRE_* variables < flags.")

Handler = Callable[[argparse.Namespace, Settings, Console], int]


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value[:10])
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date (use YYYY-MM-DD)") from exc


def _add_filters(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("filters")
    g.add_argument("--type", type=one_of("PLOVER type", PLOVER_TYPES, LEGACY_PLOVER_TYPES),
                   help="PLOVER type, e.g. THREATEN")
    g.add_argument("--actor", help="actor id or name (actor or recipient)")
    g.add_argument("--country", help="ISO3 country of actor or recipient")
    g.add_argument("--from", dest="date_from", type=_date, help="events on/after YYYY-MM-DD")
    g.add_argument("--to", dest="date_to", type=_date, help="events on/before YYYY-MM-DD")
    g.add_argument("--text", help="substring of the trigger or sentence")
    g.add_argument("--modality", type=one_of("modality", MODALITIES),
                   help="asserted, reported, threatened, conditional, ...")
    g.add_argument("--speaker", help="who says so (name or actor id)")
    g.add_argument("--outlet", dest="filter_outlet", help="publishing outlet")
    g.add_argument("--article", dest="article_id", help="only events of this article")
    g.add_argument("--new-only", action="store_true",
                   help="leave out background events (recalled from before the news window)")
    g.add_argument("--min-confidence", type=float, help="only events at least this confident")


def _filters(args: argparse.Namespace) -> dict[str, Any]:
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
    p.add_argument("--published", type=_date, help="publication date for inputs without one")
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
    p.add_argument("--json", action="store_true")
    return parser


# ---------------------------------------------------------------- handlers


def _print_records(records: Sequence[Mapping[str, Any]], as_json: bool, console: Console,
                   table: Callable[[], Any]) -> int:
    """JSON lines on stdout, or the table ``table()`` builds."""
    if as_json:
        for record in records:
            print(json.dumps(record, ensure_ascii=False, default=str))
    else:
        console.print(table())
    return EXIT_OK


def cmd_run(args: argparse.Namespace, settings: Settings, console: Console) -> int:
    from eventwire.app.jobs import run_job
    from eventwire.app.views import plural

    settings = settings.with_overrides(batch_size=args.batch_size, n_process=args.workers)
    if args.engine == "ray":
        from eventwire.app.workers import worker_count
        from eventwire.scale.ray_runner import run_ray

        report = run_ray(args.inputs, settings, address=args.address, shards=args.shards,
                         workers=worker_count(settings.n_process), published=args.published,
                         outlet=args.outlet, fmt=args.fmt)
    else:
        report = run_job(args.inputs, settings, published=args.published, outlet=args.outlet,
                         fmt=args.fmt)
    console.print(f"[bold]{plural(report.articles, 'new article')}[/], "
                  f"[bold]{plural(report.events, 'event')}[/], {report.skipped:,} already "
                  f"stored, {report.rejected:,} rejected ({report.seconds:.1f}s) → "
                  f"{settings.store_url}", highlight=False)
    with reader(settings) as store:
        run_summary(report, store, console)
        if args.export_dir:
            export_all(store, Path(args.export_dir), console)
    return report.exit_code


def cmd_watch(args: argparse.Namespace, settings: Settings, console: Console) -> int:
    from eventwire.scale.watch import Watcher, read_sources_file

    sources = list(args.sources) + (read_sources_file(args.feeds) if args.feeds else [])
    if not sources:
        console.print("give feed URLs, files or directories (or --feeds FILE)")
        return EXIT_USAGE
    watcher = Watcher(sources, settings)

    def show(n: int, r: Any) -> None:
        codes = ", ".join(f"{c}×{k}" for c, k in sorted(r.reject_codes.items()))
        console.print(f"poll {n}: {r.articles} new articles, {r.events} events, "
                      f"{r.skipped} already stored, {r.rejected} rejected"
                      + (f" ({codes})" if codes else ""))

    watcher.run(args.interval, args.polls, on_poll=show)
    return EXIT_OK


def cmd_events(args: argparse.Namespace, settings: Settings, console: Console) -> int:
    from eventwire.app.views import event_table

    with reader(settings) as store:
        events = store.events(**_filters(args), limit=args.limit)
        total = store.count_events(**_filters(args)) if args.limit else len(events)
    if args.json and len(events) < total:
        print(f"showing {shown(len(events), total, 'event')}", file=sys.stderr)
    return _print_records(events, args.json, console, lambda: event_table(
        events, title=shown(len(events), total, "event"), width=console.width))


def cmd_show(args: argparse.Namespace, settings: Settings, console: Console) -> int:
    from eventwire.app.views import article_view

    with reader(settings) as store:
        article = store.article(args.article_id)
        if article is None:
            raise EventwireError(Errors.E304, article_id=args.article_id)
        events = store.events(article_id=args.article_id)
    if args.json:
        print(json.dumps({"article": article, "events": events}, ensure_ascii=False, default=str))
    else:
        console.print(article_view(article, events, width=console.width))
    return EXIT_OK


def cmd_articles(args: argparse.Namespace, settings: Settings, console: Console) -> int:
    from eventwire.app.views import simple_table

    with reader(settings) as store:
        rows = store.articles(limit=args.limit)
        total = store.count_articles()
    columns = ("id", "published", "outlet", "title")
    return _print_records([{k: v for k, v in r.items() if k != "text"} for r in rows],
                          args.json, console, lambda: simple_table(
        shown(len(rows), total, "article"), columns, ([r.get(c) for c in columns]
                                                        for r in rows)))


def cmd_rejects(args: argparse.Namespace, settings: Settings, console: Console) -> int:
    from eventwire.app.views import plural, simple_table

    with reader(settings) as store:
        rows = store.rejects(run_id=args.run_id)
    columns = ("source", "code", "message")
    return _print_records(rows, args.json, console, lambda: simple_table(
        plural(len(rows), "rejected input"), columns, ([r[c] for c in columns] for r in rows)))


def cmd_export(args: argparse.Namespace, settings: Settings, console: Console) -> int:
    if args.reviewed:
        from eventwire.app.reviewed import export_reviewed

        output = args.output or Path(settings.export_dir) / "reviewed.jsonl"
        output.parent.mkdir(parents=True, exist_ok=True)
        with reader(settings) as store:
            n, partial = export_reviewed(store, output)
        console.print(f"exported {n} reviewed articles → {output}; {partial} reviewed in part "
                      "left out (review every event of an article to include it)")
        return EXIT_OK
    export_command(args, settings, console, _filters(args))
    return EXIT_OK


def cmd_dedup(args: argparse.Namespace, settings: Settings, console: Console) -> int:
    from eventwire.corpus.attach import attach_pending, rebuild
    from eventwire.store import open_store

    with open_store(settings.store_url, create=False) as store:
        summary = rebuild(store) if args.rebuild else attach_pending(store)
    if args.json:
        print(json.dumps(summary.__dict__))
    else:
        console.print(f"{summary.events:,} events → [bold]{summary.canonical:,}[/] canonical "
                      f"events; {summary.multi_report:,} reported more than once, "
                      f"{summary.disagreeing:,} with disagreeing reports. "
                      "See them with `eventwire canonical --min-reports 2`.")
    return EXIT_OK


def cmd_canonical(args: argparse.Namespace, settings: Settings, console: Console) -> int:
    from eventwire.app.views import canonical_table

    with reader(settings) as store:
        rows = store.canonical_events(type=args.type, min_reports=args.min_reports,
                                      disagreeing=args.disagreements, limit=args.limit)
        total = len(store.canonical_events(type=args.type, min_reports=args.min_reports,
                                           disagreeing=args.disagreements))
    if args.json and len(rows) < total:
        print(f"showing {shown(len(rows), total, 'canonical event')}", file=sys.stderr)
    return _print_records(rows, args.json, console, lambda: canonical_table(
        rows, title=shown(len(rows), total, "canonical event"), width=console.width))


def cmd_eval(args: argparse.Namespace, settings: Settings, console: Console) -> int:
    from eventwire.eval.runner import run_eval

    result = run_eval(args.dataset, data=args.data, predictions=args.predictions,
                      settings=settings, split=args.split)
    for message in result.left_out:
        Console(stderr=True).print(f"[yellow]{Errors.E504.code}[/] {escape(message)}",
                                   highlight=False)
    reproduce = f"eventwire eval {args.dataset}" + (f" --data {args.data}" if args.data else "") \
        + (f" --split {args.split}" if args.split else "")
    if args.json:
        print(json.dumps({"dataset": args.dataset, "data": str(result.data_path),
                          "records": result.n_records, "left_out": len(result.left_out),
                          "metrics": result.metrics, "command": reproduce}, default=str))
    else:
        console.print(f"[bold]eval {args.dataset}[/] on {result.data_path} "
                      f"({result.n_records:,} records"
                      + (f", {len(result.left_out)} left out" if result.left_out else "") + ")")
        console.print(result.report, markup=False, highlight=False)
        if result.predictions_path:
            console.print(f"predictions → {result.predictions_path}")
        console.print(f"reproduce: {reproduce}", style="dim")
    return EXIT_OK


def cmd_bench(args: argparse.Namespace, settings: Settings, console: Console) -> int:
    from eventwire.app.bench import render_bench, run_bench

    result = run_bench(args.corpus, settings, limit=args.limit, repeat=args.repeat,
                       rounds=args.rounds)
    if args.json:
        print(json.dumps(result, default=str))
    else:
        console.print(render_bench(result), markup=False, highlight=False)
    return EXIT_OK


def cmd_actors(args: argparse.Namespace, settings: Settings, console: Console) -> int:
    from eventwire.app.views import plural, simple_table
    from eventwire.stages.actors.kb import DEFAULT_OVERLAY, import_file, load_kb

    overlay = Path(settings.kb_paths[0]) if settings.kb_paths else DEFAULT_OVERLAY
    if args.actors_command == "import":
        n = import_file(args.file, overlay)
        console.print(f"imported {plural(n, 'actor')} from {args.file} → {overlay} (they take "
                      "priority)")
        return EXIT_OK
    found = load_kb([overlay] if overlay.is_file() else []).search(args.name)

    def codes(row: dict[str, Any]) -> str:
        return ", ".join(r["code"] + (f" {r['start'] or ''}..{r['end'] or ''}"
                                      if r["start"] or r["end"] else "") for r in row["roles"])

    return _print_records(found, args.json, console, lambda: simple_table(
        f"{plural(len(found), 'actor')} matching '{args.name}'",
        ("id", "name", "kind", "codes", "aliases"),
        ([r["id"], r["name"], r["kind"], codes(r), "; ".join(r["aliases"])] for r in found)))


def cmd_serve(args: argparse.Namespace, settings: Settings, console: Console) -> int:
    from eventwire.web.app import serve

    return serve(settings, host=args.host, port=args.port)


def cmd_places(args: argparse.Namespace, settings: Settings, console: Console) -> int:
    from eventwire.stages.geo.gazetteer import gazetteer
    from eventwire.stages.geo.places import import_places, overlay_path

    if args.places_command == "import":
        n = import_places(args.file)
        console.print(f"imported {n} places from {args.file} → {overlay_path()} "
                      "(they come first)")
        return EXIT_OK
    found = [dataclasses.asdict(p) for p in gazetteer().candidates(args.name)]
    if args.json:
        for row in found:
            print(json.dumps(row, ensure_ascii=False))
        return EXIT_OK
    for row in found:
        console.print(f"{row['geonameid']:>10}  {row['name']}  {row['feature']}  "
                      f"{row['country'] or '-'}  {row['admin1'] or '-'}  pop {row['population']:,}"
                      f"  ({row['lat']:.3f}, {row['lon']:.3f})", markup=False, highlight=False)
    return EXIT_OK


HANDLERS: dict[str, Handler] = {
    "run": cmd_run, "watch": cmd_watch, "events": cmd_events, "show": cmd_show,
    "articles": cmd_articles,
    "rejects": cmd_rejects, "export": cmd_export, "eval": cmd_eval, "bench": cmd_bench,
    "dedup": cmd_dedup, "canonical": cmd_canonical,
    "actors": cmd_actors, "serve": cmd_serve, "places": cmd_places,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code = dispatch(args, HANDLERS)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # the reader went away (`| head -1`): what it wanted was written; stop
        # quietly, and keep Python from complaining when it flushes stdout at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
