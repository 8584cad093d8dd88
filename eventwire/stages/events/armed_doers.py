"""Class *a doer named by the gun is no weapon of an assault on a place*
(modes34): ASSAULT ``firearms`` whose only firearms cue in the trigger's
own clause is the doers' name ("gunman", "gunmen", ``_armed_doer_nouns``
in ``modes.yaml``) and whose trigger is an entry, an attack or a clash
(``_place_assault_words``) keeps no mode from that name:

* "gunmen stormed a television studio during a live broadcast",
* "masked gunmen attacked an army barracks and a prison",
* "the convoy came under attack from gunmen on a motorbike",
* "gunmen from the neighbouring town clashed with border guards".

The name says who the doers are, not what the storming, the attack or the
clash was done with; the record sets leave such acts without a mode (own
texts in rec_d, rec_e, rec_f, rec_p, rec_v, rec_w and a real one in rec_c)
and keep ``firearms`` where a gun is named in the clause ("gunmen stormed
the hotel *opening fire* on guests", a cue of its own) or where the doers'
act is a harm to people ("gunmen *killed* seven people", "*ambushed* a
patrol": verbs not in the list). Another mode cued in the clause
("gunmen attacked the post *with grenades*") is kept.
"""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.stages.events.mode_cues import Words, cued_modes, own_clause_words
from eventwire.stages.events.mode_words import mode_words

FIREARMS = "firearms"


def _without_doers(words: Words, doers: frozenset[str]) -> Words:
    return [("", "") if lemma in doers or form in doers else (lemma, form)
            for lemma, form in words]


def doers_name_the_gun(trigger: Span) -> bool:
    """Is the trigger an entry, attack or clash whose own clause cues
    ``firearms`` only by the doers' name?"""
    words = mode_words()
    if trigger.root.lemma_.lower() not in words["_place_assault_words"]:
        return False
    clause = own_clause_words(trigger)
    doers = words["_armed_doer_nouns"]
    if not any(lemma in doers or form in doers for lemma, form in clause):
        return False
    return FIREARMS not in cued_modes("ASSAULT", _without_doers(clause, doers))


def doer_free_mode(trigger: Span) -> str | None:
    """The first ASSAULT mode the own clause cues once the doers' name is
    blanked (None: no other cue)."""
    doers = mode_words()["_armed_doer_nouns"]
    return next(cued_modes("ASSAULT", _without_doers(own_clause_words(trigger), doers)), None)
