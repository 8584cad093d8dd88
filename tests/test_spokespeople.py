"""Who speaks for a body acts as the body
(eventwire/stages/actors/spokespeople.py). Sentences written for these
tests; none comes from an evaluation set or the issue."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.test_actors import mentions_of


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


@pytest.mark.parametrize("text,speaker,country,sector", [
    ("Hamas spokesman Yusuf Darwish said the talks in Cairo had failed.", "Yusuf Darwish",
     "PSE", "REB"),
    ("Army spokesman Samuel Okon said Nigerian troops had freed 20 hostages in Nigeria.",
     "Samuel Okon", "NGA", "MIL"),
    ("Hezbollah commander Ali Fares said the group would answer any strike on Lebanon.",
     "Ali Fares", "LBN", "REB"),
    ("A police spokesman in Kenya said two suspects were held in Kenya's capital.",
     "spokesman", "KEN", "COP"),
])
def test_the_speaker_takes_the_body(pipe: Pipeline, text: str, speaker: str, country: str,
                                    sector: str) -> None:
    _, mentions = mentions_of(pipe, text)
    m = next(m for m in mentions if m.text == speaker)
    assert m.country == country and sector in m.sectors, m


def test_an_acronym_body_gives_its_definition(pipe: Pipeline) -> None:
    text = ("The Chadian National Army (CNA) said on Friday it had repelled an attack. "
            "A CNA spokesman said rebels had fled into Sudan.")
    _, mentions = mentions_of(pipe, text)
    m = next(m for m in mentions if m.text == "spokesman")
    assert m.country == "TCD" and "MIL" in m.sectors, m


def test_a_state_is_no_body(pipe: Pipeline) -> None:
    """"a French spokesman": the state names no sector; the title's stays."""
    _, mentions = mentions_of(pipe, "A French spokesman, Luc Ferrand, said Paris would send "
                              "aid to Lebanon.")
    m = next(m for m in mentions if m.text == "spokesman")
    assert "+body" not in m.rule, m


def test_people_the_kb_knows_keep_its_code(pipe: Pipeline) -> None:
    _, mentions = mentions_of(pipe, "Kremlin spokesman Dmitry Peskov said Russia would "
                              "answer.")
    m = next(m for m in mentions if "Peskov" in m.text)
    assert "+body" not in m.rule, m
