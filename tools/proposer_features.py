"""Features of a learned recall side for event detection (an evaluation
module of ``tools/kfold_event_proposer.py``, not part of the pipeline):
words the rules do not emit, scored as events by a logistic regression
fitted on the gold records.

The trigger lexicon and the rule classes decide which words *can* be events;
on real outlets' text a fourth of the gold events are words they never
propose (a verb outside the lexicon, a deverbal noun, an act the rules
rejected as a non-event class). This module enumerates the verbs and nouns
of a sentence that no rule proposed, through the doc's lemma and part-of-
speech columns (no per-token walk of the document), and describes each by
the same kind of parse and role features the eventness filter reads:

* the word: lemma, part of speech, tag, dependency role, its lexicon entry
  (PLOVER type) if any, a noun's suffix ("-tion", "-ment": deverbal nouns);
* its governor: the head's lemma for complement and modifier roles, and
  whether the head or a child is an event the rules emitted;
* its participants: the actor mentions among its children (a subject, an
  object, the object of a preposition it governs): their kind, whether
  political, with a country;
* its clause (subject, passive, negation, modal) and context (headline,
  quoted, sentence naming a political actor).

Judged topic-clean leave-one-set-out on rec_a..rec_t (branch events29,
docs/BENCHMARKS.md): it gains on the project's own texts and loses on real
outlets' text at every threshold, so no proposer is shipped; the features
live here so a later attempt is measured the same way.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.attrs import LEMMA, POS
from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.extensions import get_list
from eventwire.nlp.spans import doc_index
from eventwire.stages.events.eventness import (
    GOVERNED_DEPS,
    DocContext,
    _actor_feats,
    _clause_feats,
    context_feats,
)
from eventwire.stages.events.mention_lookup import children_of

CANDIDATE_POS = ("VERB", "NOUN")
ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "agent", "pobj", "poss", "compound", "attr"}


def candidate_tokens(doc: Doc, taken: set[int], vocabulary: Iterable[str] | None = None
                     ) -> list[int]:
    """Indices of the verbs and nouns not in ``taken`` (the rules' triggers);
    with ``vocabulary``, only those whose lemma it lists. Read from the doc's
    POS and LEMMA columns."""
    if not len(doc):
        return []
    cols = doc.to_array([POS, LEMMA])
    pos_ids = [doc.vocab.strings[p] for p in CANDIDATE_POS]
    mask = np.isin(cols[:, 0], np.array(pos_ids, dtype=cols.dtype))
    if vocabulary is not None:
        hashes = np.array([doc.vocab.strings.add(w) for w in vocabulary], dtype=cols.dtype)
        mask &= np.isin(cols[:, 1], hashes)
    return [int(i) for i in np.flatnonzero(mask) if int(i) not in taken]


def _actor_at(doc: Doc, i: int) -> ActorMention | None:
    hits = doc_index(doc, "actor_mentions").containing(doc[i].idx)
    return get_list(doc, "actor_mentions")[hits[0]] if hits else None


def _argument_actors(tok: Token) -> list[tuple[str, ActorMention]]:
    """(role, actor) of the mentions among ``tok``'s arguments: a child in an
    argument role, or the object of a preposition or agent it governs."""
    doc = tok.doc
    found: list[tuple[str, ActorMention]] = []
    for dep, i, _ in children_of(tok):
        if dep in ("prep", "agent"):
            for dep2, j, _ in children_of(doc[i]):
                if dep2 == "pobj" and (actor := _actor_at(doc, j)) is not None:
                    found.append((f"{dep}_{doc[i].lower_}", actor))
        elif dep in ARG_DEPS and (actor := _actor_at(doc, i)) is not None:
            found.append((dep, actor))
    return found


def features(tok: Token, ctx: DocContext, triggers: set[int],
             lexicon: dict[str, str]) -> list[str]:
    """Feature strings of one candidate word ``tok`` (not a rules' trigger);
    ``triggers``: token indices of the rules' events; ``lexicon``: verb
    lemma -> PLOVER type."""
    lemma = tok.lemma_.lower()
    feats = [f"lemma={lemma}", f"pos={tok.pos_}", f"tag={tok.tag_}", f"dep={tok.dep_}",
             f"dep+pos={tok.dep_}:{tok.pos_}", f"ent={tok.ent_type_ or '-'}",
             f"lex={lexicon.get(lemma, '-')}", f"lex+pos={lexicon.get(lemma, '-')}:{tok.pos_}"]
    if tok.pos_ == "NOUN":
        feats.append(f"suffix={lemma[-4:]}")
    if tok.dep_ in GOVERNED_DEPS and tok.head.i != tok.i:
        feats += [f"head_lemma={tok.head.lemma_.lower()}", f"head_pos={tok.head.pos_}",
                  f"dep+head={tok.dep_}:{tok.head.lemma_.lower()}"]
    feats.append(f"head_event={tok.head.i in triggers and tok.head.i != tok.i}")
    feats.append(f"child_event={any(i in triggers for _, i, _ in children_of(tok))}")
    feats += _clause_feats(tok)
    args = _argument_actors(tok)
    feats.append(f"args={min(len(args), 2)}")
    for role, actor in args[:3]:
        feats += [f"arg={role}"] + [f"{role}:{f}" for f in _actor_feats("a", actor)[1:3]]
    subj = next((a for r, a in args if r in ("nsubj", "nsubjpass", "agent_by")), None)
    feats += _actor_feats("doer", subj)
    if _actor_at(tok.doc, tok.i) is not None:
        feats.append("in_actor")
    return feats + context_feats(tok, ctx)
