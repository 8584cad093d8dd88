"""Reviewed events as gold data: the record format of ``docs/annotation.md``
(read by ``eventwire eval records``).

* A correction names one field of the gold record and gives its new value in
  the gold shape (``{"start", "end", ...}`` for spans); ``check_review``
  validates it against the article text before anything is stored.
* ``export --reviewed`` writes one line per article whose every event has a
  review: the latest review of each event decides (accept = the machine's
  event, correct = with the corrected fields applied on top of earlier
  corrections, reject = left out). Articles reviewed only in part are counted
  and skipped: their unreviewed events would be neither gold nor absent.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from eventwire.errors import Errors, EventwireError
from eventwire.models import MODALITIES, PLOVER_TYPES
from eventwire.store.reviews import VERDICTS

SPAN_FIELDS: tuple[str, ...] = ("trigger", "actor", "recipient", "place", "speaker",
                                "condition")
FIELDS: tuple[str, ...] = (*SPAN_FIELDS, "type", "mode", "modality", "time")
GRANULARITIES: tuple[str, ...] = ("day", "week", "month", "quarter", "season", "year",
                                  "decade", "century", "unknown")


def _bad(detail: str) -> EventwireError:
    return EventwireError(Errors.E809, detail=detail)


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


def _check_span(field: str, value: Any, text: str) -> dict[str, Any] | None:
    if value is None and field != "trigger":
        return None
    if not isinstance(value, Mapping):
        raise _bad(f"{field} must be an object with start and end (or null)")
    start, end = value.get("start"), value.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        raise _bad(f"{field} needs integer start < end inside the text (0..{len(text)})")
    out = {**_span(text, start, end)}
    if value.get("text") not in (None, out["text"]):
        raise _bad(f"{field}.text does not match the text at {start}:{end}")
    if field in ("actor", "recipient"):
        country, sector = value.get("country"), value.get("sector")
        if country is not None and not (isinstance(country, str) and len(country) == 3
                                        and country.isalpha() and country.isupper()):
            raise _bad(f"{field}.country must be an ISO3 code such as IRQ, or null")
        if sector is not None and not (isinstance(sector, str) and sector.isalpha()):
            raise _bad(f"{field}.sector must be a CAMEO sector such as MIL, or null")
        out.update(country=country, sector=sector)
    if field == "place":
        lat, lon = value.get("lat"), value.get("lon")
        for name, v, bound in (("lat", lat, 90), ("lon", lon, 180)):
            if v is not None and not (isinstance(v, int | float) and -bound <= v <= bound):
                raise _bad(f"place.{name} must be a number within ±{bound}, or null")
        out.update(lat=lat, lon=lon)
    return out


def _check_time(value: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise _bad("time must be an object {value, granularity, background}")
    tv, gran = value.get("value"), value.get("granularity", "unknown")
    if tv is not None and not isinstance(tv, str):
        raise _bad("time.value must be a TIMEX3 string such as 2021-03-03, or null")
    if gran not in GRANULARITIES:
        raise _bad(f"time.granularity must be one of {', '.join(GRANULARITIES)}")
    return {"value": tv, "granularity": gran, "background": bool(value.get("background"))}


def check_review(text: str, verdict: str, field: str | None, value: Any) -> Any:
    """The validated (normalised) correction value; EW809 when it is wrong."""
    if verdict not in VERDICTS:
        raise _bad(f"verdict must be one of {', '.join(VERDICTS)}")
    if verdict != "correct":
        if field is not None:
            raise _bad("only a 'correct' review names a field")
        return None
    if field not in FIELDS:
        raise _bad(f"field must be one of {', '.join(FIELDS)}")
    if field in SPAN_FIELDS:
        return _check_span(field, value, text)
    if field == "type" and value not in PLOVER_TYPES:
        raise _bad("type must be one of the 16 PLOVER types")
    if field == "modality" and value not in MODALITIES:
        raise _bad(f"modality must be one of {', '.join(MODALITIES)}")
    if field == "mode" and value is not None and not isinstance(value, str):
        raise _bad("mode must be a PLOVER mode name or null")
    return _check_time(value) if field == "time" else value


def _role(ev: Mapping[str, Any], key: str, text: str) -> dict[str, Any] | None:
    role = ev.get(key)
    if not role or not role.get("span"):
        return None
    sectors = role.get("sectors") or []
    return {**_span(text, *role["span"]), "country": role.get("country"),
            "sector": sectors[0] if sectors else None}


def gold_event(ev: Mapping[str, Any], text: str) -> dict[str, Any]:
    """A machine event record in the gold shape of docs/annotation.md."""
    t, f = ev.get("time") or {}, ev.get("factuality") or {}
    place, chain = ev.get("place") or {}, ev.get("attribution") or []
    speaker = next((a for a in chain if a.get("role") == "speaker" and a.get("span")), None)
    cond = f.get("condition")
    return {
        "trigger": _span(text, *ev["trigger"]["span"]), "type": ev["type"],
        "mode": ev.get("mode"), "actor": _role(ev, "actor", text),
        "recipient": _role(ev, "recipient", text),
        "time": {"value": t.get("value"), "granularity": t.get("granularity") or "unknown",
                 "background": bool(t.get("background"))},
        "place": ({**_span(text, *place["span"]), "lat": place.get("lat"),
                   "lon": place.get("lon")} if place.get("span") else None),
        "speaker": _span(text, *speaker["span"]) if speaker else None,
        "relays": [_span(text, *a["span"]) for a in chain
                   if a.get("role") == "relay" and a.get("span")],
        "modality": f.get("modality"),
        "condition": _span(text, *cond["span"]) if cond and cond.get("span") else None,
        "cluster": ev.get("canonical_id") or ev["event_id"],
    }


def reviewed_event(ev: Mapping[str, Any], reviews: list[Mapping[str, Any]],
                   text: str) -> dict[str, Any] | None:
    """The gold event after its reviews (oldest first); None if rejected or
    never reviewed. Corrections since the last accept/reject accumulate."""
    if not reviews or reviews[-1]["verdict"] == "reject":
        return None
    gold = gold_event(ev, text)
    for review in reviews:
        if review["verdict"] == "correct":
            gold[review["field"]] = review["value"]
        elif review["verdict"] == "reject":  # a later accept restarts from the machine
            gold = gold_event(ev, text)
    return gold


def gold_article(article: Mapping[str, Any], events: list[dict[str, Any]],
                 reviews: list[Mapping[str, Any]]) -> dict[str, Any] | None:
    """The gold record of a fully reviewed article; None if any event has no
    review."""
    by_event: dict[str, list[Mapping[str, Any]]] = {}
    for review in reviews:
        by_event.setdefault(review["event_id"], []).append(review)
    if not events or any(ev["event_id"] not in by_event for ev in events):
        return None
    text = article["text"]
    gold = [g for ev in events if (g := reviewed_event(ev, by_event[ev["event_id"]], text))]
    return {"id": article["id"], "outlet": article.get("outlet"),
            "published": article.get("published"), "title": article.get("title"),
            "text": text, "split": "dev", "source": "review",
            "reviewers": sorted({str(r["reviewer"]) for r in reviews}), "events": gold}


def export_reviewed(store: Any, path: Path) -> tuple[int, int]:
    """Write fully reviewed articles as gold JSONL; (written, skipped partial)."""
    written = skipped = 0
    with open(path, "w", encoding="utf-8") as fh:
        for article_id in store.reviewed_article_ids():
            article = store.article(article_id)
            if article is None:
                continue
            record = gold_article(article, store.article_events(article_id),
                                  store.article_reviews(article_id))
            if record is None:
                skipped += 1
                continue
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    return written, skipped
