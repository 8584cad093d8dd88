"""Entering another state's airspace, waters or territory (issue #12, branch
recall26).

docs/annotation.md labels an intrusion a COERCE, like "violated its airspace"
and "intruded into its waters", which the lexicon has; "entered" it did not:
"drones that entered Polish airspace", "a navy vessel entered Guyanese
waters", "accused its soldiers of entering Venezuelan territory" (missed in
four sets). The area must be a state's: owned ("its waters") or named by a
demonym or a country ("Polish airspace", "Algerian airspace"), or "territorial
waters"; "entered the cold waters of the lake" and a sea or region the tagger
names ("Arctic waters", "Pacific waters", review35) are no intrusion, nor
are civilians crossing ("thousands of refugees entered Turkish territory":
roles.yaml's civilians and refugees, review35).

Class *an armed body entering a place* (events41, ``armed_entry``): troops,
police units, warships or an armed group entering any place, its own state's
or another's, is the force's act the records label (COERCE): "special
forces entered the broadcaster's offices before dawn", "rebel fighters
entered the provincial capital on Sunday", "riot police entered the
campus to clear the sit-in", "if troops enter the region" (a condition:
the modality says so). Not a lone gunman or a suspect entering a house
(the records label the shooting, not the entry), nor a span of time
("the war entered its third year", ``entered_periods``) nor an undertaking
joined ("police entered a plea", "rebels entered negotiations",
``entered_undertakings``), nor an entry by the host's consent ("at the
invitation of the government", "under the ceasefire agreement",
``entry_consents``).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.datafiles import load_yaml
from eventwire.stages.events.detection_words import listed
from eventwire.stages.events.mention_lookup import ROLE_WORDS, look_through

STATE_ENTS = {"NORP", "GPE"}  # not LOC: "Arctic waters", "Pacific waters" are nobody's
CIVILIAN_CODES = frozenset({"CVL", "REF"})


@lru_cache(maxsize=1)
def _civilians() -> frozenset[str]:
    """People named by what they are whose sector is civilian or refugee
    (roles.yaml ``unnamed_people``, ``unnamed_victims``): "refugees",
    "migrants", "pilgrims" crossing into a country intrude on no one."""
    raw = load_yaml(ROLE_WORDS.read_text(encoding="utf-8"))
    table = {**raw["unnamed_people"], **raw["unnamed_victims"]}
    return frozenset(w.lower() for w, code in table.items() if code in CIVILIAN_CODES)


def _civilian_subject(tok: Token) -> bool:
    """The one who entered is civilians ("thousands of refugees entered")."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    who = look_through(subj)
    return who.lower_ in _civilians() or who.lemma_.lower() in _civilians()


def _a_states(area: Token) -> bool:
    """The area is some state's: a possessor, a demonym or place before it, or
    "territorial"."""
    for c in area.children:
        if c.dep_ == "poss":
            return True
        if c.dep_ in ("amod", "compound") and (
                c.ent_type_ in STATE_ENTS or c.lower_ == "territorial"
                # a demonym the tagger missed; not a sea or region it named
                or (c.is_title and c.pos_ in ("ADJ", "PROPN") and not c.ent_type_)):
            return True
    return False


def _doers(tok: Token) -> list[Token]:
    """The verb's subject, or the one a coordinated verb shares, and its
    conjuncts ("soldiers and police officers entered")."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ == "conj":
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    return [look_through(subj)] + [c for c in subj.children if c.dep_ == "conj"]


def _entry_verb(tok: Token) -> bool:
    return tok.pos_ == "VERB" and listed(tok, "entry_verbs")


def intrusion(tok: Token) -> bool:
    """:func:`entered_state_area` or :func:`armed_entry`, the entry verb
    screened once for both (speed36: the detection chain asks every
    candidate verb)."""
    return _entry_verb(tok) and (_state_area_entry(tok) or _armed_entry(tok))


def armed_entry(tok: Token) -> bool:
    """``tok`` is an entry verb whose doers are an armed body and whose object
    is a place, not a span of time nor an undertaking joined ("entered a
    plea", "entered negotiations", "entered the race": review82)."""
    return _entry_verb(tok) and _armed_entry(tok)


def _armed_entry(tok: Token) -> bool:
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.ent_type_ in ("DATE", "TIME") or listed(obj, "entered_periods") \
            or listed(obj, "entered_undertakings"):
        return False
    if _by_consent(tok) or _by_consent(obj):
        return False
    return any(listed(d, "force_words") or listed(d, "armed_group_words") for d in _doers(tok))


def _by_consent(tok: Token) -> bool:
    """A phrase of the host's consent on ``tok``: "at the invitation of the
    government", "under the ceasefire agreement", "with the owner's
    permission" (``entry_consents``, review82)."""
    return any(p.dep_ == "prep" and any(o.dep_ == "pobj" and listed(o, "entry_consents")
                                        for o in p.children) for p in tok.children)


def entered_state_area(tok: Token) -> bool:
    """``tok`` is "entered" with a state's airspace, waters or territory as its
    object."""
    return _entry_verb(tok) and _state_area_entry(tok)


def _state_area_entry(tok: Token) -> bool:
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is not None and listed(obj, "state_areas") and _a_states(obj) \
        and not _civilian_subject(tok)
