"""Class *first person in quoted speech*: "We will respond firmly," an army
spokesman said; "I will not resign," she said; Tsai wrote: "we will not back
down". Inside a quotation, "we" is the speaker's side and "I" the speaker:
the pronoun becomes a mention whose antecedent is the subject of the speech
verb the quoted clause hangs on (which may itself be a pronoun: "he said").
Only a quotation mark between the pronoun and the speaker counts, so
narration in the first person ("we", an outlet's own voice) is left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.arrays import where_lower
from eventwire.nlp.spans import heads_above
from eventwire.stages.actors.coref_index import pronoun_mention
from eventwire.stages.actors.quote_continuation import continued_speaker, quote_marks

FIRST_PERSON = frozenset({"we", "i"})
SPEECH_VERBS = frozenset({"say", "tell", "add", "write", "state", "declare", "insist", "warn",
                "vow", "announce", "post", "tweet", "assert", "stress", "explain", "reply",
                "quote", "shout", "chant", "proclaim", "pledge"})
"""The verbs a quotation hangs on, whose subject is the quoted "we"/"I"
(also handed to ``quote_continuation.continued_speaker``). Kept apart from
the attribution cue list ``speech_verbs`` (``eventwire/data/cues.yaml``) on
purpose (tidy64): it is a hand-picked list of verbs that deliver words
(actors5), so it has "quote" and "chant" ("they chanted: 'we want
bread'"), which are no attribution cues, and lacks 82 of the cue list's
verbs (the stance and act ones, "accuse", "deny", "confirm", "demand",
"blame", "rule", and others, "argue", "admit", "comment"); deriving it
from the cue list either way changes which pronouns get a speaker,
unmeasured. Not ``reported_forces.SAY_VERBS`` (a state's report of its
force) either. ``tests/test_first_person.py`` holds the relation to ``speech_verbs``."""
QUOTE_MARKS = ('"', "\u201c", "\u201d", "``", "''")
MAX_HOPS = 6


def _speech_subject(tok: Token) -> Token | None:
    """The subject of the nearest speech verb above ``tok`` in the parse
    (the quoted clause is its complement), when a quotation mark stands
    between the pronoun and that subject."""
    for cur in heads_above(tok, MAX_HOPS):
        if cur.pos_ == "VERB" and cur.lemma_.lower() in SPEECH_VERBS:
            subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.lower_ in FIRST_PERSON:
                return None
            lo, hi = sorted((tok.i, subj.i))
            between = tok.doc[lo:hi].text
            return subj if any(q in between for q in QUOTE_MARKS) else None
    return None


def _mention_of(mentions: list[ActorMention], subj: Token) -> int | None:
    """The mention covering the subject's head (the latest-starting one)."""
    found = [i for i, m in enumerate(mentions)
             if m.start <= subj.idx < m.end and subj.left_edge.idx <= m.start]
    return max(found, key=lambda i: mentions[i].start) if found else None


def link_first_person(doc: Doc, mentions: list[ActorMention]) -> None:
    """Append a pronoun mention for every quoted "we"/"I" whose speaker is a
    mention (appended unsorted: the caller sorts and remaps). The "we"/"I"
    tokens are found on the attribute arrays (``where_lower``), not by a
    Token per word."""
    marks: list[int] | None = None
    for i in where_lower(doc, FIRST_PERSON):
        tok = doc[i]
        if tok.tag_ != "PRP":
            continue
        subj = _speech_subject(tok)
        if subj is None:  # a quotation continuing its speaker
            marks = quote_marks(doc) if marks is None else marks
            subj = continued_speaker(tok, marks, SPEECH_VERBS, FIRST_PERSON)
        ante = _mention_of(mentions, subj) if subj is not None else None
        if ante is None:
            continue
        mentions.append(pronoun_mention(tok, mentions, ante))
