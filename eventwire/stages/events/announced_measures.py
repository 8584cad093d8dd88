"""Measures announced or weighed against someone (issue #12, branch events45).

The census of missed gold events (docs/BENCHMARKS.md "events44", "events45")
found two classes of a general verb with a measure noun ("measures",
"steps", "action") that no rule read, the lexicon's "take" being no event:

* **a retaliation announced as measures to be taken** — "Russia will take
  retaliatory measures if the vessel is not released", "the army will take
  stern action against anyone who ...", "we would take the measures
  necessary if they go on": a future or conditional "take" (will / would /
  shall) whose measures are aimed at someone (an "against" phrase), hang on
  a condition ("if", "unless") or are named as a reprisal (``detection.yaml``
  ``threat_measure_words``: retaliatory, reciprocal, stern …). THREATEN, as
  the records label it in six sets;
* **sanctions being weighed** — "the EU would consider further measures
  against the airlines", "Washington said it was considering further
  measures": "consider" / "weigh" with such measures (or ``further`` /
  ``additional`` ones). SANCTION on the measures, labelled in four sets.

Neither fires when the measures are the content of another act the records
already label — a warning ("warned that Moscow would take all necessary
measures": the warning is the THREATEN), a demand or an urging ("urged
Kabul to take effective measures": REQUEST) — nor when negated, nor for a
plain policy with a purpose and no target ("will take measures to reduce
traffic noise", "considered measures to curb emissions").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.detection_words import listed, words

# verbs whose own event already holds the measures as its content
CARRIER_VERBS = frozenset({"warn", "threaten", "vow", "caution", "urge", "ask", "call",
                           "demand", "request", "press", "appeal", "order"})
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
CONDITIONS = frozenset({"if", "unless"})
# a condition told by inversion: "should the drills continue", "were they to"
INVERTED = frozenset({"should", "were", "had"})


def _measure(verb: Token) -> Token | None:
    """The measure noun object of ``verb`` ("take all necessary measures")."""
    return next((c for c in verb.children
                 if c.dep_ == "dobj" and listed(c, "measure_nouns")), None)


def _carried(verb: Token) -> bool:
    """The verb is the content of a warning or a demand above it, or an
    infinitive ("to take measures": what is urged or planned)."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True
    for above in verb.ancestors:
        if above.lemma_.lower() in CARRIER_VERBS:
            return True
        if above.dep_ not in ("ccomp", "xcomp", "conj", "advcl"):
            break
    return False


def _aimed(verb: Token, noun: Token, strong: frozenset[str]) -> bool:
    """Measures aimed at someone, hung on a condition, or named as a
    reprisal (``strong`` adjectives) without a plain purpose of their own."""
    if any(c.dep_ == "prep" and c.lower_ == "against" for c in (*noun.children, *verb.children)):
        return True
    if any(c.dep_ == "advcl" and _conditional(c) for c in verb.children):
        return True
    purpose = any(c.dep_ in ("acl", "relcl", "advcl", "xcomp") and _infinitive(c)
                  for c in (*noun.children, *verb.children))
    return not purpose and any(c.dep_ in ("amod", "compound") and c.lower_ in strong
                               for c in noun.children)


def _conditional(clause: Token) -> bool:
    """"if they go on", "unless it stops", "should the drills continue"."""
    return any((c.dep_ == "mark" and c.lower_ in CONDITIONS)
               or (c.dep_ == "aux" and c.lower_ in INVERTED and c.i < clause.i
                   and c.i == clause.left_edge.i) for c in clause.children)


def _infinitive(clause: Token) -> bool:
    """A purpose: "measures to curb emissions"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def measures_end(tok: Token) -> int:
    """The end of the trigger: past the measure noun (the records mark the
    verb or the noun)."""
    noun = announced_measures(tok) or weighed_measures(tok)
    return noun.i + 1 if noun is not None else tok.i + 1


def announced_measures(tok: Token) -> Token | None:
    """The measure noun of "will take retaliatory measures" (THREATEN), or None."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "take" or _negated(tok):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children):
        return None
    noun = _measure(tok)
    if noun is None or _carried(tok) or any(c.lower_ == "no" for c in noun.children):
        return None
    return noun if _aimed(tok, noun, _strong("threat_measure_words")) else None


def weighed_measures(tok: Token) -> Token | None:
    """The measure noun of "would consider further measures" (SANCTION), or None."""
    if tok.pos_ != "VERB" or not listed(tok, "weigh_verbs") or _negated(tok):
        return None
    noun = _measure(tok)
    if noun is None or _carried(tok):
        return None
    return noun if _aimed(tok, noun, _strong("weighed_measure_words")) else None


def _strong(key: str) -> frozenset[str]:
    return frozenset(words()[key])
