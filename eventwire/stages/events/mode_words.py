"""The mode cue file (``data/events/modes.yaml``) as data: its parse, read
once, and its word lists — the sections starting with "_" that are not
types (``_fire_words``, ``_arson_nouns``, ``_halting_verbs``,
``_crewed_craft``, ``_person_nouns`` ...). One reader for the cue tables
(``modes.py``) and for the rules that read a list of the same file
(``arson.py``, ``custody.py``, ``content_modes.py``, ``weapon_verbs.py``),
which each had a cached copy of it; kept apart from ``modes.py`` so that
they need no import of it at call time."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.lang.char_classes import ALPHA, HYPHENS

from eventwire.datafiles import parsed_file, word_list_loader
from eventwire.paths import DATA_DIR
from eventwire.stages.actors.person_nouns import singular_person_nouns

MODES_DATA = DATA_DIR / "events" / "modes.yaml"

# every list of the file, lower-cased, by its key ("_fire_words" ...)
mode_words = word_list_loader(MODES_DATA)


def mode_data() -> dict[str, Any]:
    """The parsed file (shared: never mutated)."""
    data: dict[str, Any] = parsed_file(MODES_DATA)
    return data


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns for people, in any number: the singular person nouns of the
    actors (one source, ``data/actors/person_nouns.yaml``) and this file's
    ``_person_nouns`` (plurals, collectives, office words: "people",
    "crew", "members", "minister"), lists19."""
    return mode_words()["_person_nouns"] | singular_person_nouns()


@lru_cache(maxsize=1)
def held_craft() -> frozenset[str]:
    """Craft held as property (``_craft`` united with ``_held_craft``:
    "detained a tanker", mode_objects.py)."""
    words = mode_words()
    return words["_craft"] | words["_held_craft"]


@lru_cache(maxsize=1)
def crewed_craft() -> frozenset[str]:
    """Crewed craft stopped on the move (``_craft`` united with
    ``_crewed_craft``: "intercepted three skiffs", custody.py)."""
    words = mode_words()
    return words["_craft"] | words["_crewed_craft"]


# the tokenizer's infix rule for hyphens (spaCy's English punctuation): a
# hyphen of any form splits between a letter or digit and a letter, and only
# there ("cease-fire", "cease–fire" split; "f-16", "mig-29" stay whole)
_HYPHEN_INFIX = re.compile(rf"(?<=[{ALPHA}0-9])({HYPHENS})(?=[{ALPHA}])")


def cue_phrase(text: str) -> tuple[str, ...]:
    """A cue or mask phrase as the parser's words: lower-cased, split on
    spaces and around hyphens where the tokenizer makes them words of their
    own ("cease-fire" is "cease", "-", "fire"; a cue kept whole never matched:
    modes31), and only there ("f-16" stays one word: review52)."""
    return tuple(_HYPHEN_INFIX.sub(r" \1 ", text.lower()).split())


def common_plural_lemma(form: str) -> str:
    """Class *a capitalised plural read as a proper noun* (modes32): a lead
    after a dateline or a title-case headline ("CAIRO (Reuters) - *Drones*
    struck fuel depots", "*Warplanes* Pound Rebel Town", "*Rockets* hit the
    base") makes the parser tag the plural PROPN, whose lemma is the form
    itself, so the cue "drone" never met "drones". The lower-cased form,
    singular by the regular English endings ("drones" -> "drone",
    "militias" -> "militia", "batteries" -> "battery"); a form not ending in
    a plural "s" ("gunmen", "press", "bus") is returned as it is."""
    if len(form) < 4 or not form.endswith("s") or form.endswith(("ss", "us", "is")):
        return form
    return form[:-3] + "y" if form.endswith("ies") else form[:-1]


def reads_as_common_plural(propn: bool, ent_type: str, text: str) -> bool:
    """Is a token (``propn``: tagged PROPN; its entity type; its text) a
    capitalised plural read as a proper noun outside any name, whose cue
    lemma is :func:`common_plural_lemma` ("*Drones* struck")? An acronym
    ("NGOs", "AIDS") or a token in a name ("the *Tigers*" as an ORG) is not.
    One question for the token path (mode_cues.cue_words) and the column path
    (mode_features.column_cue_words; review56)."""
    return propn and not ent_type and text.endswith("s") and not text[:-1].isupper()
