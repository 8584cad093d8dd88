"""Class *the crime a court story re-tells* (eventwire/stages/time/court_story.py).
Every sentence was written for these tests (none from an evaluation set);
all are published Friday 2025-03-14."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.models import Article

PUBLISHED = "2025-03-14"


@pytest.fixture(scope="module")
def pipe() -> Any:
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.settings import Settings

    return Pipeline(Settings(progress=False))


def dates(pipe: Any, text: str) -> list[tuple[str, str | None, bool]]:
    art = Article(text=text, id="t", published=date.fromisoformat(PUBLISHED), outlet="Wire")
    ((_, _doc, events),) = list(pipe.extract([art]))
    return [(e.mention.trigger.text, e.mention.time.value, e.mention.time.background)
            for e in events]


def last(found: list[tuple[str, str | None, bool]], trigger: str) -> tuple[str | None, bool]:
    """The date of the last event on ``trigger`` (the re-told one)."""
    return [(value, bg) for word, value, bg in found if word == trigger][-1]


@pytest.mark.parametrize("text,trigger,expected", [
    # a verdict story: the crime's month told first, the verdict's day after it
    ("Jury finds warehouse gunman guilty of double murder\nMark Walsh killed two security "
     "guards at a warehouse in Hunslet in November 2023. A jury at Leeds Crown Court found "
     "him guilty of murder on Thursday after a two-week trial. Walsh shot the guards as they "
     "locked the gates and fled in a stolen van.", "shot", ("2023-11", True)),
    # a trial opening: both re-told acts (the shot and the attack on a customer)
    ("Trial opens for man accused of cafe shooting\nDaniel Hart shot a cafe owner in Bristol "
     "in August 2024. His trial opened at Bristol Crown Court on Monday. He shot the owner "
     "three times after she refused to serve him, and then attacked a customer who tried to "
     "help.", "attacked", ("2024-08", True)),
    # a sentence: the beating of the crime the guard was sentenced for
    ("Former prison guard sentenced over cell beatings\nGuards attacked inmates at HMP "
     "Dartmoor in May 2023. A former prison guard was sentenced to six years on Wednesday. "
     "The guards beat two inmates with batons in their cells.", "beat", ("2023-05", True)),
    # the killing in the trial's own phrase took its clause's day; the crime is dated later
    ("Brothers go on trial over shopkeeper's death\nTwo brothers went on trial on Wednesday "
     "for killing a shopkeeper. The brothers shot the shopkeeper in Croydon in October 2023.",
     "killing", ("2023-10", True)),
])
def test_retold_crime_takes_the_crime_date(pipe: Any, text: str, trigger: str,
                                           expected: tuple[str, bool]) -> None:
    assert last(dates(pipe, text), trigger) == expected


@pytest.mark.parametrize("text,trigger,expected", [
    # an escape story: "convicted" only describes the man; the guard was hit that day
    ("Convicted robber escapes from prison van\nA robber who was jailed in 2019 for attacking "
     "a shopkeeper escaped from a prison van near Exeter on Tuesday. He assaulted a guard as "
     "he fled across a field.", "assaulted", ("2025-03-11", False)),
    # the day's news is itself an attack dated by its own words
    ("Rebels attack town a year after court ruling\nRebels shelled the town of Goma in "
     "January 2024. A court convicted two rebel leaders on Wednesday. Rebels attacked an army "
     "post near the town on Wednesday, and shelled a market.", "shelled", ("2025-03-12", False)),
    # a noun typed as an attack that is no crime's act (a labour strike): left alone
    ("Court jails dock union leaders as port strike enters second week\nA court in Mombasa "
     "on Tuesday jailed three leaders of the dockworkers' union for blocking the port gates, "
     "as a strike that has shut the port entered its second week. Police crushed a dock "
     "strike in the same port in 2019.", "strike", ("2025-03-11", False)),
    # a court story whose text never dates a crime: nothing to take
    ("Trial of protest leader begins in Nairobi\nThe trial of a protest leader began on "
     "Monday in Nairobi. Police beat protesters during the march he led.", "beat",
     ("2025-03-10", False)),
])
def test_not_a_retold_crime(pipe: Any, text: str, trigger: str,
                            expected: tuple[str, bool]) -> None:
    assert last(dates(pipe, text), trigger) == expected


def test_court_word_not_as_an_adjective(pipe: Any) -> None:
    from eventwire.stages.time.court_story import court_story

    def doc(text: str) -> Any:
        art = Article(text=text, id="t", published=date.fromisoformat(PUBLISHED), outlet="W")
        ((_, parsed, _events),) = list(pipe.extract([art]))
        return parsed

    assert not court_story(doc("A convicted child molester escaped from a prison van."))
    assert court_story(doc("A jury convicted the gunman of murder on Monday."))
    assert not court_story(doc("A court jailed three strikers for blocking a railway."))
    assert not court_story(doc("Police arrested two men after a brawl in Cardiff."))
