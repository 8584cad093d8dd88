"""Census of two actor questions the development gold answered two ways
(actors41; gold only: no pipeline runs, no prediction is read).

    PYTHONPATH=. python tools/actor_question_census.py blamed [--counts]
    PYTHONPATH=. python tools/actor_question_census.py bare [--counts]

``blamed`` -- "X blamed Y for Z", "accused Y of Z", "held Y responsible
for Z": a gold ACCUSE on an accusing trigger (accuse, blame, hold
responsible, charge) and a gold event Z of its sentence whose trigger
lies in the accusation's "of"/"for" complement. Z's gold actor is *the
accused* (it overlaps or repeats the ACCUSE's recipient Y), *none*
(null) or *other*; Z's form is *gerund* ("of burning", "for shelling") or
*noun* ("for the explosion").

``bare`` -- a bare agent ("police", "the protesters", "the government":
a determiner and an agent noun, nothing naming a state) as a gold actor or
recipient in an article whose dateline names a country other than the
one most of the article's gold places lie in. Each row gives the gold
country and which of the dateline's, the places' majority's and the
country of the event's own gold place (its scene) it agrees with.

Each row: set, origin (real / own), article, event index, field, the
sentence, the gold, the class. ``--counts`` prints the classes per set.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.topic_folds import SETS, Record, is_real, set_records  # noqa: E402

ACCUSING = re.compile(r"^(accus|blam|held|hold|responsib|charg)", re.I)
COMPLEMENT = re.compile(r"\b(of|for)\b", re.I)
# a clause boundary between the accusation and the act: the act is no longer
# in its complement ("..., a charge X rejected", "and urged", "who attacked")
BOUNDARY = re.compile(r",|;|\b(?:and|who|which|that|after|since|while|said|says|"
                      r"whose|but|when|before)\b(?! (?:of|for)\b)", re.I)
BARE = re.compile(
    r"^(?:the |a |an |some |many |several |local |riot |other )?"
    r"(?:police(?:men| officers?)?|officers?|protesters?|protestors?|demonstrators?|"
    r"government|authorities|soldiers?|troops|army|military|security forces|"
    r"officials?|residents|villagers|rioters|prosecutors?|courts?|judges?|"
    r"gunmen|militants|students|workers|youths|crowds?|mob|marchers|strikers|"
    r"ministry|interior ministry|foreign ministry|coast ?guard|navy|"
    r"border guards?|guards|gendarmes|investigators|lawmakers|parliament|"
    r"opposition|rebels|fishermen|farmers|miners|civilians|people|"
    r"journalists|activists|settlers|pilgrims|migrants|refugees)$", re.I)
# a wire dateline: "CITY, Country, Mon 3 (Agency) -" or "CITY (Agency) -"
DATELINE = re.compile(r"([A-Z][A-Za-z.'’ -]{1,30}?)(?:, ([A-Z][A-Za-z .'-]{2,30}?))?"
                      r"(?:,[^\n]{0,30}?)?(?: \([^)\n]{1,40}\))? ?[-–—] ")
Resolver = Callable[[str, float | None, float | None], str | None]


def sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """The sentence around character ``at``: from after the last ". ",
    "? ", "! " or newline before it to the next one (or the text's end)."""
    starts = [text.rfind(sep, 0, at) for sep in (". ", "? ", "! ", "\n")]
    start = max(s + (1 if text[s] == "\n" else 2) for s in starts if s >= 0) if any(
        s >= 0 for s in starts) else 0
    ends = [e for e in (text.find(sep, at) for sep in (". ", "? ", "! ", "\n")) if e >= 0]
    return start, min(ends) + 1 if ends else len(text)


def _overlaps(a: dict | None, b: dict | None) -> bool:
    if not a or not b:
        return False
    if a["start"] < b["end"] and b["start"] < a["end"]:
        return True
    return str(a["text"]).lower() == str(b["text"]).lower()


def accused_acts(record: Record) -> Iterator[tuple[int, dict, int, dict]]:
    """(accusation index, accusation, act index, act): the gold events whose
    trigger lies in an accusing ACCUSE's of/for complement, same sentence."""
    text, events = record["text"], record["events"]
    for ai, acc in enumerate(events):
        if acc["type"] != "ACCUSE" or not ACCUSING.match(acc["trigger"]["text"]):
            continue
        _s, end = sentence_bounds(text, acc["trigger"]["start"])
        for zi, z in enumerate(events):
            zs = z["trigger"]["start"]
            if zi == ai or z["type"] == "ACCUSE" or not acc["trigger"]["end"] <= zs < end:
                continue
            between = text[acc["trigger"]["end"]:zs]
            if COMPLEMENT.search(between) and not BOUNDARY.search(between) \
                    and len(between) <= 120:
                yield ai, acc, zi, z


def blamed_class(acc: dict, z: dict) -> str:
    """*accused*, *none* or *other*: whom gold gives as the act's actor."""
    if z.get("actor") is None:
        return "none"
    return "accused" if _overlaps(z["actor"], acc.get("recipient")) else "other"


def act_form(text: str, z: dict) -> str:
    """*gerund* when the act is a verb in -ing right after of/for ("of
    burning"), else *noun*."""
    before = text[max(0, z["trigger"]["start"] - 5):z["trigger"]["start"]].lower()
    word = str(z["trigger"]["text"]).lower()
    return "gerund" if word.endswith("ing") and re.search(r"\b(of|for) $", before) else "noun"


def blamed_rows(records: list[Record]) -> Iterator[dict[str, Any]]:
    for rec in records:
        for ai, acc, zi, z in accused_acts(rec):
            s, e = sentence_bounds(rec["text"], acc["trigger"]["start"])
            yield {"set": rec["_set"], "origin": "real" if is_real(rec) else "own",
                   "event": f"{rec['id']}#{zi}", "field": "actor",
                   "accusation": f"{acc['trigger']['text']}#{ai}",
                   "accused": (acc.get("recipient") or {}).get("text"),
                   "trigger": z["trigger"]["text"], "type": z["type"],
                   "gold": _who(z.get("actor")), "form": act_form(rec["text"], z),
                   "class": blamed_class(acc, z), "sentence": rec["text"][s:e].strip()}


def _who(span: dict | None) -> str:
    return "-" if not span else f"{span['text']}/{span.get('country') or '-'}"


def dateline_city(record: Record) -> tuple[str, str | None] | None:
    """The dateline's city and its country words, if the body opens with one."""
    body = record["text"][len(record["title"]):].lstrip()
    found = DATELINE.match(body)
    if found is None or not found.group(1).isupper() and found.group(2) is None:
        return None
    return found.group(1).strip(), found.group(2)


def _gold_point(record: Record, name: str) -> tuple[float | None, float | None]:
    """The gold point of a place the article's events give under ``name``
    (the dateline city is most often one of them): the name alone is
    ambiguous ("San Jose", "Leh")."""
    for ev in record["events"]:
        place = ev.get("place")
        if place and str(place["text"]).lower() == name.lower():
            return place.get("lat"), place.get("lon")
    return None, None


def majority(countries: list[str]) -> str | None:
    """The country most places lie in (the first named on a tie)."""
    if not countries:
        return None
    counts = Counter(countries)
    best = max(counts.values())
    return next(c for c in countries if counts[c] == best)


def bare_class(gold: str | None, dateline: str, most: str, scene: str | None) -> str:
    """Which reading the gold country agrees with: dateline / majority /
    neither (``+scene`` when it is also the country of the act's own place)."""
    kind = "dateline" if gold == dateline else "majority" if gold == most else "neither"
    if scene is not None:
        kind += "+scene" if gold == scene else "-scene"
    return kind


def bare_rows(records: list[Record], resolve: Resolver) -> Iterator[dict[str, Any]]:
    for rec in records:
        line = dateline_city(rec)
        if line is None:
            continue
        city, country_words = line
        places = [resolve(ev["place"]["text"], ev["place"].get("lat"), ev["place"].get("lon"))
                  for ev in rec["events"] if ev.get("place")]
        dateline = resolve(country_words or city, *_gold_point(rec, city))
        most = majority([c for c in places if c])
        if dateline is None or most is None or dateline == most:
            continue
        for i, ev in enumerate(rec["events"]):
            scene = (resolve(ev["place"]["text"], ev["place"].get("lat"), ev["place"].get("lon"))
                     if ev.get("place") else None)
            for field in ("actor", "recipient"):
                span = ev.get(field)
                if not span or not BARE.match(str(span["text"]).strip()):
                    continue
                s, e = sentence_bounds(rec["text"], span["start"])
                yield {"set": rec["_set"],
                       "origin": "real" if is_real(rec) else "own",
                       "event": f"{rec['id']}#{i}", "field": field,
                       "trigger": ev["trigger"]["text"], "gold": _who(span),
                       "dateline": f"{city}/{dateline}", "majority": most,
                       "scene": scene or "-",
                       "class": bare_class(span.get("country"), dateline, most, scene),
                       "sentence": rec["text"][s:e].strip()}


def gazetteer_resolver() -> Resolver:
    """A place name's country: the candidate nearest the gold point, else
    the most populous one (a country's own name first)."""
    from eventwire.stages.geo.gazetteer import Gazetteer

    gaz = Gazetteer()
    by_name = {p.name.lower(): iso for iso, p in gaz.countries().items()}

    def resolve(name: str, lat: float | None, lon: float | None) -> str | None:
        if name.strip().lower() in by_name:
            return by_name[name.strip().lower()]
        cands = gaz.candidates(name)
        if not cands:
            return None
        if lat is not None and lon is not None:
            best = min(cands, key=lambda p: (p.lat - lat) ** 2 + (p.lon - lon) ** 2)
        else:  # a capital first: a dateline names one more often than a namesake
            best = max(cands, key=lambda p: (bool(p.capital), p.population))
        return best.country
    return resolve


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("question", choices=("blamed", "bare"))
    ap.add_argument("--counts", action="store_true", help="classes per set and origin")
    args = ap.parse_args(argv)
    records = set_records(SETS)
    rows = list(blamed_rows(records) if args.question == "blamed"
                else bare_rows(records, gazetteer_resolver()))
    if args.counts:
        by = Counter((r["class"], r["origin"]) for r in rows)
        print("class\torigin\tn")
        for (klass, origin), n in sorted(by.items()):
            print(f"{klass}\t{origin}\t{n}")
        per_set = Counter((r["set"], r["class"]) for r in rows)
        for name in SETS:
            cells = {k: n for (s, k), n in per_set.items() if s == name}
            if cells:
                print(name, " ".join(f"{k}:{n}" for k, n in sorted(cells.items())))
        return
    keys = list(rows[0]) if rows else []
    print("\t".join(keys))
    for r in rows:
        print("\t".join(str(r[k]) for k in keys))


if __name__ == "__main__":
    main()
