"""Class *the accused of a story of organised crime*
(eventwire/stages/events/crime_suspects.py). Every sentence here was written
for these tests; none comes from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.models import ActorMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.crime_suspects import CRIME_GROUP, crime_suspect
from tests.conftest import event_with_trigger as event


@pytest.mark.parametrize("text,trigger", [
    ("Police in Naples arrested Marco Bellini on Monday. Prosecutors say he kept the "
     "books of a Camorra clan that controls the port.", "arrested"),
    ("Detectives charged Darnell Hayes with murder in Chicago on Friday, saying the "
     "shooting was gang-related.", "charged"),
    ("A federal judge in Houston sentenced Ramon Ortiz to life in prison. Ortiz ran the "
     "cartel's smuggling routes for a decade.", "sentenced"),
    ("A Danish frigate seized a skiff off Somalia and detained five men on Friday. The "
     "navy said the pirates had fired on a tanker.", "detained"),
])
def test_the_accused_near_a_crime_group_are_uaf_too(
        event_pipe: Pipeline, text: str, trigger: str) -> None:
    ev = event(event_pipe, text, trigger)
    assert ev.recipient is not None, ev
    assert "UAF" in ev.recipient.sectors and "CVL" in ev.recipient.sectors, ev.recipient


@pytest.mark.parametrize("text,trigger", [
    ("Police in Leeds arrested Tom Barker on Monday over the theft of a van.", "arrested"),
    ("A judge in Perth sentenced Ellen Moss to six years for fraud.", "sentenced"),
    ("Prosecutors charged Paul Wend with arson after the blaze at a school in Ohio.",
     "charged"),
])
def test_the_accused_of_a_story_with_no_crime_group_stay_civilians(
        event_pipe: Pipeline, text: str, trigger: str) -> None:
    ev = event(event_pipe, text, trigger)
    assert ev.recipient is not None and "UAF" not in ev.recipient.sectors, ev.recipient


@pytest.mark.parametrize("text,trigger", [
    ("Police in Denver arrested Carl Dobbs on Sunday. Witnesses said the gunman had "
     "argued with his manager before he opened fire in the warehouse.", "arrested"),
    ("A jury in Ohio convicted Ruth Keller of murder. The lone gunman had planned the "
     "attack on the clinic for weeks, prosecutors said.", "convicted"),
    ("Police arrested Dylan Price on Tuesday, a day after a gunman killed two "
     "teachers at a high school in Oregon.", "arrested"),
])
def test_the_accused_of_a_lone_gunmans_shooting_stay_civilians(
        event_pipe: Pipeline, text: str, trigger: str) -> None:
    """One gunman is a single killer, whom the guide codes CVL (an office
    shooter); gunmen, a band, stay a crime-group word."""
    ev = event(event_pipe, text, trigger)
    assert ev.recipient is not None and "UAF" not in ev.recipient.sectors, ev.recipient


@pytest.mark.parametrize("text,trigger", [
    ("Masked men abducted a farmer near Culiacan, a town two cartels fight over.",
     "abducted"),
    ("A man was kidnapped outside his shop in Lagos; police blamed a gang.", "kidnapped"),
    ("Gang members shot a bus driver in Tegucigalpa on Monday.", "shot"),
])
def test_the_victims_of_a_gang_stay_civilians(
        event_pipe: Pipeline, text: str, trigger: str) -> None:
    """A kidnapping or a shooting is no act done to a suspect."""
    ev = event(event_pipe, text, trigger)
    assert ev.recipient is None or "UAF" not in ev.recipient.sectors, ev.recipient


def _person(start: int, end: int) -> ActorMention:
    return ActorMention(start=start, end=end, text="x", sectors=["CVL"])


@pytest.mark.parametrize("actor_sectors,kind", [
    (["UAF", "CRM"], "COERCE"),  # the gang's own kidnapping
    (["REB"], "COERCE"),
    (["COP"], "ASSAULT"),  # no act done to a suspect
])
def test_the_gangs_own_acts_and_other_acts_add_nothing(
        event_pipe: Pipeline, actor_sectors: list[str], kind: str) -> None:
    doc = event_pipe.nlp("Cartel gunmen seized three farmers near Culiacan on Sunday.")
    actor = ActorMention(start=0, end=13, text="Cartel gunmen", sectors=actor_sectors)
    got = crime_suspect(doc, actor, _person(35, 42), kind)
    assert got is not None and got.sectors == ["CVL"], got


@pytest.mark.parametrize("word", ["gangs", "the Mafia", "a drug cartel", "mobsters",
                                  "a crime family", "the yakuza", "a hitman", "pirates",
                                  "the gunmen", "two gunmen"])
def test_crime_group_words(word: str) -> None:
    assert CRIME_GROUP.search(f"He was tied to {word}, police said.") is not None


@pytest.mark.parametrize("word", ["the gangway", "a mobile phone", "the Cartesian plane",
                                  "an angry mob", "a loan syndicate",
                                  "a gunman", "the lone gunman",
                                  "a gang rape", "the gang-rape case"])
def test_other_words_are_no_crime_group(word: str) -> None:
    assert CRIME_GROUP.search(f"He pointed to {word}.") is None


@pytest.mark.parametrize("text,trigger", [
    ("Police arrested the shopkeeper whom the gang had extorted for months, saying he had "
     "lied about the payments.", "arrested"),
    ("Police arrested a mother whose son was killed by gangsters in Cape Town.", "arrested"),
    ("Police in Palermo detained a baker the Mafia had threatened, saying he had hidden "
     "evidence.", "detained"),
])
def test_the_gangs_own_victim_arrested_stays_civilian(
        event_pipe: Pipeline, text: str, trigger: str) -> None:
    """The crime group does the act of the recipient's relative clause to
    the recipient (its subject, or its "by" agent): a victim, not a member."""
    ev = event(event_pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.sectors == ["CVL"], ev.recipient


@pytest.mark.parametrize("text,trigger", [
    ("Police arrested three men they said were members of the gang in Lagos on Sunday.",
     "arrested"),
    ("Police arrested a driver who worked for the cartel for a decade.", "arrested"),
    ("Police arrested a man who the gang had hired to move cash.", "arrested"),
])
def test_the_gangs_members_and_hires_in_a_relative_clause_stay_uaf(
        event_pipe: Pipeline, text: str, trigger: str) -> None:
    ev = event(event_pipe, text, trigger)
    assert ev.recipient is not None and "UAF" in ev.recipient.sectors, ev.recipient


@pytest.mark.parametrize("text,trigger", [
    ("Police in Delhi arrested four men on Sunday over the gang rape of a student on a "
     "bus.", "arrested"),
    ("A court in Kolkata sentenced three men to life for gang-raping a nurse last year.",
     "sentenced"),
    ("Prosecutors charged two brothers after a teenager said she had been gang-raped at "
     "a party in Ohio.", "charged"),
])
def test_the_accused_of_a_gang_rape_stay_civilians(
        event_pipe: Pipeline, text: str, trigger: str) -> None:
    """The "gang" of a gang rape names a group's assault, no crime group."""
    ev = event(event_pipe, text, trigger)
    assert ev.recipient is not None and "UAF" not in ev.recipient.sectors, ev.recipient
