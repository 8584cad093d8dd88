"""Class *a bare count of people as the actor of a crowd's act* (actors24).

Why: "Dozens gathered", "Tens of thousands marched on parliament", "where
10,000 gathered" name their actor by a count alone. The NER tags the count
CARDINAL, so the participant rules read it as no actor (a number is no
recipient either), and the records' crowd of private people (CVL, the story's
country) was missing. Only acts a crowd does (``crowd_acts``), as the count's
verb, take such an actor: "two hit the town" after "fired ten rockets" counts
rockets, not people. Words live in ``eventwire/data/events/counted_crowds.yaml``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from eventwire.datafiles import load_yaml
from eventwire.models import ActorMention
from eventwire.paths import DATA_DIR

CROWDS_PATH = DATA_DIR / "events" / "counted_crowds.yaml"
RULE = "counted-crowd"


@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml(CROWDS_PATH.read_text(encoding="utf-8"))
    return {"counts": frozenset(data["counts"]), "min_number": int(data["min_number"]),
            "acts": frozenset(data["crowd_acts"])}


def _is_count(tok: Token) -> bool:
    """A count word ("thousands") or a written number of a crowd's size."""
    if tok.lower_ in _words()["counts"]:
        return True
    if not tok.like_num:
        return False
    try:
        return float(tok.text.replace(",", "")) >= _words()["min_number"]
    except ValueError:
        return False


def is_count(tok: Token) -> bool:
    """A crowd-size count ("hundreds", "10,000"): the test other classes share."""
    return _is_count(tok)


def _outer_count(tok: Token) -> Token:
    """"tens of thousands": from the inner count up to the outer one."""
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and _is_count(tok.head.head):
        tok = tok.head.head
    return tok


def _act_of(tok: Token) -> Token | None:
    """The verb whose subject the count is. Not a "by" agent: "were killed
    during demonstrations by tens of thousands" would lend the crowd to the
    killing (measured: one real event lost its null actor and its type)."""
    return tok.head if tok.dep_ == "nsubj" else None


def counted_crowd(doc: Doc, tok: Token) -> ActorMention | None:
    """An unnamed crowd (CVL, the story's country) when ``tok`` is a bare
    count acting as a crowd acts; else None."""
    if not _is_count(tok) or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None
    outer = _outer_count(tok)
    act = _act_of(outer)
    if act is None or act.lemma_.lower() not in _words()["acts"]:
        return None
    from eventwire.stages.actors.home import story_country

    span = doc[outer.left_edge.i:tok.i + 1]
    return ActorMention(start=span.start_char, end=span.end_char, text=span.text,
                        kind="agent", country=story_country(doc), sectors=["CVL"],
                        confidence=0.3, rule=RULE)
