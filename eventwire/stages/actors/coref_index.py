"""The actor mentions of an article indexed by start offset, and which of
them a pronoun may stand for: coreference's antecedent search
(:mod:`eventwire.stages.actors.coref`), split from it along this seam when
that module passed 400 lines (thirty-third session). Moved unchanged: the
index keeps the mentions sorted as mentions are added, so the search looks
at the last few sentences only instead of every mention of the article."""

from __future__ import annotations

from bisect import bisect_left, insort

from spacy.tokens import Token

from eventwire.models import ActorMention
from eventwire.stages.actors.agreement import (
    agreeing_in_number,
    plural_agent,
    singular_candidates,
)
from eventwire.stages.actors.body_names import is_body_person
from eventwire.stages.actors.person_nouns import is_person_noun
from eventwire.stages.actors.speaks_for import GROUP_KINDS, SPOKES

# how many sentences back a pronoun or role noun looks for its antecedent
WINDOW_SENTENCES = 3
PRONOUN_RULE = "pronoun"
PRONOUN_CONFIDENCE = 0.6


def pronoun_mention(tok: Token, mentions: list[ActorMention], ante: int) -> ActorMention:
    """The mention of a one-word pronoun ``tok`` ("they", a quoted "we", a
    bare "some") standing for ``mentions[ante]``: its kind, the antecedent's
    index, the pronoun rule (one builder for coref, ``partitives`` and
    ``first_person``, tidy64)."""
    return ActorMention(start=tok.idx, end=tok.idx + len(tok.text), text=tok.text,
                        kind=mentions[ante].kind, antecedent=ante,
                        confidence=PRONOUN_CONFIDENCE, rule=PRONOUN_RULE)


def is_person(m: ActorMention) -> bool:
    """A mention "he"/"she" can stand for: a ``person`` mention not headed by
    a body noun, or an ``agent`` naming a spokesman, official or leader.

    One of several "is a person" predicates, different on purpose: this one
    judges an actor *mention* as a pronoun's antecedent (a singular speaker
    is what "he said" resolves to). ``person_nouns.is_person_noun`` is the
    wider net coref adds when nouns are allowed ("a gunman"); the event
    rules' token predicates (``mode_context.is_person``,
    ``custody_holds.is_person``, ``judicial._is_person``,
    ``mishaps._a_person``, ``participants.is_person_noun``) judge a
    *token* as a verb's patient, each with the word list of its sense."""
    if is_body_person(m):
        return False  # "Free Syrian Army", filed as a person by the KB
    if m.kind == "person":
        return True
    if m.kind != "agent":
        return False
    low = m.text.lower()  # once, not once per word of SPOKES (speed26)
    return any(map(low.__contains__, SPOKES))


# singular offices held by one person (``is_office_holder``)
# (no "king", "queen", "emir", "sultan": a word of many names, "B.B. King", r3 rec_i)
OFFICE_HOLDERS = frozenset({"governor", "mayor", "prefect", "president", "commissioner",
                            "ambassador", "chairman", "chairwoman", "premier"})


def is_office_holder(m: ActorMention) -> bool:
    """Class *a subject "he"/"she" continues the holder of an office named by
    its title alone* (coref67): "The Governor, who visited the wounded,
    announced a curfew. He called on the population ..."; "the prefect
    banned the march ... She said ..." — an agent mention whose last word
    is a singular office held by one person. Read only where a person noun
    may be ("nouns": a subject he/she none of whose named persons fits), so
    a named holder still comes first; "the governors" (plural), "the
    governorate", "the presidency" (a body) are no holder."""
    words = m.text.lower().split()
    return m.kind == "agent" and bool(words) and words[-1] in OFFICE_HOLDERS


def fits(m: ActorMention, want_person: bool, plural: bool = False,
          nouns: bool = False) -> bool:
    if m.rule.endswith("+dateline"):
        return False  # the place a story was filed from is no antecedent
    if want_person:
        return (is_person(m) or nouns and (is_person_noun(m) or is_office_holder(m))) \
            and not plural_agent(m)
    if plural and plural_agent(m):
        return True
    return (m.kind in GROUP_KINDS or is_body_person(m)) and not is_person(m)


class MentionIndex:
    """The mentions sorted by start offset, kept sorted as mentions are added,
    so the antecedent search looks at the last few sentences only instead of
    every mention of the article (which made coreference quadratic)."""

    def __init__(self, mentions: list[ActorMention], sent_of: list[int],
                 sent_starts: list[int]) -> None:
        self.mentions = mentions
        self.sent_of, self.sent_starts = sent_of, sent_starts
        self.keys = sorted((m.start, i) for i, m in enumerate(mentions))
        self.longest = max((m.end - m.start for m in mentions), default=0)
        self.pronoun_at: dict[int, int] = {}  # a resolved pronoun's offset -> its mention

    def add(self, mention: ActorMention) -> None:
        self.mentions.append(mention)
        insort(self.keys, (mention.start, len(self.mentions) - 1))
        self.longest = max(self.longest, mention.end - mention.start)

    def starting(self, lo: int, hi: int) -> list[int]:
        """Indices of mentions with ``lo <= start < hi``, last index first."""
        found = self.keys[bisect_left(self.keys, (lo, -1)):bisect_left(self.keys, (hi, -1))]
        return sorted((i for _, i in found), reverse=True)

    def covers(self, pos: int) -> bool:
        return any(pos < self.mentions[i].end
                   for i in self.starting(pos - self.longest, pos + 1))

    def last(self, before: int, want_person: bool, subjects: set[int] | None = None,
             plural: bool = False, named: bool = False, states: bool = True,
             excluded: frozenset[int] = frozenset(), nouns: bool = False,
             topic: bool = False, singular: bool = False) -> int | None:
        """Antecedent: the most recent fitting mention in the same sentence;
        else the most recent fitting *subject* of an earlier sentence (with
        ``topic``, the first subject of that sentence: ``_topic_subject``);
        else the most recent fitting mention, within ``WINDOW_SENTENCES``."""
        sent_now = self.sent_of[before]
        floor = self.sent_starts[max(0, sent_now - WINDOW_SENTENCES)] if self.sent_starts else 0
        mentions = self.mentions
        candidates = [j for j in self.starting(floor, before)
                      if mentions[j].rule != "pronoun"
                      and fits(mentions[j], want_person, plural, nouns)
                      and (not named or mentions[j].country or mentions[j].actor_id)
                      and (states or mentions[j].kind != "state") and j not in excluded]
        if plural:
            candidates = agreeing_in_number(mentions, candidates)
        elif singular:
            candidates = singular_candidates(mentions, candidates)
        if not candidates:
            return None
        if self.sent_of[mentions[candidates[0]].start] == sent_now:
            return candidates[0]
        subj = [j for j in candidates if subjects and mentions[j].start in subjects]
        if subj and topic:
            return self._topic_subject(subj)
        return subj[0] if subj else candidates[0]

    def _topic_subject(self, subj: list[int]) -> int:
        """Class *a main-clause subject pronoun continues the topic*: "They",
        "It", "He" as the subject of a sentence's main clause continues the
        first subject of the nearest earlier sentence that has a fitting one
        (its topic), not a later subject of a clause reported or attached
        there: "Gangs attacked the academy ..., police said. They are
        demanding ..." (the gangs); "The coast guard said it had acted, the
        Global Times reported. It denied ..." (the coast guard)."""
        mentions = self.mentions
        sent = self.sent_of[mentions[subj[0]].start]
        same = [j for j in subj if self.sent_of[mentions[j].start] == sent]
        return min(same, key=lambda j: mentions[j].start)
