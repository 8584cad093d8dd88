"""PLOVER modes: *how* an event was done (ASSAULT with explosives, CONSULT
by phone, PROTEST as a hunger strike), with the 2021 manual's mode names.

Cue words per type and mode are data (``eventwire/data/events/modes.yaml``,
written from the manual's definitions). Decision, in this order:

1. a cue in the trigger itself ("the *bombing*", "*kidnapped*");
2. the mode the CAMEO code of the trigger carries (``lexicon.json``), when it
   is a mode of the event's type in the 2021 manual;
3. a cue in the event's own clause (``mode_context.own_clause``: "attacked
   the convoy *with mortars*", but not "protest *after a night of clashes*"
   nor "condemned the attack and *ordered an investigation*"); for acts whose
   mode is their content (REQUEST, REJECT, THREATEN: "demanded *the
   withdrawal*") only the trigger's complements count;
4. otherwise ``null``: the text supports no mode (the annotation guide). A
   cue elsewhere in the sentence belongs to another event ("a fire-bomb
   attack left three dead as police *fought* protesters"), so the sentence
   is not scanned; a coordinated verb keeps its shared subject ("warplanes
   circled and *bombed*").

Two classes stop steps 1-2: a trigger that opens a masked phrase ("*seized*
power", "the *seizure* of power": :func:`masked_trigger`), and the trigger
of a request or rejection, which is the speech act and never its content
(``SPEECH_ACTS``: "*dismissed* the report" has no mode; "dismissed demands
*to release* them" is yield). CAMEO's ``deport`` of removal verbs stands only
with a place in the clause (:func:`_lexicon_mode`). The learned ranker of
``mode_model.py`` (setting ``mode_model``, on by default since modes29)
reads this cascade's answer and overrides it only by a margin.

Within one step the mode listed first in the YAML wins. Some types have a
residual mode (``RESIDUAL``: PROTEST "demo", ACCUSE "disapprove", ASSAULT
"destroy"): its cues are the type's generic words ("protest"), so it is
taken only when no other mode has a cue in the event's own clause ("a
hunger strike to protest" is "hunger"). Phrases in ``mode_masks`` ("riot
police") are not cues. Two object-sensitive classes follow the manual:
seizing or capturing *people* is COERCE ``arrest`` (things: ``seize``; so is
intercepting or recapturing people or a crewed boat, ``custody.py``), and
an attack on a person with no weapon named is ASSAULT ``beat``. Two verb
classes close the cascade: bringing down an aircraft ("shot down a drone")
has no mode (:func:`downs_aircraft`), and anyone firing with no weapon
named ("officers fired at the suspect", "the navy fired in self-defence",
relabel52 q4) is ``firearms`` (:func:`people_fire`); a fire set to property ("set fire to the
station", "an arson attack") is ``destroy`` (``arson.py``); a request
for money or for forces sent ("appealed for $40 million", "asked the
ministry to send more soldiers") is REQUEST ``assist`` (``asked_means.py``);
a party asked to leave, and one refusing
when asked, gives ground, REQUEST / REJECT ``yield`` (``given_way.py``), as
does a suspect told to give up or refusing to ("told him to drop the knife",
"refused to get out of his car": ``surrender_orders.py``);
people or craft kept from moving ("blocked a supply vessel", "prevented
deputies from entering") is COERCE ``restrict`` (``kept_movement.py``), a
medium banned or blocked ("banned TikTok") ``censor`` (``media_bans.py``);
a vessel held ("detained a tanker") is ``seize`` (``mode_objects.py``; an
accusation of failing to act keeps its verb's ``allege``, relabel49); a
storming, attack or clash whose only gun word is the doers' name ("gunmen
stormed the studio") keeps ``firearms`` unless its clause names another
weapon (``armed_doers.py``, relabel52 q3);
an ASSAULT left with no mode takes the first mode cued in its
"when"/"as"/"while" or participle clause ("killed when soldiers opened
fire": ``harm_adjuncts.py``), and one whose trigger is "damage" with no
mode cued is ``destroy`` (``damage_acts.py``); once the article is read,
a killing told with no weapon takes the weapon of the act it re-tells
("the strikes killed nine", "charged with killing X" after "gunmen shot
X": ``retold_killings.py``). Older mode
names (the PLOVER gold-standard records and CAMEO2PLOVER use some) are
mapped to the 2021 names by ``normalise``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.nlp.sentences import sent_of
from eventwire.stages.events.armed_doers import doer_free_mode, doers_name_the_gun
from eventwire.stages.events.arson import fire_mode, sets_property_on_fire
from eventwire.stages.events.asked_means import asks_for_means
from eventwire.stages.events.content_modes import content_mode
from eventwire.stages.events.custody import takes_in_party
from eventwire.stages.events.damage_acts import damages_property
from eventwire.stages.events.given_way import asks_to_give_way
from eventwire.stages.events.harm_adjuncts import adjunct_mode
from eventwire.stages.events.kept_movement import keeps_from_moving
from eventwire.stages.events.media_bans import bans_a_medium
from eventwire.stages.events.mode_context import (
    content,
    hosts_others,
    objects_of,
    own_clause,
    people_object,
)
from eventwire.stages.events.mode_cues import (
    cue_words,
    first_mode,
    load_cues,
    mask_starts,
    mode_masks,
    own_clause_words,
)
from eventwire.stages.events.mode_objects import object_mode
from eventwire.stages.events.mode_words import (
    MODES_DATA,
    person_nouns,
)
from eventwire.stages.events.offered_help import offered_help
from eventwire.stages.events.surrender_orders import asks_to_give_up
from eventwire.stages.events.weapon_verbs import downs_aircraft, people_fire, state_bombing

DATA = MODES_DATA

# older names -> 2021 manual names (decision documented in docs/architecture.md)
LEGACY_NAMES = {"assassinate": "targeted", "massacre": "targeted", "confiscate": "seize",
                "detain": "arrest", "demo-org": "demo", "demo-spon": "demo",
                "riot-spon": "riot", "strike-gen": "strike", "strike-hun": "hunger",
                "host": "visit", "cbrn": "unconventional"}
# type-specific: THREATEN's "restrict" covers curfews, bans, martial law
TYPE_NAMES = {("THREATEN", "curfew"): "restrict", ("THREATEN", "martial-law"): "restrict",
              ("THREATEN", "political"): "restrict", ("THREATEN", "ban"): "restrict",
              ("COERCE", "ban"): "restrict"}
RESIDUAL = {"PROTEST": "demo", "ACCUSE": "disapprove", "ASSAULT": "destroy"}
# types whose mode is the content of the act (the manual's REQUEST/REJECT
# tables and "in THREATEN the mode is the content of the threat")
CONTENT_TYPES = {"REQUEST", "REJECT", "THREATEN"}
# class *the act is not its content*: the trigger of a request or a rejection
# ("*dismissed* the report", "*demanded* his dismissal") is the speech act, so
# its own word is no cue and its CAMEO mode is not used; only the content
# decides ("dismissed calls *to release* the prisoners" is yield)
SPEECH_ACTS = {"REQUEST", "REJECT"}
# seizing or capturing people is an arrest (COERCE table: "arrest, detain")
TAKING_VERBS = {"seize", "capture", "catch", "take", "nab", "grab"}
ATTACK_WORDS = {"attack", "assault"}
# the platform over the munition: a bomb dropped by an aircraft or a drone
# ("jets *bombed* the market") is aerial / drone, the manual's explosives
# being bombs not delivered by a weapon system; a verb of a weapon system
# keeps its mode ("helicopters and tanks *shelled*" is heavy weapons)
PLATFORMS: dict[tuple[str, str], str] = {("explosives", "aerial"): "aerial",
                                         ("explosives", "drone"): "drone"}
PLATFORM_MUNITIONS = {munition for munition, _ in PLATFORMS}

def normalise(kind: str | None, mode: str | None) -> str | None:
    """A mode name in the 2021 manual's vocabulary for ``kind``, or None."""
    if kind is None or mode is None:
        return None
    mode = mode.strip().lower()
    mode = TYPE_NAMES.get((kind, mode), LEGACY_NAMES.get(mode, mode))
    return mode if mode in load_cues().get(kind, {}) else None


def trigger_words(trigger: Span) -> list[Token]:
    """The trigger and its manner adverbs ("*sexually* assaulted")."""
    return list(trigger) + [c for c in trigger.root.children if c.dep_ == "advmod"]


def _by_object(kind: str, trigger: Span, mode: str | None) -> str | None:
    """The object-sensitive classes of the module docstring."""
    lemma = trigger.root.lemma_.lower()
    if kind == "CONSULT" and mode in ("visit", None) and hosts_others(trigger.root):
        return "third-party"
    if kind == "COERCE" and mode in ("seize", "arrest", None) and lemma in TAKING_VERBS:
        return "arrest" if people_object(trigger, person_nouns()) else mode
    if kind == "COERCE" and mode is None and takes_in_party(trigger, person_nouns()):
        return "arrest"
    if kind == "ASSAULT" and mode is None and lemma in ATTACK_WORDS and \
            any(o.lower_ in ("him", "her") or o.ent_type_ == "PERSON"
                for o in objects_of(trigger)):
        return "beat"
    return mode


def assign_mode(kind: str, sent: Span, trigger: Span, lexicon_mode: str | None) -> str | None:
    """The event's mode (see the module docstring for the order); ``sent``
    is kept for callers, the cues are read from the trigger's own clause."""
    return rule_mode(kind, trigger, lexicon_mode)


def rule_mode(kind: str, trigger: Span, lexicon_mode: str | None) -> str | None:
    """The rule cascade's mode (steps 1-4 of the module docstring)."""
    if kind not in load_cues():
        return None
    if kind == "ASSAULT" and downs_aircraft(trigger.root):
        return None
    mode = object_mode(kind, trigger, _by_object(kind, trigger,
                                                 _cued_mode(kind, trigger, lexicon_mode)))
    if kind == "ASSAULT" and mode == "firearms" and doers_name_the_gun(trigger):
        mode = doer_free_mode(trigger) or "firearms"  # relabel52 q3: gunmen are firearms
    if kind == "ASSAULT" and mode is None and people_fire(trigger.root):
        return "firearms"
    if kind == "ASSAULT" and mode is None:
        mode = adjunct_mode(kind, trigger)
    if kind == "ASSAULT" and mode in (None, "primitive") and \
            sets_property_on_fire(trigger, person_nouns()):
        return fire_mode(trigger)
    if kind == "REQUEST" and mode is None and (offered_help(trigger) or asks_for_means(trigger)):
        return "assist"
    if kind == "ASSAULT" and mode is None and damages_property(trigger):
        return "destroy"
    if kind == "COERCE" and mode in (None, "restrict") and bans_a_medium(trigger):
        return "censor"  # "banned TikTok", "the channel would be banned" (modes43)
    if kind == "COERCE" and mode is None and keeps_from_moving(trigger):
        return "restrict"
    if kind in SPEECH_ACTS and mode is None and (asks_to_give_way(kind, trigger)
                                                 or asks_to_give_up(trigger)):
        return "yield"  # leaving (given_way.py), giving up to police (surrender_orders.py)
    return "aerial" if mode == "explosives" and state_bombing(trigger.root) else \
        content_mode(kind, trigger, mode)


def _region_mode(kind: str, trigger: Span) -> str | None:
    if kind not in CONTENT_TYPES:  # the own clause (every speech act is a content type)
        return first_mode(kind, own_clause_words(trigger))
    region = content(trigger)
    if kind in SPEECH_ACTS:
        region = [t for t in region if t.i != trigger.root.i]
    return first_mode(kind, cue_words(region))


def _cued_mode(kind: str, trigger: Span, lexicon_mode: str | None) -> str | None:
    residual = RESIDUAL.get(kind)
    kept: list[str | None] = []  # a memo, not a per-call lru_cache (speed33)

    def in_region() -> str | None:  # parsed only when needed, then once
        if not kept:
            kept.append(_region_mode(kind, trigger))
        return kept[0]

    def usable(mode: str | None) -> bool:
        """A residual mode only when nothing more specific is cued."""
        return mode is not None and (mode != residual or in_region() in (None, residual))

    masked = masked_trigger(trigger) or kind in SPEECH_ACTS
    for step in (lambda: None if masked else first_mode(kind, cue_words(trigger_words(trigger))),
                 lambda: None if masked else _lexicon_mode(kind, lexicon_mode, trigger),
                 in_region):
        found = step()
        if found is not None and usable(found):
            return PLATFORMS.get((found, in_region() or ""), found) \
                if found in PLATFORM_MUNITIONS else found
    return None


def masked_trigger(trigger: Span) -> bool:
    """Class *fixed phrases that are no cue*, at the trigger itself: the
    trigger opens a ``mode_masks`` phrase ("*seized* power", "*took* power", "the
    *seizure* of power", "*strike* force"), so neither its word nor its CAMEO
    code says how it was done (a coup is COERCE without a mode)."""
    root = trigger.root
    first = (root.lemma_.lower(), root.lower_)
    starts = mask_starts()
    if starts is not None and starts.isdisjoint(first):
        return False  # no phrase opens with the trigger: ``root.sent`` is the dear part
    toks = root.doc[root.i:min(root.i + 6, sent_of(root).end)]
    # each word's (lemma, form) read once, not once per mask (speed44: the
    # 33 masks read them again, ~60 µs per trigger that opens one)
    words = [(t.lemma_.lower(), t.lower_) for t in toks]
    for mask in mode_masks():
        n = len(mask)
        if len(words) >= n and all(mask[k] in words[k] for k in range(n)):
            return toks[n - 1].dep_ != "compound"  # "seizure of *power* stations"
    return False


def _lexicon_mode(kind: str, lexicon_mode: str | None, trigger: Span) -> str | None:
    """The CAMEO code's mode. Class *removal is not deportation*: CAMEO 174
    puts "remove", "oust" beside "expel" and "deport", but removing someone
    from office ("Congress removed the president", "was ousted as army
    chief", "police removed the lawmakers from the chamber") is no
    deportation; ``deport`` stands only when the own clause names a country
    or place (the person is sent out of it) or a deportation word."""
    mode = normalise(kind, lexicon_mode)
    if mode != "deport":
        return mode
    clause = own_clause(trigger)
    place = any(t.ent_type_ in ("GPE", "LOC") or t.lemma_.lower() == "country"
                for t in clause)
    return mode if place or first_mode(kind, cue_words(clause)) == "deport" else None
