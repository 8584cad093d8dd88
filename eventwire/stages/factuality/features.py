"""Features of an event trigger for the learned factuality model.

Everything is read from the one spaCy parse the pipeline already made: the
trigger's lemma, part of speech and tense tag, the modal and negation
auxiliaries of its clause, the governor chain (lemmas and dependency labels,
up to the clause boundary), the lexical veridicality of the governing verb in
its frame (MegaVeridicality, ``eventwire/data/factuality/veridicality.json``),
hedging adverbs, if/whether/unless marks, questions, quotation context and —
stacked — the rules' own answer. A feature is a name with a value (1.0 for
indicators), so the model is a plain weighted sum.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from eventwire.models import Factuality, Quote
from eventwire.nlp.spans import heads_above
from eventwire.paths import DATA_DIR
from eventwire.stages.factuality.clauses import (
    FUTURE,
    HEDGES,
    POSSIBLE,
    antecedent_mark,
    clause_of,
    negations_of,
)

VERIDICALITY_PATH = DATA_DIR / "factuality" / "veridicality.json"
# dependencies by which a clause or infinitive is the complement of a verb
COMPLEMENT_DEPS = ("xcomp", "ccomp")
# verbs whose infinitive complement describes a state, not an event
STATIVE = {"be", "have", "know", "own", "seem", "remain", "exist", "contain", "belong"}
QUOTE_CHARS = {'"', "``", "''", "\u201c", "\u201d"}
# the marks of a governing clause that change how sure its events are
MARKS = {"if", "unless", "whether", "when", "once", "because", "although", "though",
         "before", "after", "until", "while", "since", "so", "as"}


@lru_cache(maxsize=2)
def load_veridicality(path: Path = VERIDICALITY_PATH) -> dict[str, dict[str, float]]:
    """verb lemma -> frame key (``that``, ``to_ev``, ``was_to_st`` …) -> score in [-1, 1]."""
    if not path.is_file():
        return {}
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {str(k): {str(f): float(v) for f, v in frames.items()}
            for k, frames in raw["verbs"].items()}


def frame_key(head: Token, comp: Token) -> str | None:
    """The MegaVeridicality frame in which ``head`` embeds ``comp``:
    "said that X" = ``that``, "was said to X" = ``was_to_ev``, "asked them
    to X" = ``np_to_ev``, "wants to have" = ``to_st`` …"""
    if comp.dep_ not in COMPLEMENT_DEPS:
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children)
    if not infinitive:
        return "was_that" if passive else "that"
    kind = "st" if comp.lemma_.lower() in STATIVE else "ev"
    if passive:
        return f"was_to_{kind}"
    has_object = any(c.dep_ == "dobj" for c in head.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in comp.children)
    return f"np_to_{kind}" if has_object else f"to_{kind}"


def veridicality(head: Token, comp: Token) -> float | None:
    """Score of ``head`` embedding ``comp`` in its frame (the verb's mean over
    frames when that frame was not rated), or None for an unknown verb."""
    key = frame_key(head, comp)
    if key is None:
        return None
    frames = load_veridicality().get(head.lemma_.lower())
    if not frames:
        return None
    return frames.get(key, frames.get("mean"))


def _bucket(value: float) -> str:
    if value <= -0.3:
        return "neg"
    if value < 0.05:
        return "low"
    if value < 0.3:
        return "mid"
    return "high"


def _governors(tok: Token, limit: int = 3) -> list[Token]:
    """The heads above the trigger, nearest first, up to ``limit`` and never
    past the sentence root."""
    return heads_above(tok, limit)


def chain_features(tok: Token) -> dict[str, float]:
    """Governor lemmas and the dependency path to them (``dep0`` is the
    trigger's own link), plus the veridicality of each complement link."""
    feats: dict[str, float] = {f"dep0={tok.dep_}": 1.0}
    lower = tok
    for k, head in enumerate(_governors(tok), 1):
        feats[f"gov{k}={head.lemma_.lower()}"] = 1.0
        feats[f"path{k}={lower.dep_}>{head.pos_}"] = 1.0
        if k == 1:
            feats[f"gov1dep={head.lemma_.lower()}|{lower.dep_}"] = 1.0
        score = veridicality(head, lower)
        if score is not None:
            negated = any(c.dep_ == "neg" for c in head.children)
            feats[f"ver{min(k, 2)}"] = score
            feats[f"ver{min(k, 2)}={_bucket(score)}{'|neg' if negated else ''}"] = 1.0
        if lower.dep_ not in COMPLEMENT_DEPS + ("conj", "dobj", "aux", "prep", "pobj"):
            break  # a new clause (advcl, relcl, subject …) ends the chain
        lower = head
    return feats


def clause_features(tok: Token) -> dict[str, float]:
    """Auxiliaries (each word and its class), negation, hedges and adverbs
    of the trigger's clause."""
    clause = clause_of(tok)
    feats: dict[str, float] = {}
    for t in clause:
        for c in t.children:
            word = c.lower_
            if c.dep_ in ("aux", "auxpass"):
                feats[f"aux={word}"] = 1.0
                if word in POSSIBLE:
                    feats["modal=possible"] = 1.0
                elif word in FUTURE:
                    feats["modal=future"] = 1.0
                elif word in ("would", "should", "must", "ought"):
                    feats[f"modal={word}"] = 1.0
            elif c.dep_ == "advmod" and t in clause[:2]:
                feats[f"adv={c.lemma_.lower()}"] = 1.0
                if word in HEDGES:
                    feats[f"hedge={HEDGES[word]}"] = 1.0
    negs = negations_of(tok, clause)
    if negs:
        feats["neg"] = 1.0
        feats[f"neg={negs[0].lemma_.lower()}"] = 1.0
    return feats


def context_features(tok: Token, quotes: list[Quote]) -> dict[str, float]:
    """if/whether/unless above the trigger, a question, quotation."""
    feats: dict[str, float] = {}
    antecedent = antecedent_mark(tok)
    if antecedent:
        feats[f"antecedent={antecedent}"] = 1.0
    for head in [tok, *_governors(tok, 4)]:
        marks = [c.lower_ for c in head.children if c.dep_ == "mark" and c.lower_ in MARKS]
        if marks:
            feats[f"mark={marks[0]}"] = 1.0
            break
    sent = tok.sent
    if sent[-1].text == "?" or (len(sent) > 1 and sent[-2].text == "?"):
        feats["question"] = 1.0
    opened = sum(1 for t in sent if t.i < tok.i and t.text in QUOTE_CHARS)
    if opened % 2 == 1:
        feats["quoted"] = 1.0
    if any(q.content.start <= tok.idx < q.content.end for q in quotes):
        feats["in_quote"] = 1.0
    return feats


def rule_features(rules: Factuality) -> dict[str, float]:
    return {f"r_cert={rules.certainty}": 1.0, f"r_pol={rules.polarity}": 1.0,
            f"r_mod={rules.modality}": 1.0, f"r_cond={rules.condition is not None}": 1.0}


def token_features(tok: Token, quotes: list[Quote], rules: Factuality) -> dict[str, float]:
    """All features of the trigger head ``tok``."""
    feats: dict[str, float] = {f"lemma={tok.lemma_.lower()}": 1.0, f"pos={tok.pos_}": 1.0,
                               f"tag={tok.tag_}": 1.0}
    feats.update(chain_features(tok))
    feats.update(clause_features(tok))
    feats.update(context_features(tok, quotes))
    feats.update(rule_features(rules))
    return feats
