"""Declining to say or to comment, outside public life (issue #12, branch
false50).

docs/annotation.md: "declined to specify" / "declined to comment further"
are REJECT when a government or an institution withholds information on a
political act (rec_p, rec_r, rec_s); "police who 'declined to release the
names' or 'would not say' in crime copy stay unlabelled (rec_v-01's 'would
not comment', rec_l-11, rec_i-10)"; a pastor's "declined to say whether
the church had received any recent threats" is no event. The false50
census found the unlabelled kind predicted as REJECT in six real sets
(rec_l, rec_r, rec_v, rec_x, rec_z, rec_ac): a company that "refused to
comment", a celebrity's representative who "declined to say where she is",
a voter who "declined to give her surname", police who "declined to
release the names".

The class: "decline"/"refuse" governing a verb of telling (``say``,
``comment``, ``specify``, ``disclose``; ``give``/``release`` only with a
name or details as the object) whose actor is **no political actor**
(no sector of ``nonpolitical.POLITICAL_SECTORS``; police count as none only
when what they withhold is names or details: the guide's crime-copy
precedent; "police declined to say how many protesters were detained"
stays) and is not named as someone's spokesperson or
official (who speaks for an institution: "a Dugway spokesperson declined
to specify" stays REJECT). Refusing to name an attacker in court (a
witness's refusal) and a refusal to release a person are not read here.
Word lists: ``eventwire/data/events/withheld_comments.yaml``.

review92 (probes nobody tuned to): a **proper name nobody resolved** (no
sector: "Ruto declined to comment on the protests", the president named
by his surname) is not known to be a private person, so the refusal stays
for the later stages; the class is read from what the actor is known to
be (a company, a neighbour, an agent, police on names).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.models import ActorMention
from eventwire.paths import DATA_DIR
from eventwire.stages.events.comment_requests import reporters_request
from eventwire.stages.events.detection_words import lemma as _lemma

WORDS = DATA_DIR / "events" / "withheld_comments.yaml"
POLICE = "COP"

words = word_list_loader(WORDS)


def _tells_something(verb: Token) -> bool:
    """"say", "comment", "specify"; "give"/"release" a name or details."""
    lemma = _lemma(verb)
    if lemma in words()["telling_verbs"]:
        return True
    if lemma not in words()["handing_verbs"]:
        return False
    return any(c.dep_ == "dobj" and _lemma(c) in words()["information_nouns"]
               for c in verb.children)


def _withheld(tok: Token) -> Token | None:
    """The verb of telling a refusal governs, if any."""
    if tok.pos_ != "VERB" or _lemma(tok) not in words()["refusal_verbs"]:
        return None
    return next((c for c in tok.children if c.dep_ == "xcomp" and _tells_something(c)), None)


def _public_actor(actor: ActorMention | None, political: set[str], names: bool) -> bool:
    """A political actor or someone who speaks for one; police only when
    they withhold more than names (the guide's crime-copy precedent is
    "declined to release the names")."""
    if actor is None:
        return False
    public = political if not names else political - {POLICE}
    if set(actor.sectors) & public:
        return True
    return any(w in words()["speaking_for"] for w in actor.text.lower().split())


def _unknown_name(tok: Token, actor: ActorMention | None) -> bool:
    """The actor is a proper name with no sector: whether it is public is
    not known ("Ruto declined to comment")."""
    if actor is None or actor.sectors:
        return False
    span = tok.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and span.root.pos_ == "PROPN"


def is_withheld_comment(tok: Token, actor: ActorMention | None, political: set[str]) -> bool:
    """Declining to say, outside public life (module docstring); ``political``
    is the caller's set of political sectors. The reporter's own request for
    comment (``comment_requests.py``, relabel62 (c)) is dropped here too."""
    if reporters_request(tok):
        return True
    told = _withheld(tok)
    if told is None or _unknown_name(tok, actor):
        return False
    names = _lemma(told) in words()["handing_verbs"]
    return not _public_actor(actor, political, names)
