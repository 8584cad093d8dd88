"""Census of five mode questions the development gold answers two ways
(issue #12, relabel49): every gold instance of each construction, with its
set, origin, event id, current mode and sentence, so a labelling decision
can be taken for all of them from the text and the guide alone. Reads only
the gold of ``tools/topic_folds.SETS``, never system output.

    PYTHONPATH=. python tools/mode_question_census.py [--question retold] > rows.tsv
    PYTHONPATH=. python tools/mode_question_census.py --counts
    PYTHONPATH=. python tools/mode_question_census.py --question retold --pred DIR [--counts]

The questions (modes36, modes37 found the splits):

* ``retold`` -- an ASSAULT killing (kill, murder, slay, homicide) with no
  weapon word in its own sentence while the article names a weapon
  elsewhere: gold ``firearms`` or none;
* ``request`` -- a REQUEST with no mode or ``yield`` whose sentence holds a
  concession cue (the REQUEST ``yield`` cues of modes.yaml);
* ``accuse`` -- an ACCUSE ``allege`` or ``disapprove`` whose trigger word
  is a cue of one of the two (``accused``, ``blamed``, ``condemned``), so
  the rows where gold gives the other mode show the split;
* ``entering`` -- a COERCE on block / prevent / stop / bar / keep, with
  its "from <gerund>" complement when it has one (``from entering``);
* ``strike`` -- an ASSAULT on "strike(s)"/"struck" with no platform word
  (aircraft, drone, missile, artillery, bomb) in its sentence.

With ``--pred DIR`` (predictions of ``tools/records_by_origin.py --out``;
``retold`` only, modes38) each killing also gets the system's mode (``-``
null, ``unmatched``, ``type:X``), how the text ties it to the weapon of its
act (``tie``: ``headline``, ``definite`` "the/its/X's killing", ``cause``
"killed in the attack"/"the strike killed", ``victim`` a capitalised name
shared with the weapon's sentence, ``pronoun`` "killed him", ``none``) and
where that weapon is told (``where``: the sentence of a mention of the same
gold cluster naming a weapon -- ``headline``, ``earlier``, ``later``, or
``no-mate`` when no mention of its act names one): read on the surface, no
parse, so the tie is the census's reading, not the rule's.

Weapon and platform words are the ASSAULT cue lists of
``eventwire/data/events/modes.yaml`` matched on the surface with an
inflection ending, so the census needs no parse.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tools.topic_folds import SETS, is_real, set_records  # noqa: E402

Record = dict[str, Any]
Row = dict[str, str]
MODES_YAML = ROOT / "eventwire" / "data" / "events" / "modes.yaml"
WEAPON_MODES = ("suicide-attack", "drone", "unconventional", "aerial", "explosives",
                "heavy-weapons", "firearms", "crowd-control", "primitive")
PLATFORM_MODES = ("drone", "unconventional", "aerial", "explosives", "heavy-weapons")
KILLING = re.compile(r"^(kill|murder|slay|slain|slew|homicide)", re.I)
STRIKE = re.compile(r"^(strike|strikes|struck)$", re.I)
BLOCKING = re.compile(r"^(block|prevent|stop|bar|barr|keep|kept)", re.I)
FROM_GERUND = re.compile(r"\bfrom\s+(?:\w+\s+){0,2}?\w+ing\b", re.I)
SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bDr)(?<!\bSt)(?<!\bNo)(?<!\bLt)(?<!\bGen)"
                          r"(?<!\bCol)[.!?][\"'”’]?\s+|\n")


def cue_pattern(cues: Iterable[str]) -> re.Pattern[str]:
    """One regex for a cue list: each cue as whole words with an inflection
    ending ("gunmen", "shootings", "bombed")."""
    alts = sorted((_inflected(c.lower()) for c in cues), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b")


def _inflected(cue: str) -> str:
    """A cue with its endings; a final e drops before one ("accusing")."""
    if cue.endswith("e"):
        return re.escape(cue[:-1]) + r"(?:e|es|ed|ing|ings)"
    return re.escape(cue) + r"(?:s|es|ed|d|ing|ings)?"


def mode_cues(path: Path = MODES_YAML) -> dict[str, dict[str, re.Pattern[str]]]:
    """type -> mode -> the regex of its cue words."""
    table = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {typ: {mode: cue_pattern(cues) for mode, cues in modes.items()}
            for typ, modes in table.items() if isinstance(modes, dict)}


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]``: after the last sentence end
    (". ", "? ", a line break) before it, up to the next one."""
    begin = 0
    for m in SENTENCE_END.finditer(text, 0, start):
        begin = m.end()
    m = SENTENCE_END.search(text, end)
    return begin, m.start() + 1 if m else len(text)


def weapons_in(text: str, cues: dict[str, re.Pattern[str]], modes: Iterable[str]) -> list[str]:
    """The modes among ``modes`` whose cue words occur in ``text``."""
    low = text.lower()
    return [m for m in modes if cues[m].search(low)]


def _row(name: str, rec: Record, idx: int, ev: Record, sentence: str, **extra: str) -> Row:
    return {"set": name, "origin": "real" if is_real(rec) else "own",
            "event": f"{rec['id']}#{idx}", "type": ev["type"], "mode": ev["mode"] or "-",
            "trigger": ev["trigger"]["text"], **extra,
            "sentence": " ".join(sentence.split())}


def _events(records: list[Record]) -> Iterator[tuple[Record, int, Record, str, str]]:
    for rec in records:
        text = rec["text"]
        for idx, ev in enumerate(rec["events"]):
            b, e = sentence_bounds(text, ev["trigger"]["start"], ev["trigger"]["end"])
            yield rec, idx, ev, text[b:e], text[:b] + " " + text[e:]


def retold(records: list[Record], cues: dict[str, dict[str, re.Pattern[str]]]) -> Iterator[Row]:
    """Killings with no weapon word in their sentence, a weapon elsewhere."""
    assault = cues["ASSAULT"]
    for rec, idx, ev, sentence, rest in _events(records):
        if ev["type"] != "ASSAULT" or not KILLING.match(ev["trigger"]["text"]):
            continue
        if weapons_in(sentence, assault, WEAPON_MODES):
            continue
        elsewhere = weapons_in(rest, assault, WEAPON_MODES)
        if elsewhere:
            mates = sorted({o["mode"] or "-" for o in rec["events"]
                            if o is not ev and o["cluster"] == ev["cluster"]})
            yield _row(rec["_set"], rec, idx, ev, sentence, elsewhere=",".join(elsewhere),
                       cluster_modes=",".join(mates) or "(alone)")


def request(records: list[Record], cues: dict[str, dict[str, re.Pattern[str]]]) -> Iterator[Row]:
    """REQUESTs with no mode or yield whose sentence has a concession cue."""
    yield_cue = cues["REQUEST"]["yield"]
    for rec, idx, ev, sentence, _rest in _events(records):
        if ev["type"] != "REQUEST" or ev["mode"] not in (None, "yield"):
            continue
        found = sorted(set(m.group(0) for m in yield_cue.finditer(sentence.lower())))
        if found:
            yield _row(rec["_set"], rec, idx, ev, sentence, cue=",".join(found))


def accuse(records: list[Record], cues: dict[str, dict[str, re.Pattern[str]]]) -> Iterator[Row]:
    """ACCUSE allege/disapprove whose trigger word is a cue of one of the
    two modes ("accused", "condemned"), whichever mode gold gives it."""
    acc = cues["ACCUSE"]
    for rec, idx, ev, sentence, _rest in _events(records):
        if ev["type"] != "ACCUSE" or ev["mode"] not in ("allege", "disapprove"):
            continue
        word = ev["trigger"]["text"].lower()
        trigger_modes = [m for m in ("allege", "disapprove") if acc[m].search(word)]
        if len(trigger_modes) == 1:
            yield _row(rec["_set"], rec, idx, ev, sentence, trigger_cue=trigger_modes[0],
                       speaker=(ev["speaker"] or {}).get("text", "-"))


def entering(records: list[Record], cues: dict[str, dict[str, re.Pattern[str]]]) -> Iterator[Row]:
    """COERCE on a blocking verb (block, prevent, stop, bar, keep), with the
    "from <gerund>" complement when it has one ("from entering")."""
    for rec, idx, ev, sentence, _rest in _events(records):
        if ev["type"] != "COERCE" or not BLOCKING.match(ev["trigger"]["text"]):
            continue
        after = rec["text"][ev["trigger"]["end"]:]
        m = FROM_GERUND.search(after[:120])
        keeps = m is not None and "." not in after[:m.start()]
        yield _row(rec["_set"], rec, idx, ev, sentence,
                   complement=m.group(0) if keeps and m else "-")


def strike(records: list[Record], cues: dict[str, dict[str, re.Pattern[str]]]) -> Iterator[Row]:
    """ASSAULT "strike(s)" with no platform word in its sentence."""
    assault = cues["ASSAULT"]
    for rec, idx, ev, sentence, rest in _events(records):
        if ev["type"] != "ASSAULT" or not STRIKE.match(ev["trigger"]["text"]):
            continue
        if weapons_in(sentence, assault, PLATFORM_MODES):
            continue
        yield _row(rec["_set"], rec, idx, ev, sentence,
                   elsewhere=",".join(weapons_in(rest, assault, PLATFORM_MODES)) or "-")


DEFINITE_KILLING = re.compile(r"\b(?:the|this|that|these|those|its|his|her|their)\s+(?:\w+\s+)?"
                              r"(?:killings?|murders?|slayings?)\b|'s\s+(?:\w+\s+)?"
                              r"(?:killings?|murders?|slayings?)\b", re.I)
CAUSE = re.compile(r"\b(?:killed|murdered|slain)\s+(?:in|during|by)\s+(?:the|a|an|an?\s+\w+|\w+)\s*"
                   r"(?:\w+\s+)?(?:strikes?|attacks?|raids?|clash(?:es)?|ambush|shelling|"
                   r"bombing|blast|explosion|shooting|gunfire|assault)\b|\b(?:strikes?|attacks?|"
                   r"raids?|clash(?:es)?|ambush|shelling|bombing|blast|shooting)\s+(?:\w+\s+)?"
                   r"kill(?:s|ed)?\b", re.I)
PRONOUN_VICTIM = re.compile(r"\b(?:kill(?:ed|ing)?|murder(?:ed|ing)?)\s+(?:him|her|them)\b", re.I)
NAME = re.compile(r"\b[A-Z][a-z]{2,}\b")


def tie_and_where(rec: Record, idx: int) -> tuple[str, str]:
    """How the killing ``rec["events"][idx]`` is tied to its act's weapon on
    the surface, and where that weapon is told (module docstring)."""
    text, ev = rec["text"], rec["events"][idx]
    start = ev["trigger"]["start"]
    b, e = sentence_bounds(text, start, ev["trigger"]["end"])
    sentence, title = text[b:e], text.find("\n")
    assault = mode_cues()["ASSAULT"]
    mates = []
    for o in rec["events"]:
        if o is ev or o["cluster"] != ev["cluster"]:
            continue
        ob, oe = sentence_bounds(text, o["trigger"]["start"], o["trigger"]["end"])
        if weapons_in(text[ob:oe], assault, WEAPON_MODES):
            mates.append((ob, text[ob:oe]))
    where = "no-mate" if not mates else "headline" if 0 <= title and mates[0][0] < title \
        else "earlier" if mates[0][0] < b else "later"
    names = set(NAME.findall(sentence[1:])) - {"The", "Police", "President"}
    tie = "headline" if 0 <= title and start < title else \
        "definite" if DEFINITE_KILLING.search(sentence) else \
        "cause" if CAUSE.search(sentence) else \
        "pronoun" if PRONOUN_VICTIM.search(sentence) else \
        "victim" if any(names & set(NAME.findall(m)) for _b, m in mates) else "none"
    return tie, where


def predicted_modes(pred_dir: Path, records: list[Record]) -> dict[tuple[str, int], str]:
    """(record id, gold index) -> the system's mode of its matched event."""
    from eventwire.eval.record_fields import match_events  # the package only here

    out: dict[tuple[str, int], str] = {}
    by_set: dict[str, dict[str, list[Record]]] = {}
    for rec in records:
        name = rec["_set"]
        if name not in by_set:
            path = pred_dir / f"{name}.pred.json"
            by_set[name] = {str(p["id"]): p.get("events", [])
                            for p in json.loads(path.read_text(encoding="utf-8"))}
        pred = by_set[name].get(str(rec["id"]), [])
        pairs = dict(match_events(rec["events"], pred))
        for gi, ev in enumerate(rec["events"]):
            p = pred[pairs[gi]] if gi in pairs else None
            out[(rec["id"], gi)] = "unmatched" if p is None else \
                f"type:{p['type']}" if p["type"] != ev["type"] else p.get("mode") or "-"
    return out


def with_predictions(rows: list[Row], records: list[Record], pred_dir: Path) -> list[Row]:
    """The ``retold`` rows with the system's mode, the tie and the weapon's place."""
    by_id = {r["id"]: r for r in records}
    pred = predicted_modes(pred_dir, records)
    out = []
    for row in rows:
        rid, idx = row["event"].rsplit("#", 1)
        tie, where = tie_and_where(by_id[rid], int(idx))
        out.append({**row, "system": pred[(rid, int(idx))], "tie": tie, "where": where})
    return out


def _verdict(r: Row) -> str:
    if r["system"] == "unmatched" or r["system"].startswith("type:"):
        return "unmatched"
    return "right" if r["system"] == r["mode"] else "wrong"


def pred_counts(rows: list[Row]) -> str:
    """Right / wrong / unmatched by gold side (null or a mode), then by tie,
    by where, and the wrong ones by set (real/own)."""
    lines = []
    for key in ("tie", "where", "origin"):
        cells = Counter((("null" if r["mode"] == "-" else "mode"), _verdict(r), r[key])
                        for r in rows)
        lines.append(f"  by {key}: " + "; ".join(f"{' '.join(k)} {n}"
                                                 for k, n in sorted(cells.items())))
    wrong = Counter((r["set"].removeprefix("rec_"), r["origin"]) for r in rows
                    if _verdict(r) == "wrong")
    lines.append("  wrong by set: " + ", ".join(f"{s}:{o} {n}" for (s, o), n in sorted(
        wrong.items(), key=lambda kv: SETS.index("rec_" + kv[0][0]))))
    return "\n".join(lines)


QUESTIONS: dict[str, Callable[..., Iterator[Row]]] = {
    "retold": retold, "request": request, "accuse": accuse, "entering": entering,
    "strike": strike}


def census(records: list[Record], question: str) -> list[Row]:
    """Every gold instance of ``question`` in ``records`` (tagged with ``_set``)."""
    return list(QUESTIONS[question](records, mode_cues()))


def counts(rows: list[Row]) -> str:
    """Mode counts by origin and by set."""
    by_origin = Counter((r["origin"], r["mode"]) for r in rows)
    by_set = Counter((r["set"], r["mode"]) for r in rows)
    lines = ["  " + ", ".join(f"{o} {m} {n}" for (o, m), n in sorted(by_origin.items()))]
    sets = sorted({r["set"] for r in rows}, key=SETS.index)
    lines.append("  " + "; ".join(
        s.removeprefix("rec_") + " " + " ".join(f"{m}:{n}" for (t, m), n in sorted(by_set.items())
                                               if t == s) for s in sets))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--question", choices=sorted(QUESTIONS), action="append")
    ap.add_argument("--counts", action="store_true", help="mode counts only")
    ap.add_argument("--pred", type=Path, help="predictions dir (retold only): system, tie, where")
    args = ap.parse_args(argv)
    records = set_records(SETS)
    for q in args.question or list(QUESTIONS):
        rows = census(records, q)
        if args.pred is not None and q == "retold":
            rows = with_predictions(rows, records, args.pred)
            if args.counts:
                print(f"{q}: {len(rows)}\n{pred_counts(rows)}")
                continue
        if args.counts:
            print(f"{q}: {len(rows)}\n{counts(rows)}")
            continue
        for r in rows:
            print("\t".join([q, *r.values()]))


if __name__ == "__main__":
    main()
