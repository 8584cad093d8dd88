"""The people a demand is about are not whom it is addressed to (issue #12,
branch recip34).

Class *the ones a demand would free, remove or punish*: a request asks
someone -- the holder, the government, the court -- to do something to or
for a third party; that party is the content of the demand, not its
recipient. The record sets leave such demands without a recipient unless
the addressee is named ("urged the junta to release the reporters": the
junta). Two constructions name only the third party:

* the object of a nominal act of setting free or handing over that the
  demand is for -- "demanded the release of all jailed activists",
  "called for the freeing of three student leaders", "demanded the
  reporters' immediate release", "sought the extradition of two
  engineers", "demanded the withdrawal of foreign troops from the
  valley" (every mention inside the noun's phrase: the "of" object, the
  place left, the one released named as possessor);
* the passive subject of the demand's content clause -- "demanded that
  the prisoners be allowed to see lawyers", "insisted that the arsonists
  be brought to justice", "asked that the prisoners be moved to a
  civilian jail".

Kept: the one asked to act ("demanded that Bolivia return the trucks",
"demanded the resignation of the minister" -- resignation is no noun of
freeing), the possessor who would do the freeing ("demanded Iran's release
of the tanker") or the leaving ("demanded their immediate withdrawal":
they are asked to go) or the going back ("urged the rebels' return to the
talks", review75), and the holder a freeing noun's "from" phrase
names ("demanded the return of the children from the militia", "sought
the repatriation of its sailors from Libya", "called for the freeing of
the nuns from their kidnappers": the one who would free them, review75);
a place a leaving noun's "from" names, or a site or custody any "from"
names, is dropped ("the withdrawal of the troops from the valley", "the
release of the students from prison").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp.spans import path_up_to
from eventwire.stages.events.act_sites import SITE_NOUNS
from eventwire.stages.events.target_sites import is_site
from eventwire.stages.events.target_tokens import LEFT_CUSTODY

# nominal acts whose object is set free, handed over or moved away by another
FREEING_NOUNS = frozenset({
    "release", "freeing", "liberation", "return", "repatriation", "extradition",
    "handover", "withdrawal", "pullout", "pull-out"})
# nominal acts of leaving: their possessor is the one who would leave (addressed)
LEAVING_NOUNS = frozenset({"withdrawal", "pullout", "pull-out"})
# how far above the mention the noun, and above the noun the trigger, may be
MAX_STEPS = 5


def _path_to(tok: Token, top: Token) -> list[Token] | None:
    """The tokens from ``tok`` up to (not including) ``top``, or None when
    ``top`` is not within :data:`MAX_STEPS` heads above it."""
    return path_up_to(tok, top, MAX_STEPS)


def _freed_by_noun(tok: Token, trigger: Token) -> bool:
    """``tok`` lies in the phrase of a freeing noun the trigger governs."""
    path = _path_to(tok, trigger)
    if not path:
        return False
    for i, noun in enumerate(path[1:], start=1):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in FREEING_NOUNS:
            continue
        if noun.lemma_.lower() not in LEAVING_NOUNS and _held_from(path[:i]):
            return False  # "the return of X from the militia": the holder is asked
        if path[i - 1].dep_ == "poss" and _possessor_acts(noun):
            return False  # the one who would free, leave or go back is asked to
        return True
    return False


def _possessor_acts(noun: Token) -> bool:
    """The possessor of the freeing noun does the act: a noun of leaving,
    one with an "of" object ("Iran's release of the tanker"), or a return
    with a "to" and no "of" ("the rebels' return to the talks": they go
    back; review75)."""
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    lemma = noun.lemma_.lower()
    return lemma in LEAVING_NOUNS or "of" in preps or (lemma == "return" and "to" in preps)


def _held_from(below: list[Token]) -> bool:
    """The mention (``below[0]``) hangs from a "from" phrase inside the
    freeing noun's phrase: it names the holder, not the one held
    (review75) -- unless it is a site or custody ("from prison", "from
    custody": where they are held)."""
    return not _held_in(below[0]) and any(t.dep_ == "prep" and t.lower_ == "from" for t in below)


def _held_in(tok: Token) -> bool:
    """A site or a custody one is held in ("prison", "jail", "detention")."""
    return is_site(tok) or tok.lemma_.lower() in SITE_NOUNS or tok.lemma_.lower() in LEFT_CUSTODY


def _passive_content_subject(tok: Token, trigger: Token) -> bool:
    """``tok`` is the passive subject of the trigger's content clause."""
    return tok.dep_ == "nsubjpass" and tok.head.dep_ == "ccomp" and tok.head.head == trigger


def demanded_patient(tok: Token, trigger: Token | None, kind: str | None) -> bool:
    """Class *the ones a demand would free, remove or punish* (module
    docstring): a REQUEST's option inside the phrase of a freeing noun it
    asks for, or the passive subject of its content clause."""
    if kind != "REQUEST" or trigger is None or tok == trigger:
        return False
    return _passive_content_subject(tok, trigger) or _freed_by_noun(tok, trigger)
