"""What the addressee will face: an announced sanction is a threat (issue #12,
branch recall26).

The census of missed gold events (docs/BENCHMARKS.md "recall26") found a
speaker's warning that someone *will face* or *bear* something unlabelled in
nine sets: "those who take advantage ... will face strict action", "organisers
would face legal consequences", "they will bear the consequences", "Moldovan
diplomats will face the same measures", "would face the full rigours of the
law". docs/annotation.md labels each a THREATEN. The lexicon reads "face" as a
state ("will face strikes", ``perception_state``), so the class needs the
verb, a modal of the future or of obligation, no negation, and an object from
``detection.yaml`` ``consequence_objects``. The gold sets put the trigger on
the verb or on the noun, so the trigger spans both ("face ... consequences").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.agents import REPORT_VERBS
from eventwire.stages.events.detection_words import listed

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# verbs whose subject utters what the addressee will face, besides reporting
WARNING_VERBS = REPORT_VERBS | {"warn", "vow", "threaten", "promise", "pledge", "caution"}


def _modal(tok: Token) -> bool:
    """A modal of ``tok``, or of the verb it is conjoined to ("will be
    identified and held accountable")."""
    for verb in (tok, tok.head) if tok.dep_ == "conj" else (tok,):
        kids = list(verb.children)
        if any(c.dep_ == "neg" for c in kids):
            return False
        if any(c.dep_ == "aux" and listed(c, "consequence_modals") for c in kids):
            return True
    return False


def consequence_object(tok: Token) -> Token | None:
    """The sanction ``tok`` ("face", "bear") announces, or None."""
    if tok.pos_ != "VERB" or not listed(tok, "consequence_verbs") or not _modal(tok):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or not listed(obj, "consequence_objects"):
        return None
    return obj


def consequence_end(tok: Token) -> int:
    """The end of the trigger: past the sanction's noun."""
    obj = consequence_object(tok)
    return obj.i + 1 if obj is not None else tok.i + 1


def warner(verb: Token) -> Token | None:
    """Class *the one who says what the addressee will face* (recips27): the
    threat told as what its target will face or bear is the speaker's act,
    not the target's -- "China said Lithuania must bear all the
    consequences" (China), "'Those who beat protesters must face
    consequences,' Kallas said" (Kallas), "the minister warned that looters
    would face the full force of the law" (the minister). The subject of the
    nearest reporting or warning verb above ``verb``; None when there is
    none (the outlet's own voice: the actor is left empty)."""
    for above in verb.ancestors:
        if above.lemma_.lower() in WARNING_VERBS:
            return next((c for c in above.children if c.dep_ == "nsubj"), None)
    return None
