"""Acts of force in a story that tells no violence (issue #12, branch
events38).

docs/annotation.md labels no natural event, accident or business and sport
act ("the earthquake killed 20", "the plane crashed", "we hit a home run");
an act of force is an event when someone acts on purpose. Real outlets'
health, disaster, business and sport copy borrows the words of force for
what no one did, and nothing else in the article is violent:

* a disease or a germ on people: "the fever struck nine patients in ten
  this winter", "a resistant strain has killed eleven residents of the care
  home";
* nature or an accident on places and things: "hundreds of homes were
  damaged and the mango harvest destroyed", "the wing tip struck the hangar
  wall as the jet was towed", "the bottle may have cracked in the post";
* a figure: "the ski resorts were badly hit by the warm winter", "the
  agency fears an explosion in measles cases", "thorough cooking kills the
  germs".

The class is read at two levels:

* **a peaceful story** — the article names no word of violence: none of
  ``peaceful_stories.yaml``'s attacks, weapons, crimes and war words and
  none of curated.yaml's ``armed_groups``, ``security_words`` or
  ``hijackers`` (police, troops, gunmen, pirates), and no "fighting" or
  "killing" told as a noun ("after a week of fighting", "following the
  killing of an elder"). Read once per document
  (one array read, kept in ``doc.user_data``);
* **a force with no deliberate doer** — in such a story an ASSAULT is no
  event unless its actor or its target is political (a government, an army,
  a court, an official: "the ministry hit back", "an attempt to kill the
  mayor"), someone harms people ("a woman struck her neighbour with a
  spade": the guide's deliberate violence against people; a doer and a
  victim read as people: a person, a group or an agent by the actor stage,
  a person noun — "a father killed his three children" — or a name, one
  the tagger does not know included: "Okonkwo Adebayo poisoned his
  partner"), human beings (a person noun or a named person) are harmed,
  whoever the doer, in a story that names no hazard, disease or accident
  ("two men were killed in the port city on Monday", "a baker struck a
  teenager with a rolling pin", "three brothers were killed near their farm";
  the hazard, germ and mishap words of ``natural_hazards.yaml``,
  ``natural_doers.yaml`` and curated.yaml's ``natural_causes`` drop
  "sixteen people were killed when the tram crashed", "more than 300 were
  killed" by a tsunami, "nine patients in ten were struck"), the victim
  speaks or is a crowd ("we were struck twice last night", "a van struck
  the crowd at the gates"), or people "struck" with no object ("the dockers
  struck for a second day": a strike reading).

A story telling a shooting, a bombing, a robbery, an arrest, a riot or a
war keeps every act of force (the words above), so crime and conflict
stories with police, courts or soldiers are untouched.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc

from eventwire.datafiles import word_list_loader, word_list_of
from eventwire.models import ActorMention, EventMention
from eventwire.nlp.arrays import column, where_lower
from eventwire.paths import DATA_DIR
from eventwire.stages.events.eventness import trigger_token
from eventwire.stages.events.mode_words import person_nouns
from eventwire.stages.events.natural_doers import natural_doer_words
from eventwire.stages.events.nonevents import word_classes
from eventwire.stages.events.nonpolitical import POLITICAL_KINDS, POLITICAL_SECTORS
from eventwire.stages.events.participants import is_crowd
from eventwire.stages.events.story_parties import curated_groups

WORDS = DATA_DIR / "events" / "peaceful_stories.yaml"
STORY_KEY = "eventwire_peaceful_story"
HAZARD_KEY = "eventwire_hazard_story"
FORCE_TYPES = frozenset({"ASSAULT"})
PEOPLE_KINDS = frozenset({"person", "group", "agent"})
SPEAKERS = frozenset({"i", "me", "we", "us", "you"})

words = word_list_loader(WORDS)
hijackers = word_list_of(DATA_DIR / "events" / "curated.yaml", "hijackers")


@lru_cache(maxsize=1)
def violence_words() -> frozenset[str]:
    """Every word that makes a story violent (module docstring): the one
    union, read also by ``tools/real_story_kinds.py``."""
    groups = curated_groups()
    return (words()["violence_words"] | groups["armed_groups"] | groups["security_words"]
            | hijackers())


@lru_cache(maxsize=1)
def violence_ids() -> frozenset[int]:
    """String ids of :func:`violence_words`."""
    return frozenset(get_string_id(w) for w in violence_words())


def _combat_noun(doc: Doc) -> bool:
    """"fighting" or "killing" told as a noun, combat or homicide ("heavy
    fighting", "after a week of fighting", "following the killing of an
    elder", "a spate of killings"), not the verbs of health copy ("doctors
    are fighting the virus", "the strain is killing patients")."""
    return any(doc[i].tag_ in ("NN", "NNS")
               for i in where_lower(doc, words()["combat_nouns"]))


def peaceful_story(doc: Doc) -> bool:
    """Does the article name no word of violence? Once per doc."""
    found = doc.user_data.get(STORY_KEY)
    if found is None:
        found = violence_ids().isdisjoint(column(doc, LOWER)) and not _combat_noun(doc) \
            if len(doc) else True
        doc.user_data[STORY_KEY] = found
    return bool(found)


@lru_cache(maxsize=1)
def hazard_ids() -> frozenset[int]:
    """String ids of the hazard, germ and mishap words (module docstring):
    one list each, read from the rules that own them."""
    return frozenset(get_string_id(w)
                     for w in word_classes()["natural_causes"] | natural_doer_words())


def hazard_story(doc: Doc) -> bool:
    """Does the article name a hazard, a germ or a mishap (by word or lemma:
    "crashed", "tsunami")? Once per doc, asked only in a peaceful story."""
    found = doc.user_data.get(HAZARD_KEY)
    if found is None:
        ids = hazard_ids()
        found = bool(len(doc)) and not (ids.isdisjoint(column(doc, LOWER))
                                        and ids.isdisjoint(column(doc, LEMMA)))
        doc.user_data[HAZARD_KEY] = found
    return bool(found)


def _human(doc: Doc, m: ActorMention | None, unknown_names: bool = False) -> bool:
    """A mention of human beings: a person, a person noun or its plural
    ("the father", "two men", "three brothers") or a named person; with
    ``unknown_names`` also a proper name the tagger gave no entity type (a
    name it does not know: "Okonkwo Adebayo", "Gulnara Tashkentova")."""
    if m is None:
        return False
    if m.kind == "person":
        return True
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.lower_ in person_nouns() or root.lemma_.lower() in person_nouns():
        return True
    return root.ent_type_ == "PERSON" or (unknown_names and root.pos_ == "PROPN"
                                          and not root.ent_type_)


def _people(doc: Doc, m: ActorMention | None) -> bool:
    """Human beings, unknown names included, or a group or agent by the
    actor stage."""
    return m is not None and (m.kind in PEOPLE_KINDS or _human(doc, m, unknown_names=True))


def _political(actor: ActorMention | None) -> bool:
    return actor is not None and (bool(set(actor.sectors) & POLITICAL_SECTORS)
                                  or actor.kind in POLITICAL_KINDS)


def _person_harms_people(doc: Doc, event: EventMention) -> bool:
    """People harm people, or human beings are harmed in a story naming no
    hazard, germ or mishap (module docstring)."""
    if _people(doc, event.actor) and _people(doc, event.recipient):
        return True
    return _human(doc, event.recipient) and not hazard_story(doc)


def _witness_or_strikers(doc: Doc, event: EventMention) -> bool:
    """A victim who speaks or a crowd ("we were struck twice", "a car struck
    the crowd"), or people who "struck" with no object (a strike reading:
    "the drivers struck for a second day")."""
    recipient = event.recipient
    if recipient is not None and (recipient.text.lower() in SPEAKERS or is_crowd(recipient)):
        return True
    tok = trigger_token(doc, event)
    if tok is None:
        return False
    deps = {c.dep_: c for c in tok.children}
    subject = deps.get("nsubjpass") or deps.get("nsubj")
    if subject is not None and subject.lower_ in SPEAKERS:
        return True
    return tok.lemma_ == "strike" and "dobj" not in deps and "nsubj" in deps \
        and event.actor is not None


def is_peaceful_force(doc: Doc, event: EventMention) -> bool:
    """An ASSAULT in a peaceful story whose actor and target are not
    political and that is not someone harming people (module docstring)."""
    if event.type not in FORCE_TYPES or not peaceful_story(doc):  # the story test first
        return False
    return not (_political(event.actor) or _political(event.recipient)
                or _person_harms_people(doc, event) or _witness_or_strikers(doc, event))


def drop_peaceful_force(doc: Doc, events: list[EventMention]) -> list[EventMention]:
    """The events that are no peaceful story's act of force."""
    return [e for e in events if not is_peaceful_force(doc, e)]
