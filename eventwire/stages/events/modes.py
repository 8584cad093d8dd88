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
has no mode (:func:`downs_aircraft`), and people or police firing with no
weapon named ("officers fired at the suspect") is ``firearms``
(:func:`people_fire`); a fire set to property ("set fire to the
station", "an arson attack") is ``destroy`` (``arson.py``); a vessel held
("detained a tanker") is ``seize`` and an accusation of failing to act
``disapprove`` (``mode_objects.py``). Older mode
names (the PLOVER gold-standard records and CAMEO2PLOVER use some) are
mapped to the 2021 names by ``normalise``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from eventwire.datafiles import parsed_file
from eventwire.nlp.sentences import sent_of
from eventwire.stages.events.arson import sets_property_on_fire
from eventwire.stages.events.content_modes import content_mode
from eventwire.stages.events.custody import takes_in_party
from eventwire.stages.events.mode_context import (
    content,
    hosts_others,
    objects_of,
    own_clause,
    people_object,
)
from eventwire.stages.events.mode_objects import object_mode
from eventwire.stages.events.mode_words import (
    MODES_DATA,
    common_plural_lemma,
    cue_phrase,
    mode_data,
    mode_words,
    person_nouns,
    reads_as_common_plural,
)
from eventwire.stages.events.offered_help import offered_help
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

Cues = dict[str, dict[str, list[tuple[str, ...]]]]
# per type, per mode in order: (one-word cues, multi-word cues)
Index = dict[str, list[tuple[str, frozenset[str], list[tuple[str, ...]]]]]
Words = list[tuple[str, str]]


def _cue_table(modes: dict[str, list[str]]) -> dict[str, list[tuple[str, ...]]]:
    return {mode: [cue_phrase(cue) for cue in cues] for mode, cues in modes.items()}


@lru_cache(maxsize=1)
def load_cues(path: Path = DATA) -> Cues:
    """Per type, per mode, the cue phrases (sections starting with "_" are
    not types: masks and person nouns)."""
    raw: dict[str, Any] = parsed_file(path)
    return {kind: _cue_table(modes) for kind, modes in raw.items()
            if not kind.startswith("_")}


@lru_cache(maxsize=1)
def mode_masks() -> list[tuple[str, ...]]:
    return [cue_phrase(m) for m in mode_data()["_masks"]]


@lru_cache(maxsize=1)
def _mask_starts() -> frozenset[str] | None:
    """The first words of the ``mode_masks`` phrases, for a set test per
    trigger (None if a phrase is empty: then no trigger is ruled out early,
    as the loop over the phrases answered)."""
    masks = mode_masks()
    return None if any(not m for m in masks) else frozenset(m[0] for m in masks)


def _indexed(cues: Cues) -> Index:
    """Cues split into one-word (a set lookup) and multi-word ones, so a
    span costs one set intersection per mode."""
    return {kind: [(mode, frozenset(c[0] for c in phrases if len(c) == 1),
                    [c for c in phrases if len(c) > 1]) for mode, phrases in modes.items()]
            for kind, modes in cues.items()}


@lru_cache(maxsize=1)
def cue_index() -> Index:
    return _indexed(load_cues())


def normalise(kind: str | None, mode: str | None) -> str | None:
    """A mode name in the 2021 manual's vocabulary for ``kind``, or None."""
    if kind is None or mode is None:
        return None
    mode = mode.strip().lower()
    mode = TYPE_NAMES.get((kind, mode), LEGACY_NAMES.get(mode, mode))
    return mode if mode in load_cues().get(kind, {}) else None


def _has(words: Words, cue: tuple[str, ...]) -> bool:
    n = len(cue)
    return any(all(cue[k] in words[i + k] for k in range(n))
               for i in range(len(words) - n + 1))


def cue_words(tokens: Sequence[Token]) -> Words:
    """(lemma, form) pairs; the first word of a masked phrase ("*riot*
    police", "*seized* power", "*anti-riot*") is blanked, the rest stays a cue, and so is
    the adjective of a noun-only cue ("an *offensive* cartoon"; not on an act
    or a weapon, "*offensive* action": review52)."""
    nouns, acts = noun_only_cues()
    return masked_cue_words([("", "") if t.pos_ == "ADJ" and t.lower_ in nouns
                             and t.head.lemma_.lower() not in acts
                             else (_lemma(t), t.lower_) for t in tokens])


def _lemma(tok: Token) -> str:
    """The lower-cased lemma; a plural the parser read as a proper noun
    outside any name ("*Drones* struck the depot") by its common singular
    (``mode_words.common_plural_lemma``); an acronym ("AIDS", "NGOs") is
    no plural word and keeps its form."""
    if reads_as_common_plural(tok.pos_ == "PROPN", tok.ent_type_, tok.text):
        return common_plural_lemma(tok.lower_)
    return tok.lemma_.lower()


def noun_only_cues() -> tuple[frozenset[str], frozenset[str]]:
    """(cues that count only as nouns, the act nouns their adjective may
    still cue: "offensive action"); modes.yaml's ``_noun_cues`` and
    ``_noun_cue_acts`` (review52)."""
    lists = mode_words()
    return lists["_noun_cues"], lists["_noun_cue_acts"]


def masked_cue_words(words: Words) -> Words:
    """The masking step of :func:`cue_words` on (lemma, form) pairs already
    read (blanked in place; speed32 reads them from columns)."""
    vocab = {w for pair in words for w in pair}
    for mask in mode_masks():
        if mask[0] not in vocab:
            continue
        n = len(mask)
        for i in range(len(words) - n + 1):
            if all(mask[k] in words[i + k] for k in range(n)):
                for k in range(_first_word_length(mask)):
                    words[i + k] = ("", "")  # "riot" of "riot police": police stays a cue
    return words


def _first_word_length(mask: tuple[str, ...]) -> int:
    """How many parser words the mask's first word spans: a hyphenated
    compound is one word ("anti-riot" is "anti", "-", "riot", all masked;
    review52)."""
    k = 1
    while k + 1 < len(mask) and mask[k] == "-":
        k += 2
    return k


# doc.user_data key: (token count, {(trigger start, end): own clause's cue words})
_CLAUSE_WORDS_KEY = "eventwire.events.own_clause_words"


def own_clause_words(trigger: Span) -> Words:
    """``cue_words(own_clause(trigger))``, walked once per trigger and kept
    in ``doc.user_data`` (speed30: the rules' cascade and the learned mode
    chooser each walked the clause of every event again); strings only, so
    the doc holds no Token of its own; a table kept for another token count
    is read anew."""
    doc = trigger.doc
    kept: tuple[int, dict[tuple[int, int], Words]] | None = doc.user_data.get(_CLAUSE_WORDS_KEY)
    if kept is None or kept[0] != len(doc):
        kept = doc.user_data[_CLAUSE_WORDS_KEY] = (len(doc), {})
    key = (trigger.start, trigger.end)
    words = kept[1].get(key)
    if words is None:
        words = kept[1][key] = cue_words(own_clause(trigger))
    return list(words)


def _owned(words: Words, modes: list[tuple[str, frozenset[str], list[tuple[str, ...]]]],
           vocab: set[str]) -> dict[int, str]:
    """Word positions inside a multi-word cue, with that cue's mode."""
    owned: dict[int, str] = {}
    for mode, _, multis in modes:
        for cue in multis:
            if cue[0] not in vocab:
                continue
            n = len(cue)
            for i in range(len(words) - n + 1):
                if all(cue[k] in words[i + k] for k in range(n)):
                    owned.update({i + k: mode for k in range(n)})
    return owned


def _starts_of(modes: list[tuple[str, frozenset[str], list[tuple[str, ...]]]]
               ) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """The first words of the multi-word cues: of all modes, and per mode
    (speed33: a clause stepped through every multi-word cue of its type to
    find that none starts in it)."""
    per_mode = tuple(frozenset(cue[0] for cue in multis) for _, _, multis in modes)
    return frozenset().union(*per_mode), per_mode


@lru_cache(maxsize=32)
def _kind_starts(kind: str) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    return _starts_of(cue_index().get(kind, []))


def cued_modes(kind: str, words: Words, index: Index | None = None) -> Iterator[str]:
    """The modes (in YAML order) with a cue in ``words``. A multi-word cue
    owns its words: "rubber bullets" is crowd-control, so its "bullet" is no
    firearms cue."""
    modes = (index or cue_index()).get(kind, [])
    starts, per_mode = _kind_starts(kind) if not index else _starts_of(modes)
    vocab = {w for pair in words for w in pair}
    # no multi-word cue starts in the words (most clauses): none owns a word
    owned = {} if starts.isdisjoint(vocab) else _owned(words, modes, vocab)
    for (mode, singles, multis), firsts in zip(modes, per_mode, strict=True):
        # no multi-word cue owns a word (most clauses): every word is free
        free = vocab if not owned else {
            w for i, pair in enumerate(words) if owned.get(i, mode) == mode for w in pair}
        # the vocabulary test is the generator's filter (speed26): it steps
        # only for cues whose first word is there (was ~56k per 200 articles);
        # a mode none of whose cues starts there is not stepped (speed33)
        if not singles.isdisjoint(free) or (not firsts.isdisjoint(vocab) and any(
                _has(words, cue) for cue in multis if cue[0] in vocab)):
            yield mode


def _first_mode(kind: str, words: Words, index: Index | None = None) -> str | None:
    """The first mode (in YAML order) with a cue in ``words``."""
    return next(cued_modes(kind, words, index), None)


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
    if kind == "ASSAULT" and mode is None and people_fire(trigger.root):
        return "firearms"
    if kind == "ASSAULT" and mode in (None, "primitive") and \
            sets_property_on_fire(trigger, person_nouns()):
        return "destroy"
    if kind == "REQUEST" and mode is None and offered_help(trigger):
        return "assist"
    return "aerial" if mode == "explosives" and state_bombing(trigger.root) else \
        content_mode(kind, trigger, mode)


def _region_mode(kind: str, trigger: Span) -> str | None:
    if kind not in CONTENT_TYPES:  # the own clause (every speech act is a content type)
        return _first_mode(kind, own_clause_words(trigger))
    region = content(trigger)
    if kind in SPEECH_ACTS:
        region = [t for t in region if t.i != trigger.root.i]
    return _first_mode(kind, cue_words(region))


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
    for step in (lambda: None if masked else _first_mode(kind, cue_words(trigger_words(trigger))),
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
    starts = _mask_starts()
    if starts is not None and starts.isdisjoint(first):
        return False  # no phrase opens with the trigger: ``root.sent`` is the dear part
    toks = list(root.doc[root.i:min(root.i + 6, sent_of(root).end)])
    for mask in mode_masks():
        n = len(mask)
        if len(toks) >= n and all(mask[k] in (toks[k].lemma_.lower(), toks[k].lower_)
                                  for k in range(n)):
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
    return mode if place or _first_mode(kind, cue_words(clause)) == "deport" else None
