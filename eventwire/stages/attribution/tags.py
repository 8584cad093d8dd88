"""Who relays a statement by *reporting* it (issue #12, speaker39).

Class *a reporter that frames a statement*: "X said …, Al-Manar reported" /
"Al-Manar reported that X said …" — whoever reports someone's statement
relays it, even when it is not a known outlet (``reports_a_statement``).

Class *a sentence-final reporter tag the parser hangs inside the statement*
(``reporter_tag``): "Police said the suspect surrendered, the Gazette
reported." The parser often reads the tag as the content of the inner
speech verb ("said → ccomp reported"), so the reporter governs no speech
verb and, when its name is in no media list (a regional broadcaster, a news
site, an agency known by its own name), nothing marked it as a relay. The
tag is read on its shape instead: a comma, the reporter's noun phrase, a
past or present form of *report* ("reported", a headline's "reports") with
nothing after it but adjuncts ("reported on Tuesday", "reported late on
Monday"), and the sentence's end (the statement it reports may hang on its
left: the parser's other reading). A reporter with a complement ("the
agency reported two deaths", "… reported that …") or inside a clause ("the
clashes, which residents reported, …") is not a tag, nor is a common noun
the parser makes its subject ("…, the worst attack reported this year": a
participle; a listed medium such as "state television" is a relay already);
a sentence with no other statement keeps the reporter as its speaker
(``quotes_in_sentence`` asks that another cue stand beside the tag).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp.sentences import sent_of
from eventwire.stages.attribution.speakers import SPEECH_VERBS, subject_of
from eventwire.stages.attribution.stances import STANCE_VERBS

# what a bare reporter tag may carry besides its subject: adjuncts of time,
# manner or place ("reported on Tuesday", "reported late", "reported from Goma")
TAG_ADJUNCTS = frozenset({"punct", "prep", "npadvmod", "advmod", "aux", "neg"})


def reports_a_statement(verb: Token) -> bool:
    """"Al-Manar reported that X said …": the reporter's clause holds a
    statement with a subject of its own."""
    return verb.lemma_.lower() == "report" and any(
        c.dep_ == "ccomp" and c.lemma_.lower() in SPEECH_VERBS | STANCE_VERBS
        and subject_of(c) is not None
        for c in verb.children)


def reporter_tag(verb: Token) -> bool:
    """"…, the Gazette reported." / "…, Radio Kivu reported on Tuesday.":
    a bare sentence-final reporter tag after a comma (see the module doc)."""
    subject = subject_of(verb)
    if verb.lemma_.lower() != "report" or subject is None or verb.tag_ not in ("VBD", "VBZ"):
        return False
    if subject.pos_ != "PROPN":
        return False  # "…, the third shooting reported this month": no reporter
    left = subject.left_edge
    if left.i == 0 or verb.doc[left.i - 1].text != "," or subject.i > verb.i:
        return False
    if any(c.dep_ not in TAG_ADJUNCTS for c in verb.rights):
        return False  # (the statement it reports may hang on its left)
    end, sent_end = verb.right_edge.i + 1, sent_of(verb).end
    return end >= sent_end or all(t.is_punct for t in verb.doc[end:sent_end])
