"""One row per matched event for the event-place error table.

    python tools/event_place_rows.py OUT.jsonl [SET.jsonl ...]
    python tools/event_place_rows.py --dateline-rules OUT.jsonl [SET.jsonl ...]

Runs the whole pipeline once over each record set (default: rec_a..rec_m,
every article of each, both halves) and writes, for every predicted event
matched to a gold one (trigger overlap, as ``eventwire eval records``), one
row: the set, the gold place, the pipeline's place (``rule``), the
dateline, the focus, and the candidates — none, each place of the event's
sentence (toponyms and descriptions, with the rules' basis or "none" when
the rules reject it), the dateline, the previous sentence's last place —
each marked right or not (``record_fields.place_right``: within 161 km,
none = none). Two more fields for the census by cause (place14): ``found``,
what the geo stage made of the gold place's words (``none``: no toponym
overlaps them; ``unresolved``: found, no GeoNames id; ``far``: resolved
> 161 km off; ``near``: resolved within 161 km), and ``neighbours``, the
gold places of the other gold events of the same sentence. Read by
``tools/event_place_classes.py``. With ``--dateline-rules`` the pipeline
runs without the dateline model (``rule`` is the place before it, each row
says ``"dateline_model": "rules"``): the rows
``tools/train_dateline_place.py`` fits on, whose ``rule`` feature must not
be the model's own output (review61).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import match_events, place_right
from eventwire.eval.records import article_of, record_of
from eventwire.models import PlaceMention
from eventwire.nlp.extensions import get_list
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.geo.component import _focus, article_country
from eventwire.stages.geo.datelines import dateline_match, dateline_place
from eventwire.stages.geo.event_place import place_basis, sentence_places
from eventwire.stages.geo.place_chooser import previous_place
from eventwire.stages.geo.place_descriptions import with_descriptions

SETS = [f"tests/data/records/rec_{x}.jsonl" for x in "abcdefghijklm"]


def _place_record(text: str, p: PlaceMention | None, basis: str) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"start": p.start, "end": p.end, "text": text[p.start:p.end], "lat": p.lat,
            "lon": p.lon, "basis": basis, "precision": p.precision}


def candidates(doc: Any, mention: Any, trigger: Any, here: list[PlaceMention],
               prev: PlaceMention | None,
               dateline: PlaceMention | None) -> list[tuple[str, PlaceMention | None, str]]:
    """(kind, place, basis) of every place the event could take."""
    out: list[tuple[str, PlaceMention | None, str]] = [("none", None, "")]
    out += [("mention", p, place_basis(doc, p, trigger, mention) or "none") for p in here]
    if dateline is not None:
        out.append(("dateline", dateline, "dateline"))
    if prev is not None:
        out.append(("previous", prev, "sentence"))
    return out


def found(gold: dict[str, Any] | None, mentions: list[PlaceMention]) -> str | None:
    """What the geo stage made of the gold place's words (module docstring)."""
    if gold is None or gold.get("start") is None:
        return None
    hits = [m for m in mentions if m.start < gold["end"] and gold["start"] < m.end]
    if not hits:
        return "none"
    if all(m.geonameid is None for m in hits):
        return "unresolved"
    return "near" if any(place_right(gold, _place_record("", m, "")) for m in hits
                         if m.geonameid is not None) else "far"


def neighbours(gold: list[dict[str, Any]], gi: int, span: tuple[int, int]) -> list[Any]:
    """The gold places of the other gold events of the sentence ``span``."""
    return [e["place"] for j, e in enumerate(gold) if j != gi and e.get("place")
            and span[0] <= e["trigger"]["start"] < span[1]]


def rows_of(name: str, record: dict[str, Any], doc: Any, events: list[Any]) -> list[dict[str, Any]]:
    text = record["text"]
    preds = [record_of(text, e) for e in events]
    places = get_list(doc, "place_mentions")
    every = list(places)
    dateline = dateline_place(doc, places)
    m = dateline_match(doc)
    header = m.span() if m is not None else (0, 0)
    focus = _focus(places)
    places = with_descriptions(doc, places, article_country(doc, focus))
    out = []
    for gi, pi in match_events(record["events"], preds):
        gold, mention = record["events"][gi], events[pi].mention
        span = doc.char_span(mention.trigger.start, mention.trigger.end, alignment_mode="expand")
        if span is None:
            continue
        here = sentence_places(doc, mention, places, header)
        prev = previous_place(places, mention.sentence.start, header)
        cands = candidates(doc, mention, span.root, here, prev, dateline)
        rule = preds[pi]["place"]
        out.append({
            "set": name, "article": record["id"], "split": record.get("split"),
            "trigger": gold["trigger"]["text"], "type": mention.type,
            "modality": mention.factuality.modality,
            "sentence": text[mention.sentence.start:mention.sentence.end][:300],
            "sentence_span": [mention.sentence.start, mention.sentence.end],
            "actor_country": mention.actor.country if mention.actor is not None else None,
            "gold": gold.get("place"), "rule": rule,
            "found": found(gold.get("place"), every),
            "neighbours": neighbours(record["events"], gi,
                                     (mention.sentence.start, mention.sentence.end)),
            "rule_right": place_right(gold.get("place"), rule),
            "dateline": _place_record(text, dateline, "dateline"),
            "focus": _place_record(text, focus, "focus"),
            "header": list(header),
            "cands": [{"kind": kind, "place": _place_record(text, p, basis),
                       "right": place_right(gold.get("place"), _place_record(text, p, basis))}
                      for kind, p, basis in cands],
        })
    return out


def main(argv: list[str]) -> None:
    rules = "--dateline-rules" in argv  # the place before the dateline model (module docstring)
    argv = [a for a in argv if a != "--dateline-rules"]
    out_path, sets = Path(argv[0]), argv[1:] or SETS
    model = "rules" if rules else "learned"
    pipe = Pipeline(Settings(progress=False),
                    component_config={"eventwire_event_place": {"dateline_model": model}})
    with open(out_path, "w", encoding="utf-8") as out:
        for path in sets:
            name = Path(path).stem
            records = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
            arts = [article_of(r) for r in records]
            n = 0
            for record, (_a, doc, events) in zip(records, pipe.extract(arts), strict=True):
                if doc is None or not isinstance(events, list):
                    raise SystemExit(f"{record['id']}: rejected")
                for row in rows_of(name, record, doc, events):
                    out.write(json.dumps({**row, "dateline_model": model},
                                         ensure_ascii=False) + "\n")
                    n += 1
            print(f"{name}: {len(records)} articles, {n} matched events", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
