"""Split the relay errors of a records run one level finer, by the words
around the relay (issue #12, branch speaker38).

Reads the predictions of a ``records_by_origin.py --out`` folder, matches
them with the gold records (the scorer's rule, ``match_events``) and puts
each matched event whose speaker is right but whose relays are not
(``speaker_errors.error_class`` == ``relay``) into *missed* (gold relays,
none predicted), *spurious* (the reverse) or *wrong*, then by the words
around the first relay (gold for missed and wrong, predicted for spurious):

* told MEDIUM            "told / telling / speaking to / in an interview with M";
* quoted/carried by      "quoted by M", "a statement carried by M";
* MEDIUM reported        "…, M reported" / "M quoted X as saying";
* according to MEDIUM    "according to M";
* in a MESSAGE on MEDIUM "in a statement read on M", "in a post on Telegram";
* on MEDIUM              "said on state television", "read on M";
* in MESSAGE             the message itself is the relay ("in a video address");
* other.

Each class is also marked "(speaker null)" when the gold has no speaker (a
speech act the outlet tells). Prints counts, real/own and set spread per
class only, never a sentence.

    PYTHONPATH=. python tools/relay_split.py /work/notes/m45 [--kind missed]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import match_events
from tools import speaker_errors
from tools.census_io import predictions
from tools.topic_folds import SETS, is_real, set_records

Record = dict[str, Any]
_TOLD = re.compile(r"\b(told|telling|tells|tell|speaking to|talking to|interview with)\s*$")
_CARRIED = re.compile(r"\b(quoted|carried|relayed) by\s*$")
_REPORTED = re.compile(r"^\s*(reported|reports|said|quoted|cited)")
_ON = re.compile(r"\b(on|over|via|through)\s*(the\s+)?(\w+\s+){0,3}$")
_MESSAGE = re.compile(r"\bin an? (\w+ ){0,2}(statement|post|video|message|address|speech|"
                      r"interview|letter|decree|communique)\b")


def context_class(text: str, relay: Record) -> str:
    """The construction around ``relay`` in ``text`` (the classes above)."""
    before = text[max(0, relay["start"] - 40):relay["start"]].lower()
    after = text[relay["end"]:relay["end"] + 20].lower()
    if _TOLD.search(before):
        return "told MEDIUM"
    if _CARRIED.search(before):
        return "quoted/carried by"
    if _REPORTED.search(after):
        return "MEDIUM reported"
    if before.rstrip().endswith("according to"):
        return "according to MEDIUM"
    if _ON.search(before):
        return "in a MESSAGE on MEDIUM" if _MESSAGE.search(before) else "on MEDIUM"
    if before.rstrip().endswith(" in"):
        return "in MESSAGE"
    return "other"


def relay_kind(g: Record, p: Record) -> str | None:
    """missed / spurious / wrong for a right speaker with wrong relays."""
    if speaker_errors.error_class(g, p) != "relay":
        return None
    gr, pr = g.get("relays") or [], p.get("relays") or []
    return "spurious" if not gr else "missed" if not pr else "wrong"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pred", type=Path, help="records_by_origin --out folder")
    ap.add_argument("--kind", default="missed", choices=("missed", "spurious", "wrong"))
    ap.add_argument("--sets", nargs="*", default=list(SETS))
    args = ap.parse_args()
    pred = predictions(args.pred, args.sets)
    count: Counter[str] = Counter()
    real: Counter[str] = Counter()
    sets: dict[str, set[str]] = defaultdict(set)
    for r in set_records(args.sets):
        events = pred.get(f"{r['_set']}/{r['id']}", [])
        for gi, pi in match_events(r["events"], events):
            g, p = r["events"][gi], events[pi]
            if relay_kind(g, p) != args.kind:
                continue
            relay = (p if args.kind == "spurious" else g)["relays"][0]
            name = context_class(r["text"], relay) + \
                (" (speaker null)" if g.get("speaker") is None else "")
            count[name] += 1
            real[name] += is_real(r)
            sets[name].add(r["_set"])
    for name, n in count.most_common():
        print(f"{n:4d}  real {real[name]:3d}  own {n - real[name]:3d}  sets {len(sets[name]):2d}  "
              f"{name}")
    print(f"{sum(count.values()):4d}  relay {args.kind}, all classes")


if __name__ == "__main__":
    main()
