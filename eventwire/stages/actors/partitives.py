"""Class *a quantified pronoun as subject stands for part of a group named
before* (issue #12, branch actors31).

The record guide: "A plural pronoun or quantified pronoun ('They blame',
'Hundreds of them gathered') is the actor span with its antecedent's
codes". A bare quantifier used as a clause's subject names a part of the
crowd or force the story has just named, and had no mention at all:

* "Hundreds of farmers gathered outside the ministry, and some threw eggs
  at the guards" (the farmers);
* "Crowds marched on the palace. Many hurled bottles at riot police" (the
  crowds);
* "Thousands of teachers rallied in the capital; others set fire to tyres"
  (the teachers).

Only a bare word is read ("some of them", "some 2,000 police officers" are
left to the quantified-actor rules, a bare count "Dozens gathered" to
``counted_crowds``), only as the subject of an active clause ("dozens
beaten" is a headline's passive), and only a
plural agent written as a common noun ("farmers", "armed men",
"protesters") in the same or the previous sentence is its antecedent: a
state or an organisation is no crowd that "some" can be part of. Nor is
the subject of a verb of belief or fear (``cues.yaml`` ``stance_verbs``,
review53): "Many fear a coup", "Some believe the vote was rigged",
"Others think the talks will fail" speak of people at large, not of the
soldiers or voters just named.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.arrays import where_lower
from eventwire.nlp.cues import default_cues
from eventwire.stages.actors.agreement import common_plural
from eventwire.stages.actors.coref_index import pronoun_mention

QUANTIFIER_PRONOUNS = frozenset({"some", "many", "others", "several", "most"})
STANCE_VERBS = default_cues().words("stance_verbs")  # "many fear", "some believe"


def _bare_subject(tok: Token) -> bool:
    """The quantifier is a clause subject with no noun or "of" phrase of its
    own, of an active verb ("dozens beaten" is a headline's passive; a
    perfect "some had thrown stones", "many have blocked the road" is
    active, review53)."""
    return tok.dep_ == "nsubj" and not _headline_passive(tok.head) \
        and tok.head.lemma_.lower() not in STANCE_VERBS and not any(
        c.dep_ in ("prep", "compound", "amod", "nummod", "quantmod", "acl", "relcl")
        for c in tok.children)


def _headline_passive(verb: Token) -> bool:
    """A bare past participle with no "have": "dozens beaten"."""
    return verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have"
                                          for c in verb.children)


def _antecedent(tok: Token, mentions: list[ActorMention], sent_starts: list[int]) -> int | None:
    """The last common-plural agent before the quantifier, in its sentence or
    the one before."""
    sent = tok.sent
    floor = sent.start_char
    k = next((n for n, s in enumerate(sent_starts) if s == floor), None)
    if k is not None and k > 0:
        floor = sent_starts[k - 1]
    best: int | None = None
    for j, m in enumerate(mentions):
        if floor <= m.start and m.end <= tok.idx and m.rule != "pronoun" \
                and m.antecedent is None and common_plural(m) \
                and (best is None or m.start > mentions[best].start):
            best = j
    return best


def partitive_pronouns(doc: Doc, mentions: list[ActorMention], sent_starts: list[int]) -> None:
    """Append a mention for every bare quantifier subject whose group is named
    just before it (module docstring), ``antecedent`` set as for "they"."""
    taken = {m.start for m in mentions}
    for tok in (doc[k] for k in where_lower(doc, QUANTIFIER_PRONOUNS)):
        if tok.idx in taken or not _bare_subject(tok):
            continue
        ante = _antecedent(tok, mentions, sent_starts)
        if ante is None:
            continue
        mentions.append(pronoun_mention(tok, mentions, ante))
