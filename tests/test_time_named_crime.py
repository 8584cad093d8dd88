"""Class *a crime named with its victim takes the day the text gives it*
(eventwire/stages/time/named_crime.py). Every sentence was written for these
tests (none from an evaluation set); all are published Friday 2025-03-14."""

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


def dates(pipe: Any, text: str) -> dict[str, tuple[str | None, bool]]:
    art = Article(text=text, id="t", published=date.fromisoformat(PUBLISHED), outlet="Wire")
    ((_, _doc, events),) = list(pipe.extract([art]))
    return {e.mention.trigger.text: (e.mention.time.value, e.mention.time.background)
            for e in events}


@pytest.mark.parametrize("text,trigger,expected", [
    # the reaction's clause dates the noun (anchor "sentence"): the crime is earlier
    ("Students marched through Athens on Thursday after a night of clashes over the police "
     "killing of a schoolboy. The boy was shot dead by an officer in the Exarchia district "
     "on March 1.", "killing", ("2025-03-01", True)),
    # "fatal" + victim in a participle phrase, the day told in the next sentence
    ("Protesters angered by the fatal shooting of a street vendor clashed with police in "
     "Lagos on Wednesday. The vendor was shot dead by an officer at a checkpoint on "
     "March 2.", "shooting", ("2025-03-02", True)),
    # a charge over the killing; the killing six days back is not background
    ("A police officer has been charged with manslaughter over the killing of a student that "
     "set off a week of riots. Officers shot the student during a raid on his family's flat "
     "on Saturday, March 8.", "killing", ("2025-03-08", False)),
])
def test_named_crime_takes_the_later_incident_date(pipe: Any, text: str, trigger: str,
                                                   expected: tuple[str, bool]) -> None:
    assert dates(pipe, text)[trigger] == expected


@pytest.mark.parametrize("text,trigger,expected", [
    # an earlier sentence dates the attack: the noun names it again, the
    # later recollection's year is not taken
    ("Gunmen attacked a village in Zamfara on Thursday, killing nine people. The governor "
     "condemned the killing of the villagers. In 2021 bandits killed 40 people in the same "
     "district.", "killing", ("2025-03-13", False)),
    # the noun has its own day: the later recollection is another crime
    ("The fatal shooting of a taxi driver on Saturday sparked two days of protests in Soweto. "
     "In 2019 a driver was shot dead at the same rank.", "shooting", ("2025-03-08", False)),
    # indefinite: a new crime, not one named again
    ("Police are investigating a fatal shooting in Leeds. A man was shot dead in the same "
     "street on March 2.", "shooting", (None, False)),
    # plural: a series
    ("The mayor condemned the killings of two farmers. Bandits killed a herder on January 5.",
     "killings", (None, False)),
])
def test_near_misses_keep_their_date(pipe: Any, text: str, trigger: str,
                                     expected: tuple[str | None, bool]) -> None:
    assert dates(pipe, text)[trigger] == expected


@pytest.mark.parametrize("text,trigger,other", [
    # review94: a later killing told as another crime ("another", "in a
    # separate incident") does not date the named one
    ("Reporters held a vigil in Cebu on Thursday to mark the murder of a radio host. In "
     "2018, another radio host was shot dead in the same town.", "murder", "2018"),
    ("Shopkeepers in Kaduna went on strike on Thursday over the killing of a money changer. "
     "In a separate incident, gunmen shot dead a farmer in Zaria on March 3.", "killing",
     "2025-03-03"),
    ("Miners marched in Rustenburg on Wednesday over the fatal shooting of a colleague at "
     "a shaft. Separately, police shot a protester in Marikana on March 1.", "shooting",
     "2025-03-01"),
])
def test_another_crime_does_not_date_the_named_one(pipe: Any, text: str, trigger: str,
                                                   other: str) -> None:
    value, _ = dates(pipe, text)[trigger]
    assert value != other


def test_crime_noun_needs_a_victim_or_fatal(pipe: Any) -> None:
    """The rule's own guard: "the killing" with no victim is no named crime."""
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.stages.time.named_crime import names_victim

    bare = Pipeline(components=())
    ((_, doc, _),) = list(bare.docs([Article(
        text="The killing angered the town. The killing of the mayor angered the town. "
             "The fatal stabbing angered the town.", published=date(2025, 3, 14))]))
    nouns = [t for t in doc if t.lower_ in ("killing", "stabbing")]
    assert [names_victim(t) for t in nouns] == [False, True, True]
