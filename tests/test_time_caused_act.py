"""Class *the act a dated cause brought about* (eventwire/stages/time/caused_act.py).
Every sentence was written for these tests (none from an evaluation set)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.models import Article
from eventwire.stages.time.caused_act import causative_of


@pytest.fixture(scope="module")
def pipe() -> Any:
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.settings import Settings

    return Pipeline(Settings(progress=False))


def dates(pipe: Any, text: str, published: str) -> dict[str, tuple[str | None, bool]]:
    art = Article(text=text, id="t", published=date.fromisoformat(published), outlet="Wire")
    ((_, _doc, events),) = list(pipe.extract([art]))
    return {e.mention.trigger.text: (e.mention.time.value, e.mention.time.background)
            for e in events}


@pytest.mark.parametrize("text,published,trigger,expected", [
    # a participle clause hanging on a dated act
    ("Last month, masked youths stormed the consulate in the port city, prompting Oslo to "
     "recall its consul.", "2022-05-04", "recall", ("2022-04", True)),
    # the cause is an event named in the causative's subject
    ("In August 2019, weeks of strikes forced the transport minister to resign.",
     "2023-02-10", "resign", ("2019-08", True)),
    # a day, not a month: the act of the day the shots were fired
    ("The coast guard cutter fired warning shots on Tuesday, forcing the smugglers to "
     "surrender.", "2021-06-10", "surrender", ("2021-06-08", False)),
])
def test_caused_act_takes_the_cause_date(pipe: Any, text: str, published: str, trigger: str,
                                         expected: tuple[str, bool]) -> None:
    assert dates(pipe, text, published)[trigger] == expected


@pytest.mark.parametrize("text,trigger", [
    ("The new law could prompt thousands of teachers to strike.", "strike"),
    ("Analysts said the sanctions will force the regime to release the prisoners.",
     "release"),
])
def test_a_cause_still_to_come_dates_nothing(pipe: Any, text: str, trigger: str) -> None:
    assert dates(pipe, text, "2021-06-10")[trigger] == (None, False)


def test_causative_of_needs_a_past_causative(pipe: Any) -> None:
    """The rule's own guard: a modal causative is no cause told (the test
    above could pass through another rule; this one checks the guard)."""
    from eventwire.nlp.pipeline import Pipeline

    bare = Pipeline(components=())
    ((_, doc, _),) = list(bare.docs([Article(text="Fines could prompt the owners to sell. "
                                                  "Fines prompted the owners to sell.",
                                             published=date(2021, 6, 10))]))
    sells = [t for t in doc if t.text == "sell"]
    assert causative_of(sells[0]) is None
    assert causative_of(sells[1]) is not None and causative_of(sells[1]).lemma_ == "prompt"


# review86: own probe sentences (other causatives and structures: a participle
# clause on a dated act, a nominal cause as subject of "led"/"compelled")
@pytest.mark.parametrize("text,trigger,expected", [
    ("Police fired tear gas at the crowd on Saturday, forcing the marchers to retreat.",
     "retreat", ("2023-05-06", False)),
    ("On Friday the opposition's boycott led the speaker to suspend parliament.",
     "suspend", ("2023-05-05", False)),
    ("On Sunday, rebel attacks on the highway compelled the army to withdraw from two towns.",
     "withdraw", ("2023-05-07", False)),
])
def test_caused_act_probe_review86(pipe: Any, text: str, trigger: str,
                                   expected: tuple[str, bool]) -> None:
    assert dates(pipe, text, "2023-05-10")[trigger] == expected


def test_present_progressive_pressure_is_no_cause_told(pipe: Any) -> None:
    """review86: "are pressuring X to V" is pressure still going on; its act is
    not done and takes no date from the pressure (nor from the speech)."""
    from eventwire.nlp.pipeline import Pipeline

    bare = Pipeline(components=())
    ((_, doc, _),) = list(bare.docs([Article(
        text="Donors are pressuring the junta to free the reporters. "
             "Donors were pressuring the junta to free the reporters.",
        published=date(2023, 5, 10))]))
    frees = [t for t in doc if t.text == "free"]
    assert causative_of(frees[0]) is None
    assert causative_of(frees[1]) is not None
    got = dates(pipe, "Western donors are pressuring the junta to release the detained "
                      "journalists, the envoy said on Tuesday.", "2023-05-10")
    assert got["release"] == (None, False)
