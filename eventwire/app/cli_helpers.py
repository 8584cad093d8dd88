"""Helpers of the ``eventwire`` command: flag types that reject bad values
with the list of valid ones, the run summary, and output that never hides
a limit."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape

from eventwire.errors import EXIT_FAILURE, Errors, EventwireError
from eventwire.settings import Settings, load_settings


def count(value: str) -> int:
    """A number of rows: 0 or more (0 = no limit)."""
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"'{value}' is not a count (0 or more)")
    return n


def positive(value: str) -> int:
    """A size: 1 or more."""
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"'{value}' must be a whole number, 1 or more")
    return n


def one_of(name: str, allowed: Sequence[str], aliases: dict[str, str] | None = None
            ) -> Callable[[str], str]:
    """A flag value from a closed list (case-insensitive); anything else is
    a usage error listing the valid values, never an empty result."""
    def parse(value: str) -> str:
        for candidate in (value.upper(), value.lower()):
            if candidate in allowed:
                return candidate
            if aliases and candidate in aliases:
                return aliases[candidate]
        raise argparse.ArgumentTypeError(
            f"{Errors.E606.code} unknown {name} '{value}'; use one of: {', '.join(allowed)}")
    return parse


def only_type(filters: dict[str, Any]) -> None:
    """Canonical events are filtered by type only: another filter is EW607."""
    unused = [k for k, v in filters.items() if v and k != "type"]
    if unused:
        raise EventwireError(Errors.E607, option=f"--{unused[0].replace('_', '-')}",
                             what="--canonical", hint="canonical events are filtered by "
                             "--type only; export events to filter them")


def reader(settings: Settings) -> Any:
    """The store, opened for reading: never creates one (EW305)."""
    from eventwire.store import open_store

    return open_store(settings.store_url, readonly=True)


def shown(shown: int, total: int, what: str) -> str:
    """``50 of 105 events (--limit 0 shows all)``: a limit is never silent."""
    from eventwire.app.views import plural

    if shown < total:
        return f"{shown:,} of {plural(total, what)} (--limit N shows more, --limit 0 all)"
    return plural(total, what)


def run_summary(report: Any, store: Any, console: Console) -> None:
    from eventwire.app.views import counts_table, event_table, pick_examples, plural

    if report.no_date:
        console.print(f"[yellow]{Errors.E114.code}[/] {plural(report.no_date, 'article')} "
                      "without a publication date: their undated events are marked "
                      "'unknown'. Pass --published YYYY-MM-DD to anchor them.")
    if report.events:
        run = {"run_id": report.run_id}
        console.print(counts_table(store.counts_by_type(**run),
                                   store.counts_by_type(new_only=True, **run)))
        console.print(event_table(pick_examples(store.events(limit=500, **run)),
                                  title="A few events from this run", width=console.width))
    elif not report.articles:
        console.print("Nothing new was stored; the store holds "
                      f"{plural(store.count_events(), 'event')} (`eventwire events`).")
    if report.canonical is not None:
        console.print(f"[bold]{plural(report.canonical, 'canonical event')}[/] in the store "
                      f"(one per real-world event); {report.multi_report:,} reported more "
                      "than once: `eventwire canonical --min-reports 2`")
    if report.rejected:
        codes = ", ".join(f"{c}×{n}" for c, n in sorted(report.reject_codes.items()))
        console.print(f"[yellow]{plural(report.rejected, 'input')} rejected ({codes}); see "
                      f"them with `eventwire rejects --run {report.run_id}`[/]")
    console.print("next: `eventwire events --type THREATEN`, `eventwire show ARTICLE_ID`, "
                  "`eventwire export --format csv`")


def export_all(store: Any, folder: Path, console: Console) -> None:
    from eventwire.app.export import export, export_canonical

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EventwireError(Errors.E605, path=folder, detail=exc.strerror or str(exc)) from exc
    for fmt in ("jsonl", "csv", "parquet"):
        n = export(store, fmt, folder / f"events.{fmt}")
        m = export_canonical(store.canonical_events(), fmt, folder / f"canonical.{fmt}")
        console.print(f"exported {n:,} events → {folder / f'events.{fmt}'}, {m:,} canonical "
                      f"→ {folder / f'canonical.{fmt}'}", highlight=False)


def make_console() -> Console:
    console = Console(stderr=False, soft_wrap=False)
    if not console.is_terminal and not os.environ.get("COLUMNS"):
        console.width = max(console.width, 132)  # logs and pipes: room for the tables
    return console


def dispatch(args: argparse.Namespace, handlers: dict[str, Any]) -> int:
    """Run the command; every error becomes its code's exit status."""
    err = Console(stderr=True, soft_wrap=True)  # one line per error: easy to grep
    try:
        settings = load_settings(args.config, store_url=args.store,
                                 progress=False if args.no_progress else None)
        return int(handlers[args.command](args, settings, make_console()))
    except EventwireError as exc:
        err.print(f"[bold red]{exc.code}[/] {escape(exc.message)}", highlight=False)
        return exc.exit_code
    except KeyboardInterrupt:
        err.print("interrupted: finished articles are stored; run again to continue")
        return EXIT_FAILURE
    except BrokenPipeError:
        raise
    except Exception as exc:  # noqa: BLE001 - a bug: coded, traceback on request
        if os.environ.get("EVENTWIRE_DEBUG"):
            raise
        error = EventwireError(Errors.E901, detail=f"{type(exc).__name__}: {exc}")
        err.print(f"[bold red]{error.code}[/] {escape(error.message)}", highlight=False)
        return error.exit_code


def export_command(args: argparse.Namespace, settings: Settings, console: Console,
                   filters: dict[str, Any]) -> None:
    """`eventwire export`: events (or canonical events) to a file or stdout."""
    from eventwire.app.export import check_format, export, export_canonical

    check_format(args.fmt)  # before anything is opened or created
    if args.canonical:
        only_type(filters)
    what = "canonical" if args.canonical else "events"
    output = args.output or Path(settings.export_dir) / f"{what}.{args.fmt}"
    to_stdout = str(output) in ("-", "/dev/stdout")
    if not to_stdout and output.parent != Path():
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise EventwireError(Errors.E605, path=output,
                                 detail=exc.strerror or str(exc)) from exc
    with reader(settings) as store:
        if args.canonical:
            n = export_canonical(store.canonical_events(type=args.type), args.fmt, output)
        else:
            n = export(store, args.fmt, output, **{k: v for k, v in filters.items()
                                                    if v is not None})
    note = Console(stderr=True) if to_stdout else console  # keep stdout for the data
    note.print(f"exported {n:,} {'canonical events' if args.canonical else 'events'} → "
               f"{output}", highlight=False)
