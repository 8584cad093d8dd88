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
