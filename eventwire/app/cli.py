"""The ``eventwire`` command. Thin: parse flags, call the library, print.

Exit codes: 0 ok, 1 partial (some inputs rejected), 2 usage, 3 failure.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from rich.console import Console

from eventwire import __version__
from eventwire.errors import Errors, EventwireError
from eventwire.settings import Settings, load_settings

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_FAILURE = 0, 1, 2, 3

Handler = Callable[[argparse.Namespace, Settings, Console], int]


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value[:10])
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date (use YYYY-MM-DD)") from exc


def _add_filters(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("filters")
    g.add_argument("--type", help="PLOVER type, e.g. THREATEN")
    g.add_argument("--actor", help="actor id or name (actor or recipient)")
    g.add_argument("--country", help="ISO3 country of actor or recipient")
    g.add_argument("--from", dest="date_from", type=_date, help="events on/after YYYY-MM-DD")
    g.add_argument("--to", dest="date_to", type=_date, help="events on/before YYYY-MM-DD")
    g.add_argument("--text", help="substring of the trigger or sentence")
    g.add_argument("--modality", help="asserted, reported, threatened, conditional, ...")
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
    parser = argparse.ArgumentParser(prog="eventwire", description=__doc__.splitlines()[0])
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
    p.add_argument("--batch-size", type=int)
    p.add_argument("--workers", type=int,
                   help="worker processes (default: every core; the same records as 1)")
    p.add_argument("--export-dir", help="also write jsonl/csv/parquet exports here")
    p.add_argument("--engine", choices=["local", "ray"], default="local",
                   help="local processes (default) or Ray Data (pip install 'eventwire[ray]')")
    p.add_argument("--address", help="Ray cluster address (ray://host:10001); default: "
                   "start a local Ray on this machine")
    p.add_argument("--shards", type=Path, help="Ray: Parquet shards of the extracted records "
                   "go here (default: EXPORT_DIR/shards/RUN_ID)")

    p = sub.add_parser("watch", help="poll RSS/Atom feeds and folders; extract only new items")
    p.add_argument("sources", nargs="*", help="feed URLs, feed files or directories")
    p.add_argument("--feeds", type=Path, help="a file with one source per line")
    p.add_argument("--interval", type=float, default=300.0, help="seconds between polls")
    p.add_argument("--polls", type=int, default=0, help="stop after N polls (0: never)")

    p = sub.add_parser("events", help="list stored events")
    _add_filters(p)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true", help="JSON lines instead of a table")

    p = sub.add_parser("show", help="an article with its events, evidence highlighted")
    p.add_argument("article_id")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("articles", help="list stored articles")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("rejects", help="list rejected inputs with their reasons")
    p.add_argument("--run", dest="run_id")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("export", help="write events as jsonl, csv, parquet or geojson")
    p.add_argument("--format", dest="fmt", default="jsonl")
    p.add_argument("-o", "--output", type=Path, help="output file")
    p.add_argument("--reviewed", action="store_true", help="fully reviewed articles as gold "
                   "records (docs/annotation.md) for `eventwire eval records`")
    _add_filters(p)

    p = sub.add_parser("dedup", help="rebuild canonical events: one per real-world event, "
                       "across articles and outlets")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("canonical", help="list canonical events with their reports and "
                       "disagreements")
    p.add_argument("--type", help="PLOVER type, e.g. ASSAULT")
    p.add_argument("--min-reports", type=int, default=1, help="reported at least N times")
    p.add_argument("--disagreements", action="store_true",
                   help="only events on which the reports disagree")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true", help="JSON lines instead of a table")

    p = sub.add_parser("eval", help="score a stage on a dataset")
    p.add_argument("dataset")
    p.add_argument("--data", type=Path, help="a JSONL file in the dataset's format")
    p.add_argument("--predictions", type=Path, help="write predictions here (JSONL)")
    p.add_argument("--json", action="store_true", help="metrics as JSON on stdout")

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
    p.add_argument("--limit", type=int, help="use at most N articles")
    p.add_argument("--repeat", type=int, default=1, help="pass over the corpus N times")
    p.add_argument("--rounds", type=int, default=1,
                   help="alternate bare/eventwire runs N times and keep the fastest of each")
    p.add_argument("--json", action="store_true")
    return parser


# ---------------------------------------------------------------- handlers


def _print_records(records: Sequence[Mapping[str, Any]], as_json: bool, console: Console,
                   table: Callable[[], Any]) -> int:
    """JSON lines on stdout, or the table ``table()`` builds."""
    if as_json:
        for record in records:
            print(json.dumps(record, ensure_ascii=False))
    else:
        console.print(table())
    return EXIT_OK


def cmd_run(args: argparse.Namespace, settings: Settings, console: Console) -> int:
    from eventwire.app.export import export
    from eventwire.app.jobs import run_job
    from eventwire.app.views import counts_table, event_table, pick_examples
    from eventwire.store import open_store

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
    with open_store(settings.store_url) as store:
        events = store.events()
        console.print(f"[bold]{report.articles}[/] articles, [bold]{report.events}[/] events, "
                      f"{report.skipped} already stored, {report.rejected} rejected "
                      f"({report.seconds:.1f}s) → {settings.store_url}")
        if report.no_date:
            console.print(f"[yellow]{Errors.E114.code}[/] {report.no_date} articles have no "
                          "publication date: their undated events are marked 'unknown'. "
                          "Pass --published YYYY-MM-DD to anchor them.")
        if events:
            console.print(counts_table(store.counts_by_type(),
                                       store.counts_by_type(new_only=True)))
            console.print(event_table(pick_examples(events), title="A few events"))
        if report.canonical is not None:
            console.print(f"[bold]{report.canonical}[/] canonical events (one per real-world "
                          f"event); {report.multi_report} reported more than once: "
                          "`eventwire canonical --min-reports 2`")
        if report.rejected:
            codes = ", ".join(f"{c}×{n}" for c, n in sorted(report.reject_codes.items()))
            console.print(f"[yellow]{report.rejected} inputs rejected ({codes}); see them with "
                          f"`eventwire rejects --run {report.run_id}`[/]")
        if args.export_dir:
            out = Path(args.export_dir)
            out.mkdir(parents=True, exist_ok=True)
            for fmt in ("jsonl", "csv", "parquet"):
                path = out / f"events.{fmt}"
                n = export(store, fmt, path)
                console.print(f"exported {n} events → {path}")
        console.print("next: `eventwire events --type THREATEN`, `eventwire show ARTICLE_ID`, "
                      "`eventwire export --format csv`")
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
    from eventwire.store import open_store

    with open_store(settings.store_url) as store:
        events = store.events(**_filters(args), limit=args.limit)
    return _print_records(events, args.json, console, lambda: event_table(
        events, title=f"{len(events)} events"))


def cmd_show(args: argparse.Namespace, settings: Settings, console: Console) -> int:
    from eventwire.app.views import article_view
    from eventwire.store import open_store

    with open_store(settings.store_url) as store:
        article = store.article(args.article_id)
        if article is None:
            raise EventwireError(Errors.E304, article_id=args.article_id)
        events = store.events(article_id=args.article_id)
    if args.json:
        print(json.dumps({"article": article, "events": events}, ensure_ascii=False, default=str))
    else:
        console.print(article_view(article, events))
    return EXIT_OK


def cmd_articles(args: argparse.Namespace, settings: Settings, console: Console) -> int:
    from rich.table import Table

    from eventwire.store import open_store

    with open_store(settings.store_url) as store:
        rows = store.articles(limit=args.limit)
    if args.json:
        for row in rows:
            print(json.dumps({k: v for k, v in row.items() if k != "text"}, default=str))
        return EXIT_OK
    table = Table(title=f"{len(rows)} articles")
    for col in ("id", "published", "outlet", "title"):
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(str(row.get(c) or "") for c in ("id", "published", "outlet", "title")))
    console.print(table)
    return EXIT_OK


def cmd_rejects(args: argparse.Namespace, settings: Settings, console: Console) -> int:
    from rich.table import Table

    from eventwire.store import open_store

    with open_store(settings.store_url) as store:
        rows = store.rejects(run_id=args.run_id)
    if args.json:
        for row in rows:
            print(json.dumps(row, default=str, ensure_ascii=False))
        return EXIT_OK
    table = Table(title=f"{len(rows)} rejected inputs")
    for col in ("source", "code", "message"):
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(str(row["source"]), str(row["code"]), str(row["message"]))
    console.print(table)
    return EXIT_OK


def cmd_export(args: argparse.Namespace, settings: Settings, console: Console) -> int:
    from eventwire.app.export import export
    from eventwire.store import open_store

    if args.reviewed:
        from eventwire.app.reviewed import export_reviewed

        output = args.output or Path(settings.export_dir) / "reviewed.jsonl"
        output.parent.mkdir(parents=True, exist_ok=True)
        with open_store(settings.store_url) as store:
            n, partial = export_reviewed(store, output)
        console.print(f"exported {n} reviewed articles → {output}; {partial} reviewed in part "
                      "left out (review every event of an article to include it)")
        return EXIT_OK
    output = args.output or Path(settings.export_dir) / f"events.{args.fmt}"
    output.parent.mkdir(parents=True, exist_ok=True)
    with open_store(settings.store_url) as store:
        n = export(store, args.fmt, output, **{k: v for k, v in _filters(args).items()
                                                if v is not None})
    console.print(f"exported {n} events → {output}")
    return EXIT_OK


def cmd_dedup(args: argparse.Namespace, settings: Settings, console: Console) -> int:
    from eventwire.corpus.canonical import rebuild
    from eventwire.store import open_store

    with open_store(settings.store_url) as store:
        summary = rebuild(store)
    if args.json:
        print(json.dumps(summary.__dict__))
    else:
        console.print(f"{summary.events} events → [bold]{summary.canonical}[/] canonical "
                      f"events; {summary.multi_report} reported more than once, "
                      f"{summary.disagreeing} with disagreeing reports. "
                      "See them with `eventwire canonical --min-reports 2`.")
    return EXIT_OK


def cmd_canonical(args: argparse.Namespace, settings: Settings, console: Console) -> int:
    from eventwire.app.views import canonical_table
    from eventwire.store import open_store

    with open_store(settings.store_url) as store:
        rows = store.canonical_events(type=args.type, min_reports=args.min_reports,
                                      disagreeing=args.disagreements, limit=args.limit)
    return _print_records(rows, args.json, console, lambda: canonical_table(
        rows, title=f"{len(rows)} canonical events"))


def cmd_eval(args: argparse.Namespace, settings: Settings, console: Console) -> int:
    from eventwire.eval.runner import run_eval

    result = run_eval(args.dataset, data=args.data, predictions=args.predictions,
                      settings=settings)
    reproduce = f"eventwire eval {args.dataset}" + (f" --data {args.data}" if args.data else "")
    if args.json:
        print(json.dumps({"dataset": args.dataset, "data": str(result.data_path),
                          "records": result.n_records, "metrics": result.metrics,
                          "command": reproduce}, default=str))
    else:
        console.print(f"[bold]eval {args.dataset}[/] on {result.data_path} "
                      f"({result.n_records} records)")
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
    from rich.table import Table

    from eventwire.stages.actors.kb import DEFAULT_OVERLAY, import_file, load_kb

    overlay = Path(settings.kb_paths[0]) if settings.kb_paths else DEFAULT_OVERLAY
    if args.actors_command == "import":
        n = import_file(args.file, overlay)
        console.print(f"imported {n} actors from {args.file} → {overlay} (they take priority)")
        return EXIT_OK
    found = load_kb([overlay] if overlay.is_file() else []).search(args.name)
    if args.json:
        for row in found:
            print(json.dumps(row, ensure_ascii=False))
        return EXIT_OK
    table = Table(title=f"{len(found)} actors matching '{args.name}'")
    for col in ("id", "name", "kind", "codes", "aliases"):
        table.add_column(col, overflow="fold")
    for row in found:
        codes = ", ".join(r["code"] + (f" {r['start'] or ''}..{r['end'] or ''}"
                                       if r["start"] or r["end"] else "") for r in row["roles"])
        table.add_row(row["id"], row["name"], row["kind"], codes, "; ".join(row["aliases"]))
    console.print(table)
    return EXIT_OK


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
    parser = build_parser()
    args = parser.parse_args(argv)
    console = Console(stderr=False, soft_wrap=False)
    if not console.is_terminal:
        console.width = max(console.width, 132)  # logs and pipes: room for the tables
    err = Console(stderr=True)
    try:
        settings = load_settings(args.config, store_url=args.store,
                                 progress=False if args.no_progress else None)
        return HANDLERS[args.command](args, settings, console)
    except EventwireError as exc:
        err.print(f"[bold red]{exc.code}[/] {exc.message}", markup=True, highlight=False)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        err.print("interrupted: finished articles are stored; run again to continue")
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
