"""The undergoer of a seizure, a detention, an attack or a release, by kind,
with the gold recipient of each (issue #12, branch recip45; gold only).

    PYTHONPATH=. python tools/undergoer_kind_census.py [--sets a,b,...] \
        [--family seize] [--examples KIND] [--dump ROWS.jsonl]

Why: recip44 found that a missing recipient that is the subject of a
passive ("the boats were seized") is a fresh-set error class and that gold
answered it two ways (seized boats content in rec_q, the recipient in
rec_u, rec_z, rec_ac). Before a guide decision every instance is counted:
each gold COERCE / ASSAULT / RETREAT / AID event whose trigger verb has a
**passive subject** or a **direct object** (the undergoer; the first
conjunct of a coordination), with

* the undergoer's **kind** (``kind``): ``people`` (a person, a people
  noun, a personal pronoun, a demonym), ``organisation``, ``vessel or
  vehicle`` (split ``... with owner`` when a possessor, a demonym or a
  flag word is in its phrase: "Indian boats", "their trawler"),
  ``goods or property``, ``place``, ``it`` (the pronoun), ``power or
  control`` ("seized power"), ``other noun``;
* the verb **family**: ``seize`` (seize, detain, hold, capture, confiscate,
  impound, hijack, commandeer, arrest, intercept), ``release`` (release,
  free, return, hand over), ``other``;
* the gold **recipient** relative to the undergoer: ``the undergoer``
  (overlapping spans), ``another mention`` (the owner, the crew ...),
  ``none``.

Prints kind x recipient with real / own and the sets; ``--examples KIND``
lists the rows of that kind.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from tools.topic_folds import SETS, is_real, set_records, sets_from_flag

Record = dict[str, Any]
TYPES = ("COERCE", "ASSAULT", "RETREAT", "AID")
SEIZE = {"seize", "detain", "hold", "capture", "confiscate", "impound", "hijack", "commandeer",
         "arrest", "intercept", "grab", "take", "keep", "board"}
RELEASE = {"release", "free", "return", "hand", "let", "unfreeze"}
PEOPLE = {"people", "person", "man", "woman", "child", "crew", "crewman", "sailor", "fisherman",
          "activist", "protester", "demonstrator", "journalist", "reporter", "worker", "hostage",
          "prisoner", "detainee", "inmate", "suspect", "migrant", "refugee", "passenger",
          "soldier", "officer", "policeman", "civilian", "resident", "villager", "student",
          "leader", "member", "official", "minister", "citizen", "national", "captain",
          "militant", "fighter", "rebel", "gunman", "pirate", "smuggler", "trafficker",
          "victim", "boy", "girl", "family", "crowd", "mob", "youth", "dissident", "opponent",
          "critic", "lawyer", "employee", "staff", "guard", "troop", "force", "army",
          "police", "spokesman", "president", "mayor", "governor", "candidate", "driver",
          "pilot", "farmer", "trucker", "teacher", "doctor", "nurse", "priest", "monk",
          "individual", "colleague", "supporter", "relative", "son", "daughter", "wife",
          "husband", "father", "mother", "brother", "sister", "group", "team", "unit"}
PRONOUNS = {"he", "him", "she", "her", "they", "them", "we", "us", "i", "me", "you",
            "himself", "themselves", "who", "whom"}
ORGS = {"company", "firm", "party", "organisation", "organization", "ministry",
        "government", "newspaper", "paper", "agency", "union", "bank", "channel",
        "broadcaster", "station", "network", "outlet", "ngo", "charity", "movement",
        "association", "council", "court", "parliament", "embassy", "office", "consulate"}
VESSELS = {"ship", "boat", "vessel", "tanker", "trawler", "ferry", "yacht", "dhow", "freighter",
           "carrier", "warship", "submarine", "frigate", "plane", "aircraft", "airliner", "jet",
           "helicopter", "drone", "car", "truck", "lorry", "vehicle", "bus", "train", "van",
           "convoy", "taxi", "motorcycle", "craft", "barge", "tug", "cruiser", "sloop",
           "lifeboat", "dinghy", "flotilla", "fleet", "schooner", "steamer", "aeroplane"}
GOODS = {"weapon", "arm", "gun", "rifle", "pistol", "ammunition", "explosive", "bomb",
         "drug", "cocaine", "heroin", "cannabis", "marijuana", "cargo", "shipment", "goods",
         "oil", "fuel", "asset", "property", "house", "home", "building", "land", "equipment",
         "document", "passport", "phone", "cash", "money", "fund", "computer", "camera",
         "material", "headquarters", "farm", "livestock", "cattle", "crop", "factory", "plant",
         "mine", "copy", "edition", "issue", "book", "film", "footage", "laptop", "device",
         "item", "product", "container", "consignment", "gear", "net", "catch", "fish", "car",
         "body", "remains", "artefact", "artifact", "relic", "painting", "ivory", "timber",
         "gold", "diamond", "weaponry", "missile", "rocket", "shell", "machine", "site",
         "facility", "warehouse", "store", "shop", "church", "mosque", "temple", "school",
         "hospital", "hotel", "restaurant", "embassy compound", "compound", "tent", "camp"}
PLACES = {"town", "city", "village", "area", "region", "territory", "district", "province",
          "base", "airport", "port", "border", "country", "capital", "island", "hill",
          "position", "checkpoint", "road", "highway", "bridge", "street", "square",
          "neighbourhood", "neighborhood", "zone", "state", "outpost", "post", "crossing",
          "harbour", "harbor", "valley", "coast", "field", "oilfield", "stronghold"}
ABSTRACT = {"power", "control", "authority", "office", "seat", "throne", "initiative"}
FLAG = {"flagged", "registered", "owned", "-flagged", "its", "their", "his", "her", "our"}
UNDERGOER_DEPS = ("nsubjpass", "dobj")


def family(lemma: str) -> str:
    """The verb family of a trigger lemma (see the docstring)."""
    return "seize" if lemma in SEIZE else "release" if lemma in RELEASE else "other"


def undergoer(verb: Token) -> Token | None:
    """The passive subject or the direct object of ``verb`` (None if neither)."""
    for dep in UNDERGOER_DEPS:
        for c in verb.children:
            if c.dep_ == dep:
                return c
    return None


def _owned(tok: Token) -> bool:
    """A possessor, a demonym / nationality or a flag word in the phrase."""
    for c in tok.children:
        if c.dep_ == "poss" or c.lower_ in FLAG or c.ent_type_ in ("NORP", "GPE"):
            return True
        if c.dep_ in ("amod", "compound") and c.lower_.endswith("-flagged"):
            return True
    return any(c.dep_ == "prep" and c.lower_ in ("of", "belonging", "owned")
               and any(g.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or g.lemma_ in PEOPLE
                       for g in c.subtree) for c in tok.children)


def kind(tok: Token) -> str:
    """The kind of the undergoer headed by ``tok`` (see the docstring)."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if low == "it":
        return "it"
    if low in PRONOUNS or tok.ent_type_ in ("PERSON", "NORP"):
        return "people"
    if lemma in VESSELS or low in VESSELS:
        return "vessel or vehicle with owner" if _owned(tok) else "vessel or vehicle"
    if tok.ent_type_ == "ORG":
        return "organisation"
    if tok.ent_type_ in ("GPE", "LOC") or lemma in PLACES:
        return "place"
    if lemma in ABSTRACT:
        return "power or control"
    if lemma in GOODS or low in GOODS or tok.ent_type_ in ("FAC", "PRODUCT"):
        return "goods or property"
    if lemma in PEOPLE or low in PEOPLE or tok.ent_type_ == "CARDINAL":
        return "people"
    if lemma in ORGS:
        return "organisation"
    return "other noun"


def relation(doc: Doc, tok: Token, recipient: Record | None) -> str:
    """The gold recipient relative to the undergoer's phrase."""
    if recipient is None:
        return "none"
    left, right = doc[tok.left_edge.i].idx, doc[tok.right_edge.i].idx + len(doc[tok.right_edge.i])
    start, end = int(recipient["start"]), int(recipient["end"])
    return "the undergoer" if start < right and left < end else "another mention"


def rows_of(name: str, art: Record, doc: Doc) -> list[Record]:
    """One row per gold event of ``TYPES`` whose verb trigger has an undergoer."""
    out: list[Record] = []
    for i, ev in enumerate(art["events"]):
        if ev["type"] not in TYPES:
            continue
        span = doc.char_span(int(ev["trigger"]["start"]), int(ev["trigger"]["end"]),
                             alignment_mode="expand")
        if span is None or span[0].pos_ not in ("VERB", "AUX"):
            continue
        verb = span[0]
        tok = undergoer(verb)
        if tok is None:
            continue
        rec = ev.get("recipient")
        out.append({"set": name, "event": f"{art['id']}#{i}", "type": ev["type"],
                    "mode": ev.get("mode"), "trigger": ev["trigger"]["text"],
                    "family": family(verb.lemma_.lower()),
                    "position": "passive subject" if tok.dep_ == "nsubjpass" else "object",
                    "kind": kind(tok), "undergoer": doc[tok.left_edge.i:tok.right_edge.i + 1].text,
                    "recipient": relation(doc, tok, rec),
                    "gold": None if rec is None else
                    f"{rec['text']} {rec.get('country')} {rec.get('sector')}",
                    "group": "real" if is_real(art) else "own",
                    "sentence": verb.sent.text.strip()})
    return out


def census(sets: tuple[str, ...]) -> list[Record]:
    """Every row of the named sets (one parse per article, batched)."""
    from eventwire.nlp.components import load_model
    from eventwire.settings import Settings

    nlp = load_model(Settings().model)
    out: list[Record] = []
    for name in sets:
        arts = [a for a in set_records([name]) if any(e["type"] in TYPES for e in a["events"])]
        for art, doc in zip(arts, nlp.pipe(a["text"] for a in arts), strict=True):
            out.extend(rows_of(name, art, doc))
    return out


def table(rows: list[Record], key: str) -> None:
    """Rows per cell: count, real / own, the sets with their counts."""
    counts = Counter(r[key] for r in rows)
    real = Counter(r[key] for r in rows if r["group"] == "real")
    sets: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        sets[r[key]][r["set"].removeprefix("rec_")] += 1
    print(f"| {key} | n | real / own | sets |")
    print("|---|---:|---|---|")
    for cell, n in sorted(counts.items()):
        spread = " ".join(f"{s}{'×' + str(c) if c > 1 else ''}"
                          for s, c in sorted(sets[cell].items()))
        print(f"| {cell} | {n} | {real[cell]} / {n - real[cell]} | {spread} |")
    print()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default=",".join(s.removeprefix("rec_") for s in SETS))
    ap.add_argument("--family", help="only this verb family (seize, release, other)")
    ap.add_argument("--examples", help="print the rows of this kind")
    ap.add_argument("--dump", type=Path, help="write the rows here (JSON lines)")
    args = ap.parse_args()
    rows = [r for r in census(sets_from_flag(args.sets))
            if args.family is None or r["family"] == args.family]
    for r in rows:
        r["kind x recipient"] = f"{r['kind']} · {r['recipient']}"
        r["family x kind x recipient"] = f"{r['family']} · {r['kind']} · {r['recipient']}"
    for key in ("kind x recipient", "family x kind x recipient"):
        table(rows, key)
    if args.examples:
        for r in rows:
            if r["kind"].startswith(args.examples):
                print(f"{r['event']} {r['type']}/{r['mode']} [{r['trigger']}] {r['position']} "
                      f"'{r['undergoer']}' -> {r['recipient']}: {r['gold']}\n"
                      f"    {r['sentence'][:260]}")
    if args.dump is not None:
        args.dump.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
