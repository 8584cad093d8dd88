"""Class *the one a noun of harm or custody is done to is a person*
(issue #12, branch recip35).

The verb form of the class is ``bare_options.person_patient`` (recip34:
"an electrician was indicted", "police detained two farmhands"). Its noun
form: the "of" object of a noun of killing, wounding, seizing or trying
someone -- "the police killing of a street vendor", "the shooting of a
night watchman", "the abduction of two surveyors", "the arraignment of a
bus driver" -- or its possessor when the noun has no "of" object of its
own -- "the baker's arrest", "his arraignment", "their abduction" -- names
the one the act is done to (the record guide: the recipient of a nominal
act is the one it is done to; "the army's killing of X": the possessor is
the doer, X the recipient). Whatever the noun ("vendor", "watchman",
"surveyor" are in no person table), it is a person, so the recipient
ranker may fill an empty slot with it as a bare person
(``bare_options.bare_objects``); a possessive pronoun ("his arrest")
becomes a bare pronoun option.

Not a thing or a place: "the seizure of the ship" (seizing is not in the
table; ``bare_options._bare_kind`` asks ``is_site`` before this), nor
an "of" object that names a thing, a work or a legal matter ("the shooting
of a documentary", "the detention of the cargo", "the prosecution of the
case": ``NOT_PERSONS``; goods and films are ``bare_options._goods``).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.models import ActorMention

# nouns of an act done to a person (never to a thing): harm, abduction, custody, court
PERSON_PATIENT_NOUNS = frozenset({
    "killing", "murder", "shooting", "stabbing", "beating", "assassination", "execution",
    "lynching", "abduction", "kidnapping", "torture", "arrest", "rearrest", "detention",
    "arraignment", "indictment", "conviction", "sentencing", "imprisonment", "jailing",
    "deportation", "extradition", "prosecution"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their"})
# an "of" object that names a thing, a work or a legal matter, no person: "the
# shooting of a documentary", "the detention of the cargo", "the prosecution of
# the case", "the execution of the contract" (``bare_options._goods`` holds goods)
NOT_PERSONS = frozenset({
    "cargo", "shipment", "consignment", "container", "documentary", "series", "scene", "video",
    "footage", "episode", "album", "advert", "case", "contract", "plan", "order", "law", "bill",
    "decision", "deal", "sentence", "verdict", "policy", "project", "programme", "program"})
# the bare options a noun's own patient is taken from (``bare_options.bare_objects``)
OWN_RULES = frozenset({"bare_person", "bare_pron"})


def _act_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in PERSON_PATIENT_NOUNS or tok.lower_ in PERSON_PATIENT_NOUNS


def _has_of(noun: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def nominal_patient(tok: Token) -> bool:
    """The "of" object of a noun of harm or custody, or its possessor when
    the noun has no "of" object (module docstring)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.dep_ == "prep":
        return _act_noun(tok.head.head) and tok.lemma_.lower() not in NOT_PERSONS
    return tok.dep_ == "poss" and _act_noun(tok.head) and not _has_of(tok.head)


def patient_pronoun(tok: Token) -> bool:
    """"his arrest", "their abduction": a possessive pronoun that names the
    one the act is done to."""
    return tok.lower_ in POSSESSIVE_PRONOUNS and nominal_patient(tok)


def own_patient(trigger: Token, options: list[tuple[str, int, ActorMention]]
                ) -> ActorMention | None:
    """The bare person or pronoun option that is the noun trigger's own
    patient ("the killing of a fishmonger", "the beekeeper's arrest", "his
    arraignment"): the one the act is done to by the guide, taken as the
    recipient when the rules found none, as ``addressed_bare`` takes the
    one a verb urges (not left to the ranker, which never saw these nouns
    as persons)."""
    if not _act_noun(trigger):
        return None
    return next((m for src, _, m in options if src == "bare" and m.rule in OWN_RULES
                 and _own(trigger, m)), None)


def _own(trigger: Token, m: ActorMention) -> bool:
    """The option's head is the trigger's possessor or "of" object."""
    tok = next((t for t in trigger.subtree if m.start <= t.idx < m.end and
                (t.head == trigger or t.head.head == trigger)
                and nominal_patient(t)), None)
    return tok is not None
