"""Modality and speaker-chain error classes for ``tools/error_breadth.py``
(issue #12, branch modality33): the classes a census can rank by breadth.

* ``modality``: on matched events, the confusion "gold -> predicted" split by
  the cue class found over the trigger (:func:`cue_class`): ``denial verb``,
  ``negation``, ``conditional if``, ``modal verb``, ``future will``,
  ``report verb`` or ``none``;
* ``speaker_chain``: on matched events, ``speaker missed``, ``speaker
  spurious``, ``speaker wrong`` (no overlap), ``relay missed`` / ``relay
  spurious`` / ``relay wrong``, and ``outlet wrong`` when the relay that
  differs is the article's own outlet; each split by the cue class, so
  "speaker missed / report verb" (a frame the chain did not link) is told
  from "speaker missed / none" (a run-on or quotation attribution).

The cue is read on the dependency parse, from the trigger up to its
sentence root: the nearest cue of the highest class wins, the classes in
the annotation guide's modality precedence (denied > negated > conditional >
hypothetical > future > reported).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.tokens import Doc, Token

from eventwire.eval.record_fields import match_events
from eventwire.nlp.cues import default_cues
from tools import speaker_errors
from tools.event_error_classes import token_at

Record = dict[str, Any]
Found = tuple[str, str, str]

_CUES = default_cues()
# the stages' own cue lists (data/cues.yaml), widened by the census's extras:
# rarer denial verbs, the loaded report verbs, the non-epistemic modals
DENY = _CUES.words("deny_verbs") | {"rebut", "disown", "disavow"}
REPORT = _CUES.words("reporting_verbs") - {"stress", "translate"} | {
    "accuse", "acknowledge", "admit", "allege", "argue", "claim", "confirm", "declare",
    "insist", "warn", "according"}
MODALS = _CUES.words("possible_modals") - {"ca"} | {"would", "should", "must", "ought"}
FUTURE = _CUES.words("future_modals")
NEG = frozenset({"not", "n't", "never", "no"})
CONDITION = frozenset({"if", "unless"})
ORDER = ("denial verb", "negation", "conditional if", "modal verb", "future will",
         "report verb")


def _chain(tok: Token) -> list[Token]:
    """The trigger and its heads up to the sentence root."""
    return [tok, *tok.ancestors]


def _own_cues(t: Token, first: bool) -> set[str]:
    """The cue classes ``t`` carries: its own lemma (above the trigger) and
    its auxiliary, negation and subordinator children."""
    found: set[str] = set()
    lemma = t.lemma_.lower()
    if not first and lemma in DENY:
        found.add("denial verb")
    if not first and (lemma in REPORT or t.lower_ == "according"):
        found.add("report verb")
    for c in t.children:
        low = c.lower_
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and low in NEG):
            found.add("negation")
        if c.dep_ == "mark" and low in CONDITION:
            found.add("conditional if")
        if c.dep_ in ("aux", "auxpass") and low in MODALS:
            found.add("modal verb")
        if c.dep_ in ("aux", "auxpass") and low in FUTURE:
            found.add("future will")
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION
                                     for m in c.children) and first:
            found.add("conditional if")
    return found


def cue_class(tok: Token | None) -> str:
    """The highest cue class over the trigger ``tok`` (``none`` when none)."""
    if tok is None:
        return "none"
    found: set[str] = set()
    for i, t in enumerate(_chain(tok)):
        found |= _own_cues(t, i == 0)
    return next((c for c in ORDER if c in found), "none")


def modality_class(g: Record, p: Record, cue: str) -> str | None:
    """"gold -> predicted / cue" of a matched event, None when right."""
    gm, pm = g.get("modality"), p.get("modality")
    return None if gm == pm else f"{gm} -> {pm} / {cue}"


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _relay_kind(g: Record, p: Record, outlet: str | None) -> str:
    gr, pr = g.get("relays") or [], p.get("relays") or []
    if not gr:
        kind = "relay spurious"
    elif not pr:
        kind = "relay missed"
    else:
        kind = "relay wrong"
    texts = {_norm(r.get("text")) for r in [*gr, *pr]}
    return "outlet wrong" if outlet and _norm(outlet) in texts else kind


def speaker_class(g: Record, p: Record, outlet: str | None = None) -> str | None:
    """The speaker-chain error of a matched event (``speaker_errors``' kinds,
    the relay one split), None when right."""
    kind = speaker_errors.error_class(g, p)
    if kind is None:
        return None
    if kind == "relay":
        return _relay_kind(g, p, outlet)
    return f"speaker {kind}"


def chain_errors(record: Record, pred: list[Record], doc: Doc) -> Iterator[Found]:
    """(field, class, key) of each wrong modality and speaker chain of the
    matched events of one article."""
    gold = record["events"]
    for gi, pi in match_events(gold, pred):
        g, p = gold[gi], pred[pi]
        t = g["trigger"]
        cue = cue_class(token_at(doc, t["start"], t["end"]))
        key = f"{t['start']}-{t['end']}"
        mod = modality_class(g, p, cue)
        if mod is not None:
            yield "modality", mod, key
        spk = speaker_class(g, p, record.get("outlet"))
        if spk is not None:
            yield "speaker_chain", f"{spk} / {cue}", key

