"""The class of ``eventwire/stages/geo/later_step.py`` (place35): an act its
own clause sets after another one ("two months later", "in response",
"subsequently") is not placed by the other clause's place. Sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.geo.place_scope import VARIANTS
from tests.test_geo_event_place import name_of, place


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(progress=False))


@pytest.fixture
def flag_off() -> Iterator[None]:
    VARIANTS["later_step"] = False
    yield
    VARIANTS["later_step"] = True


LATER = [
    ("The coastguard seized the tanker off Fujairah in May, and the navy released its crew "
     "two months later.", "released", "Fujairah"),
    ("Rebels shelled villages near Bunia on Friday, and the army bombed their camps in "
     "response.", "bombed", "Bunia"),
    ("Militants stormed a police post in Kohat in 2019, and troops subsequently arrested 12 "
     "of them.", "arrested", "Kohat"),
]


@pytest.mark.parametrize("text,trigger,other", LATER)
def test_a_later_step_is_not_placed_by_the_other_clause(
        pipe: Pipeline, text: str, trigger: str, other: str) -> None:
    """"two months later", "in response", "subsequently" on the act's own
    verb: the place of the earlier act's clause does not reach it."""
    assert name_of(place(pipe, text, trigger)) != other


@pytest.mark.parametrize("text,trigger,other", LATER)
def test_the_class_is_switchable(
        pipe: Pipeline, flag_off: None, text: str, trigger: str, other: str) -> None:
    """With the flag off the governing clause's place is given, as before:
    the tests above discriminate."""
    assert name_of(place(pipe, text, trigger)) == other


@pytest.mark.parametrize("text,trigger,where", [
    ("The rebels later fired on a convoy near Gao, the army said.", "fired", "Gao"),
    ("Later, protesters stormed a bank in Lyon, setting fire to it.", "setting", "Lyon"),
    ("Gunmen attacked a bus near Kisumu and later abducted four passengers.", "abducted",
     "Kisumu"),
    ("Police dispersed a crowd in Lagos on Monday and arrested 20 people.", "arrested", "Lagos"),
    ("Drones hit a fuel depot in Kursk overnight, and the army later confirmed the attack.",
     "attack", "Kursk"),
    ("Rebels burned a market in Beni on Monday, and the governor later condemned the attack.",
     "attack", "Beni"),
])
def test_an_own_place_or_anothers_adverb_still_places(
        pipe: Pipeline, text: str, trigger: str, where: str) -> None:
    """The act's own locative places it; "later" on the clause that holds
    the place leaves the act that clause governs placed; verbs of one
    subject joined by "and" share a locative (``shared_locative``); the
    adverb of a verb whose object the act is ("later confirmed the
    attack") is that verb's, not the act's."""
    assert name_of(place(pipe, text, trigger)) == where


def test_sequence_adverbs_have_one_source() -> None:
    """review84: the adverbs of a later step are the time stage's sequence
    words (``time/episode.SEQUENCE_WORDS``) less "then" (a step of one scene:
    "stormed the bank and then set fire to it"), not a second list."""
    import inspect

    from eventwire.stages.geo import later_step
    from eventwire.stages.time.episode import SEQUENCE_WORDS

    assert later_step.LATER_ADVERBS == SEQUENCE_WORDS - {"then"}
    assert '{"later"' not in inspect.getsource(later_step)
