"""Class *gunmen as doers* (relabel52 q3, modes41): an ASSAULT whose doers
are "gunmen" is ``firearms`` unless the clause names another weapon
(``doer_free_mode``); the rest of this docstring tells the modes34 class
it replaced (then the name alone gave no mode, as the gold was split),
whose tests of the clause are kept to find that other weapon.

Old class *a doer named by the gun is no weapon of an assault on a place*
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
patrol": verbs not in the list). The doers' other acts told with the
trigger count as the clause (review77): a coordinated verb with no subject
of its own or a subjectless adverbial clause that names a gun ("gunmen
stormed the bank *and shot* two guards", "stormed a church *and opened
fire* on worshippers", "attacked the convoy *and sprayed* it with bullets")
keeps ``firearms``; a conjunct with its own doers ("*the guards* opened
fire") does not, nor does a harm with no gun word ("attacked a camp,
*killing* three": the record sets label it both ways). Another mode cued
in the clause ("gunmen attacked the post *with grenades*") is kept.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.stages.events.mode_cues import Words, cue_words, cued_modes, own_clause_words
from eventwire.stages.events.mode_words import mode_words

FIREARMS = "firearms"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


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
    if FIREARMS in cued_modes("ASSAULT", _without_doers(clause, doers)):
        return False
    return not any(_armed_act(act, doers) for act in _doers_other_acts(trigger.root))


def _doers_other_acts(root: Token) -> list[Token]:
    """The verbs the trigger's doers also do: a coordinated verb or an
    adverbial clause with no subject of its own ("stormed the bank *and
    shot* two guards", "attacked the post, *killing* four")."""
    return [c for c in root.children if c.dep_ in ("conj", "advcl") and c.pos_ == "VERB"
            and not any(g.dep_ in SUBJECT_DEPS for g in c.children)]


def _armed_act(verb: Token, doers: frozenset[str]) -> bool:
    """Does the act name a gun ("shot", "opened fire")?"""
    words = _without_doers(cue_words(list(verb.subtree)), doers)
    return FIREARMS in cued_modes("ASSAULT", words)


def doer_free_mode(trigger: Span) -> str | None:
    """The first ASSAULT mode the own clause cues once the doers' name is
    blanked (None: no other cue)."""
    doers = mode_words()["_armed_doer_nouns"]
    return next(cued_modes("ASSAULT", _without_doers(own_clause_words(trigger), doers)), None)
