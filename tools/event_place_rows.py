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
be the model's own output (review61). Those rows also carry
``dateline_feats``: the model's features of an open event
(``dateline_model.open_to_dateline``; else null) computed by
``dateline_model.view_of`` itself, on the event as the place stage leaves
it — the run stops before event attribution, whose spoken-of rule turns an
asserted act into a reported one after the model has decided (the skew the
twenty-third session's test mapped away; place33).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import match_events, place_right
from eventwire.eval.records import article_of, record_of
from eventwire.models import PlaceMention
from eventwire.nlp.components import COMPONENTS
from eventwire.nlp.extensions import get_list
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.geo.component import _focus, article_country, place_context
from eventwire.stages.geo.dateline_model import feature_names, open_to_dateline, view_of
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


def dateline_feats(doc: Any, mention: Any, ctx: Any) -> list[str] | None:
    """The dateline model's features of an open event, as it reads them."""
    dl = ctx.dateline
    if dl is None or dl.lat is None or dl.lon is None or not open_to_dateline(mention, ctx):
        return None
    return feature_names(view_of(doc, mention, ctx, dl))


def rows_of(name: str, record: dict[str, Any], doc: Any, events: list[Any],
            views: bool = False) -> list[dict[str, Any]]:
    """The rows of one article; ``views``: each with its ``dateline_feats``."""
    text = record["text"]
    ctx = place_context(doc) if views else None
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
        extra = {"dateline_feats": dateline_feats(doc, mention, ctx)} if views else {}
        out.append({**extra,
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


def rows_pipeline(rules: bool) -> Pipeline:
    """The run the rows read: the whole pipeline, or with ``rules`` the
    place before the dateline model, stopped where the model decides (no
    event attribution after it; module docstring)."""
    upto = tuple(f for f, _m in COMPONENTS if f != "eventwire_event_attribution") if rules else None
    model = "rules" if rules else "learned"
    return Pipeline(Settings(progress=False), components=upto,
                    component_config={"eventwire_event_place": {"dateline_model": model}})


def main(argv: list[str]) -> None:
    rules = "--dateline-rules" in argv  # the place before the dateline model (module docstring)
    argv = [a for a in argv if a != "--dateline-rules"]
    out_path, sets = Path(argv[0]), argv[1:] or SETS
    model = "rules" if rules else "learned"
    pipe = rows_pipeline(rules)
    with open(out_path, "w", encoding="utf-8") as out:
        for path in sets:
            name = Path(path).stem
            records = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
            arts = [article_of(r) for r in records]
            n = 0
            for record, (_a, doc, events) in zip(records, pipe.extract(arts), strict=True):
                if doc is None or not isinstance(events, list):
                    raise SystemExit(f"{record['id']}: rejected")
                for row in rows_of(name, record, doc, events, views=rules):
                    out.write(json.dumps({**row, "dateline_model": model},
                                         ensure_ascii=False) + "\n")
                    n += 1
            print(f"{name}: {len(records)} articles, {n} matched events", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
