"""The mode cue file read once, its word lists shared (``mode_words.py``)."""

from __future__ import annotations

import pytest

from eventwire.datafiles import parsed_file
from eventwire.stages.events.mode_words import (
    MODES_DATA,
    common_plural_lemma,
    cue_phrase,
    mode_data,
    mode_words,
    person_nouns,
)


def test_modes_person_nouns_derive_from_the_singular_list() -> None:
    """lists19: the singular person nouns live once (actors' YAML); the
    modes' people class is their union with its own plurals and collectives,
    and its YAML repeats none of them."""
    from eventwire.stages.actors.person_nouns import singular_person_nouns

    single = singular_person_nouns()
    own = {str(w).lower() for w in mode_data()["_person_nouns"]}
    assert single <= person_nouns() and own <= person_nouns()
    assert not own & single
    assert {"driver", "hostage", "people", "crew"} <= person_nouns()


def test_mode_words_are_the_lower_cased_lists_of_the_file() -> None:
    words = mode_words()
    raw = mode_data()
    for key in ("_fire_words", "_arson_nouns", "_halting_verbs", "_crewed_craft"):
        assert words[key] == frozenset(str(w).lower() for w in raw[key])
    assert {"fire", "alight"} <= words["_fire_words"]
    assert "intercept" in words["_halting_verbs"]
    # the types are tables of cues, not word lists
    assert "ASSAULT" not in words and isinstance(raw["ASSAULT"], dict)


def test_the_file_is_parsed_once() -> None:
    """The cue tables (``modes.load_cues``) and the word lists read one parse."""
    from eventwire.stages.events.mode_cues import load_cues

    assert mode_data() is parsed_file(MODES_DATA)
    assert set(load_cues()) == {k for k in mode_data() if not k.startswith("_")}


def test_a_cue_phrase_is_split_like_the_parser_splits_hyphens() -> None:
    """modes31: the tokenizer makes a hyphen a word of its own, so a
    hyphenated cue kept whole ("cease-fire") never matched."""
    assert cue_phrase("cease-fire") == ("cease", "-", "fire")
    assert cue_phrase("Rubber-coated bullet") == ("rubber", "-", "coated", "bullet")
    assert cue_phrase("step down") == ("step", "down")
    assert cue_phrase("self - defence") == cue_phrase("self-defence")


@pytest.mark.parametrize("phrase", [
    # review52: the tokenizer splits a hyphen only before a letter; before a
    # digit it stays inside the word ("f-16", "mig-29"), and every hyphen form
    # (en dash, em dash) splits as the plain one does
    "f-16 jet", "mig-29", "su-25 bomber", "cease-fire", "cease–fire", "2-year ban",
    "rubber-coated bullet", "x-ray",
])
def test_a_cue_phrase_is_the_tokenizers_split(phrase: str) -> None:
    import spacy

    words = tuple(t.lower_ for t in spacy.blank("en")(phrase))
    assert cue_phrase(phrase) == words


def test_the_craft_live_once() -> None:
    """review52: the craft held as property and the crewed craft stopped on
    the move shared six words written twice; they live once in ``_craft``."""
    from eventwire.stages.events.mode_words import crewed_craft, held_craft

    words = mode_words()
    lists = [words["_craft"], words["_held_craft"], words["_crewed_craft"]]
    assert all(not (a & b) for i, a in enumerate(lists) for b in lists[i + 1:])
    assert {"boat", "vessel", "tanker", "warship"} <= held_craft()
    assert {"boat", "vessel", "skiff", "mothership"} <= crewed_craft()
    assert "skiff" not in held_craft() and "tanker" not in crewed_craft()


@pytest.mark.parametrize("form,lemma", [
    ("drones", "drone"), ("warplanes", "warplane"), ("batteries", "battery"),
    ("militias", "militia"), ("gunmen", "gunmen"), ("press", "press"), ("bus", "bus"),
])
def test_common_plural_lemma(form: str, lemma: str) -> None:
    assert common_plural_lemma(form) == lemma


@pytest.mark.parametrize("propn,ent,text,reads", [
    # a capitalised plural outside any name reads as the common noun
    (True, "", "Drones", True), (True, "", "Warplanes", True),
    # an acronym, a name, a common noun or a singular keeps its own lemma
    (True, "", "NGOs", False), (True, "ORG", "Tigers", False),
    (False, "", "drones", False), (True, "", "Shell", False),
])
def test_one_reading_of_a_capitalised_plural(propn: bool, ent: str, text: str,
                                             reads: bool) -> None:
    """The token path (modes.cue_words) and the column path
    (mode_features.column_cue_words) ask this one question (review56)."""
    from eventwire.stages.events.mode_words import reads_as_common_plural

    assert reads_as_common_plural(propn, ent, text) is reads
