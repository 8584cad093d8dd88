"""Terminal views: the run summary, event lines and an article with its
evidence highlighted. Pure functions from records to rich renderables; the CLI
prints them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from eventwire.records import (
    AttributionRecord,
    EventRecord,
    PlaceRecord,
    PlaceSummary,
    ReportedValue,
    link_label,
)

# Evidence styles: one colour per field, reused by `show` and the legend.
STYLES: dict[str, str] = {
    "trigger": "bold black on yellow",
    "actor": "bold white on blue",
    "recipient": "bold white on magenta",
    "time": "black on cyan",
    "place": "black on green",
    "speaker": "bold white on red",
    "condition": "italic black on bright_white",
}


def _actor(a: Mapping[str, Any] | None) -> str:
    """An event's actor (``ActorRecord``) or a canonical event's (``RoleSummary``)."""
    if not a:
        return "—"
    name = a.get("name") or a.get("text") or "?"
    tags = "/".join(x for x in [a.get("country") or "", "+".join(a.get("sectors") or [])] if x)
    return f"{name} ({tags})" if tags else str(name)


def _when(t: Mapping[str, Any]) -> str:
    value = t.get("value") or "unknown"
    note = t.get("anchor", "unknown")
    if t.get("background"):
        note += ", background"
    return f"{value} [{note}]"


def _where(p: PlaceRecord | PlaceSummary | None) -> str:
    if not p:
        return "—"
    return f"{p.get('name') or p.get('text')} ({p.get('country') or '?'}, {p.get('precision')})"


def _says(chain: Iterable[AttributionRecord]) -> str:
    parts = [link_label(a) + ("" if a.get("role") == "speaker" else f" ({a.get('role')})")
             for a in chain]
    return " → ".join(parts) if parts else "—"


def _how(f: Mapping[str, Any]) -> str:
    out = f"{f.get('modality')}, {f.get('polarity')}, {f.get('certainty')}"
    cond = f.get("condition")
    if cond:
        out += f"; if: “{cond.get('text')}”"
    return out


# Below this many columns a six-column table squeezes "THREATEN" into
# "THREA/TEN": the narrow layout puts each event's fields under each other.
WIDE = 132
WHAT_WIDTH = 12  # the longest PLOVER type, COOPERATE, is 9 characters


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 article``, ``2 articles``."""
    return f"{n:,} {word if n == 1 else many or word + 's'}"


def _what(ev: EventRecord) -> Text:
    what = Text(ev["type"], style="bold")
    what.append(f"\n“{ev['trigger']['text']}”", style="dim")
    return what


def _plain(*cells: RenderableType) -> list[RenderableType]:
    """Cells as literal text: Rich reads "[narrative]" in a plain string as
    markup and drops it, which hid every date's anchor ("2020-10 [narrative]")
    and would eat any bracket in a name or a rejected article's message."""
    return [Text(c) if isinstance(c, str) else c for c in cells]


def _wide_table(title: str, columns: list[tuple[str, int, int]]) -> Table:
    """A "what" column of fixed width, then ``(name, ratio, least)`` columns
    sharing the rest. Rich ignores ``min_width`` on a ratio column, so a
    ratio-sized "what" was cut to "MOBILIZ/E"."""
    table = Table(title=title, show_lines=True, expand=True)
    table.add_column("what", width=WHAT_WIDTH, overflow="fold")
    for col, ratio, least in columns:
        table.add_column(col, ratio=ratio, overflow="fold", min_width=least)
    return table


def _narrow_table(title: str, width: int) -> Table:
    table = Table(title=title, show_lines=True, expand=True, width=width)
    table.add_column("what", width=WHAT_WIDTH, overflow="fold")
    table.add_column("details", ratio=1, overflow="fold")
    return table


def event_table(events: list[EventRecord], title: str = "Events",
                width: int = WIDE) -> Table:
    """Events as a table: six columns on a wide screen, two below ``WIDE``."""
    if width < WIDE:
        table = _narrow_table(title, width)
        for ev in events:
            table.add_row(*_plain(_what(ev), "\n".join([
                f"who: {_actor(ev.get('actor'))} → {_actor(ev.get('recipient'))}",
                f"when: {_when(ev.get('time') or {})}", f"where: {_where(ev.get('place'))}",
                f"says: {_says(ev.get('attribution') or [])}",
                f"how sure: {_how(ev.get('factuality') or {})}"])))
        return table
    table = _wide_table(title, [("who → whom", 3, 14), ("when", 2, 12), ("where", 2, 10),
                                ("who says so", 3, 14), ("how sure", 3, 14)])
    for ev in events:
        table.add_row(*_plain(
            _what(ev), f"{_actor(ev.get('actor'))}\n→ {_actor(ev.get('recipient'))}",
            _when(ev.get("time") or {}), _where(ev.get("place")),
            _says(ev.get("attribution") or []), _how(ev.get("factuality") or {})))
    return table


def counts_table(counts: Mapping[str, int], new: Mapping[str, int] | None = None) -> Table:
    """Events per type; with ``new``, background events (recalled from
    before the news window) are counted apart, not as new events."""
    new = counts if new is None else new
    table = Table(title="Events per PLOVER type")
    table.add_column("type")
    table.add_column("new events", justify="right")
    table.add_column("recalled", justify="right")
    table.add_column("", ratio=1)
    top = max(new.values(), default=1) or 1
    for kind, n in sorted(counts.items(), key=lambda kv: (-new.get(kv[0], 0), kv[0])):
        fresh = new.get(kind, 0)
        table.add_row(kind, str(fresh), str(n - fresh) if n - fresh else "",
                      "█" * round(20 * fresh / top))
    return table


def pick_examples(events: list[EventRecord], n: int = 6) -> list[EventRecord]:
    """A readable sample: confident events first, one per type, then the rest."""
    ranked = sorted(events, key=lambda e: -float(e.get("confidence") or 0))
    chosen: list[EventRecord] = []
    seen: set[str] = set()
    for ev in ranked:
        if ev["type"] not in seen:
            chosen.append(ev)
            seen.add(ev["type"])
    chosen += [e for e in ranked if e not in chosen]
    return chosen[:n]


def highlighted_article(article: Mapping[str, Any], events: list[EventRecord]) -> Text:
    """The article text with every event's evidence highlighted."""
    text = Text(article["text"])
    for ev in events:
        spans: list[tuple[str, Any]] = [("trigger", ev["trigger"]["span"])]
        for key, part in (("actor", ev["actor"]), ("recipient", ev["recipient"]),
                          ("place", ev["place"])):
            if part and part["span"]:
                spans.append((key, part["span"]))
        if ev["time"]["span"]:
            spans.append(("time", ev["time"]["span"]))
        cond = ev["factuality"]["condition"]
        if cond:
            spans.append(("condition", cond["span"]))
        for link in ev.get("attribution") or []:
            if link.get("role") == "speaker" and link.get("span"):
                spans.append(("speaker", link["span"]))
        for key, (start, end) in spans:
            text.stylize(STYLES[key], start, end)
    return text


def legend() -> Text:
    out = Text("legend: ")
    for key, style in STYLES.items():
        out.append(f" {key} ", style=style)
        out.append(" ")
    return out


def article_view(article: Mapping[str, Any], events: list[EventRecord],
                 width: int = WIDE) -> RenderableType:
    head = Text(f"{article.get('title') or article['id']}\n", style="bold")
    head.append(f"id {article['id']} · outlet {article.get('outlet') or '?'} · published "
                f"{article.get('published') or 'unknown'} · {plural(len(events), 'event')}\n",
                style="dim")
    return Group(head, legend(), Text(""), highlighted_article(article, events), Text(""),
                 event_table(events, title=f"{plural(len(events), 'event')} in this article",
                             width=width))


def _disagreement_text(disagreements: Mapping[str, list[ReportedValue]]) -> str:
    lines = []
    for name, values in disagreements.items():
        shown = []
        for v in values:
            value: Any = v["value"]  # a summary (RoleSummary, ...) or a string
            if isinstance(value, Mapping):
                value = value.get("name") or value.get("value") or value.get("actor_id")
            sources = ", ".join(v.get("outlets") or []) or f"{len(v['events'])} reports"
            shown.append(f"{value} ({sources})")
        lines.append(f"{name}: " + " vs ".join(shown))
    return "\n".join(lines) or "—"


def canonical_table(canonical: list[dict[str, Any]], title: str = "Canonical events",
                    width: int = WIDE) -> Table:
    """One row per real-world event: how many reports, from which outlets,
    and where they disagree (two columns below ``WIDE``)."""
    rows = []
    for c in canonical:
        when = (c.get("date") or {}).get("value") or "unknown"
        if c.get("background"):
            when += " (background)"
        reports = f"{plural(len(c['mentions']), 'report')} in " \
                  f"{plural(len(c['articles']), 'article')}"
        if c.get("outlets"):
            reports += "\n" + ", ".join(c["outlets"])
        rows.append((Text(c["type"], style="bold"),
                     f"{_actor(c.get('actor'))}\n→ {_actor(c.get('recipient'))}", when,
                     _where(c.get("place")), reports,
                     _disagreement_text(c.get("disagreements") or {})))
    if width < WIDE:
        table = _narrow_table(title, width)
        for what, who, when, where, reports, differ in rows:
            table.add_row(*_plain(what, f"who: {who}\nwhen: {when}\nwhere: {where}\n"
                                        f"reports: {reports}\ndisagreements: {differ}"))
        return table
    table = _wide_table(title, [("who → whom", 3, 14), ("when", 1, 12), ("where", 1, 10),
                                ("reports", 2, 12), ("disagreements", 4, 16)])
    for row in rows:
        table.add_row(*_plain(*row))
    return table


def simple_table(title: str, columns: tuple[str, ...], rows: Iterable[Iterable[Any]]) -> Table:
    """A plain table of strings (articles, rejects, actors)."""
    table = Table(title=title)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*_plain(*(str(v) if v is not None else "" for v in row)))
    return table
