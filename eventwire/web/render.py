"""Pure helpers from records to what the pages show: evidence spans, the
article split into highlighted segments, one-line summaries, and the
side-by-side comparison of a canonical event's reports."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from eventwire.records import link_label

# Evidence fields, highest display priority first (colour of an overlap).
EVIDENCE_FIELDS: tuple[str, ...] = ("trigger", "speaker", "actor", "recipient", "time",
                                    "place", "condition", "framing")


def evidence(ev: Mapping[str, Any], text: str | None = None) -> list[dict[str, Any]]:
    """Every span of an event record: ``{field, start, end, text}``; with the
    article ``text``, ``text`` is exactly the evidence (a pronoun speaker's
    record text also names whom it stands for)."""
    out: list[dict[str, Any]] = []

    def add(name: str, item: Mapping[str, Any] | None) -> None:
        if item and item.get("span"):
            start, end = item["span"]
            out.append({"field": name, "start": int(start), "end": int(end),
                        "text": item.get("text") if text is None else text[start:end]})

    add("trigger", ev.get("trigger"))
    for name in ("actor", "recipient", "time", "place"):
        add(name, ev.get(name))
    for link in ev.get("attribution") or []:
        if link.get("role") == "speaker":
            add("speaker", link)
    add("condition", (ev.get("factuality") or {}).get("condition"))
    for frame in ev.get("framing") or []:
        add("framing", frame)
    return out


def article_spans(events: Sequence[Mapping[str, Any]], text: str) -> list[dict[str, Any]]:
    return [{**span, "event_id": ev["event_id"]} for ev in events
            for span in evidence(ev, text)]


@dataclass
class Segment:
    """A run of article text covered by the same evidence spans."""

    text: str
    start: int
    fields: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)

    @property
    def css(self) -> str:
        return " ".join(f"hl-{f}" for f in self.fields)


def segments(text: str, spans: list[Mapping[str, Any]]) -> list[Segment]:
    """Split ``text`` at every span boundary; each piece knows which fields
    and events cover it (spans outside the text are ignored)."""
    n = len(text)
    good = [s for s in spans if 0 <= s["start"] < s["end"] <= n]
    cuts = sorted({0, n, *(s["start"] for s in good), *(s["end"] for s in good)})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        cover = [s for s in good if s["start"] <= a and b <= s["end"]]
        fields = sorted({s["field"] for s in cover}, key=EVIDENCE_FIELDS.index)
        events = list(dict.fromkeys(s["event_id"] for s in cover))
        out.append(Segment(text[a:b], a, fields, events))
    return out


def actor_label(a: Mapping[str, Any] | None) -> str:
    if not a:
        return "—"
    name = a.get("name") or a.get("text") or "?"
    country = a.get("country")
    return f"{name} ({country})" if country else str(name)


def when_label(t: Mapping[str, Any] | None) -> str:
    t = t or {}
    value = t.get("value") or "unknown"
    return f"{value} ({t.get('granularity') or 'unknown'}, {t.get('anchor') or 'unknown'})"


def where_label(p: Mapping[str, Any] | None) -> str:
    if not p:
        return "—"
    return f"{p.get('name') or p.get('text')}, {p.get('country') or '?'}"


def says_label(chain: list[Mapping[str, Any]] | None) -> str:
    parts = [link_label(a) for a in chain or [] if a.get("role") != "outlet"]
    outlet = next((a.get("text") for a in chain or [] if a.get("role") == "outlet"), None)
    if outlet:
        parts.append(str(outlet))
    return " → ".join(parts) if parts else "—"


COMPARED: dict[str, Any] = {
    "outlet": lambda e: e.get("outlet") or "?",
    "actor": lambda e: actor_label(e.get("actor")),
    "recipient": lambda e: actor_label(e.get("recipient")),
    "date": lambda e: (e.get("time") or {}).get("value") or "unknown",
    "place": lambda e: where_label(e.get("place")),
    "modality": lambda e: (e.get("factuality") or {}).get("modality") or "?",
    "polarity": lambda e: (e.get("factuality") or {}).get("polarity") or "?",
    "mode": lambda e: e.get("mode") or "—",
    "who says so": lambda e: says_label(e.get("attribution")),
    "trigger": lambda e: (e.get("trigger") or {}).get("text") or "?",
}
DISAGREEMENT_OF = {"actor": "actor", "recipient": "recipient", "date": "date",
                   "place": "place", "modality": "modality", "polarity": "polarity",
                   "mode": "mode"}


def compare(canonical: Mapping[str, Any], reports: Sequence[Mapping[str, Any]]
            ) -> list[dict[str, Any]]:
    """One row per field: each report's value, and whether the canonical
    event records a disagreement on it (or the shown values differ)."""
    flagged = set((canonical.get("disagreements") or {}).keys())
    rows = []
    for name, get in COMPARED.items():
        values = [str(get(r)) for r in reports]
        key = DISAGREEMENT_OF.get(name)
        rows.append({"field": name, "values": values,
                     "disagree": (key in flagged) if key else len(set(values)) > 1})
    return rows
