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
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape

from eventwire.app.cli_helpers import (
    dispatch,
    export_all,
    export_command,
    reader,
    run_summary,
    shown,
)
from eventwire.app.cli_parser import build_parser, filters_of
from eventwire.errors import EXIT_OK, EXIT_USAGE, Errors, EventwireError
from eventwire.settings import Settings

Handler = Callable[[argparse.Namespace, Settings, Console], int]


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
        events = store.events(**filters_of(args), limit=args.limit)
        total = store.count_events(**filters_of(args)) if args.limit else len(events)
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
    export_command(args, settings, console, filters_of(args))
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

    settings = settings.with_overrides(overlap=args.overlap)
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
