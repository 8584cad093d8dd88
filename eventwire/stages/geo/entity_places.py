"""Whether a named entity names a place, by what it is and where it stands.

``recognize._ner`` asks these of an entity the NER model tagged something
else (a mistagged place: "Romania confirmed", "the Pirbright laboratory",
"from Ben Gurion Airport") and of a capital the actor stage took for its
government (metonymy: "Washington threatened" locates nothing, "Kyiv's
mayor", "Dublin and Hilliard" do); the gazetteer scan asks ``owns_local``.
"""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.stages.geo.context import local
from eventwire.stages.geo.gazetteer import Place, gazetteer

METONYM_DEPS = {"nsubj", "nsubjpass", "poss"}
FACILITIES = {"airport", "hospital", "laboratory", "lab", "university", "racecourse", "port",
              "harbour", "harbor", "station", "base", "prison", "camp", "stadium", "mosque",
              "cathedral", "church", "market", "bridge", "plant", "refinery", "dam", "mine",
              "court", "jail", "clinic", "school"}
MISTAGGED_MIN_POPULATION = 100_000


def big_place(cands: list[Place]) -> bool:
    """A country, division, continent or city of 100,000+: big enough to
    take a mistagged name after any locative preposition."""
    return any(p.feature in ("country", "admin1", "continent", "user") or
               p.population >= MISTAGGED_MIN_POPULATION for p in cands)


def named_region(ent: Span, cands: list[Place]) -> bool:
    """A country or first-level division that the model tagged an
    organisation or a product ("Romania confirmed", "KwaZulu-Natal", "Uttar
    Pradesh"); never a person's name ("Jordan", "Georgia" as people), and an
    all-capital short form only when it is the region's own name (not "MAC")."""
    return ent.label_ != "PERSON" and any(p.feature in ("country", "admin1") and (
        p.main_name or not ent.text.isupper()) for p in cands)


def airport_name(cands: list[Place]) -> bool:
    """"from Ben Gurion Airport" tagged a person: an airport's name in full
    (it ends in Airport, Air Base, Airfield...) names no person or body."""
    return any(p.feature == "airport" for p in cands)


def before_facility(ent: Span) -> bool:
    """"the Pirbright laboratory", "Desaguadero hospital": a name before a
    facility noun is where the facility is."""
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return nxt is not None and nxt.text.islower() and nxt.lower_ in FACILITIES


def is_metonym(span: Span, cands: list[Place], actor_spans: set[tuple[int, int]]) -> bool:
    if not any(p.capital for p in cands) or any(p.feature == "country" for p in cands):
        return False
    if owns_local(span) or _beside_a_town(span):
        return False  # "Ouagadougou's mayor", "Rome's hospitals": the city itself
    in_actor = any(s <= span.start_char and span.end_char <= e for s, e in actor_spans)
    return in_actor and span.root.dep_ in METONYM_DEPS


def _beside_a_town(span: Span) -> bool:
    """"Dublin and Hilliard will widen the road", "Lima and Callao share a
    port": a capital conjoined with a name that is only ever a town (no
    country, division or capital among its candidates) is a place, not its
    government."""
    root = span.root
    conjuncts = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        conjuncts.append(root.head)
    for tok in conjuncts:
        if tok.pos_ == "PROPN" and tok.text[:1].isupper():
            cands = gazetteer().candidates(tok.text)
            if cands and not any(p.capital or p.feature in ("country", "admin1")
                                 for p in cands):
                return True
    return False


def owns_local(span: Span) -> bool:
    """"Kyiv's mayor", "Nairobi's hospitals": the possessor of a noun that
    only a place has."""
    return span.root.dep_ == "poss" and local(span)
