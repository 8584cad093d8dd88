"""Class *the doer of an ordinary crime no group is named for*
(:mod:`eventwire.stages.actors.lone_offenders`, branch actors44): sentences
written for this test, none from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.models import ActorMention, Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.lone_offenders import is_lone_offender
from tests.conftest import by_trigger


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


def sectors_of(pipe: Pipeline, text: str, word: str) -> list[list[str]]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    assert doc is not None
    return [list(m.sectors) for m in doc._.actor_mentions
            if m.text.split() and m.text.split()[-1] == word]


@pytest.mark.parametrize("text,word", [
    ("An arsonist set fire to the chapel in Dayton overnight, fire officials said.",
     "arsonist"),
    ("The gunman surrendered to deputies in Tulsa after a four-hour standoff.", "gunman"),
    ("Police in Leeds said the killer had known the shopkeeper for years.", "killer"),
    ("A carjacker was shot by the driver outside a petrol station in Durban.", "carjacker"),
    ("Convicted robber Dale Pruitt fled the courthouse in Macon on Tuesday.", "Pruitt"),
])
def test_lone_doer_of_a_crime_is_civilian_first(pipe: Pipeline, text: str,
                                                 word: str) -> None:
    found = sectors_of(pipe, text, word)
    assert found and all(s[:1] == ["CVL"] for s in found)


@pytest.mark.parametrize("text,word", [
    # a gang named in the text: the guide's gang members UAF
    ("A gang member shot the deputy in Modesto; the gunman fled on foot.", "gunman"),
    ("The killer, police said, collected debts for the cartel in Juarez.", "killer"),
    # an armed raid or ambush: the guide's gunmen UAF
    ("A lone gunman ambushed the army convoy near Kidal, killing two soldiers.", "gunman"),
    ("Unidentified gunmen ambushed a convoy on the Gao road.", "gunmen"),
])
def test_gang_or_armed_story_keeps_the_armed_reading(pipe: Pipeline, text: str,
                                                     word: str) -> None:
    for sectors in sectors_of(pipe, text, word):
        assert sectors[:1] != ["CVL"]


def test_role_sectors_are_kept() -> None:
    """A police officer victim stays COP and a soldier suspect MIL: only a
    criminal, armed or civilian reading is reordered."""
    officer = ActorMention(start=0, end=14, text="police officer", kind="agent",
                           sectors=["COP"])
    soldier = ActorMention(start=0, end=15, text="soldier suspect", kind="agent",
                           sectors=["MIL", "CVL"])
    plural = ActorMention(start=0, end=9, text="attackers", kind="agent",
                          sectors=["UAF", "REB"])
    assert not is_lone_offender(officer)
    assert not is_lone_offender(soldier)
    assert not is_lone_offender(plural)


def test_soldier_suspect_in_a_text(pipe: Pipeline) -> None:
    text = "A soldier was arrested in Kandahar; the soldier suspect had shot two farmers."
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    assert doc is not None
    for m in doc._.actor_mentions:
        if "soldier" in m.text.lower():
            assert "MIL" in m.sectors


@pytest.mark.parametrize("text,trigger", [
    ("A shooter killed three people at a bowling alley in Fresno on Sunday, police said.",
     "killed"),
    ("The escaped inmate shot a guard near Odessa, deputies said.", "shot"),
])
def test_parse_built_doer_is_civilian(full_pipeline: Pipeline, text: str, trigger: str) -> None:
    """A doer the event stage found in the parse: CVL before the resolver
    fills a sector of its own."""
    event = by_trigger(full_pipeline, text)[trigger]
    assert event.actor is not None and event.actor.sectors[:1] == ["CVL"]


def test_soldier_doer_stays_military(full_pipeline: Pipeline) -> None:
    text = "A soldier shot two villagers in Helmand, the army said."
    event = by_trigger(full_pipeline, text)["shot"]
    assert event.actor is not None and "MIL" in event.actor.sectors
