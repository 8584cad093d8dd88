"""A quantity cut (eventwire/stages/events/quantity_cuts.py). Every sentence
here was written for these tests; each dropped one gave the event with the
rule disabled."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.quantity_cuts import is_quantity_cut
from tests.conftest import events_of


def triggers(pipe: Pipeline, text: str) -> set[str]:
    return {e.trigger.text for e in events_of(pipe, text)}


@pytest.mark.parametrize("text,word", [
    # a price, a count of deaths or infections, jobs, a rate
    ("Next month the price of the tablet will be cut by a third.", "cut"),
    ("In the trial villages, mosquito nets cut child deaths by a third.", "cut"),
    ("The grocer is cutting the price of 800 products by up to a tenth.", "cutting"),
    ("The vaccination drive cut the number of new infections by half in 2004.", "cut"),
    ("The carmaker will see 3,000 jobs cut at its German plants.", "cut"),
    ("The bank cut interest rates by a quarter point.", "cut"),
    # a decline of a count, as a noun (tagged VERB) or an intransitive verb
    ("Researchers warn of steep population declines among amphibians.", "declines"),
    ("The number of new cases declined sharply in March.", "declined"),
])
def test_quantity_cut_is_no_event(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    ("Washington cut aid to its closest ally.", "cut"),
    ("Congo cuts ties with Rwanda.", "cuts"),
    ("The government cut mobile internet across the country.", "cut"),
    # a container stands for its "of" object: troops are no quantity
    ("The army will reduce the number of troops in the north.", "reduce"),
    ("The committee cut the staff of the embassy to 30.", "cut"),
    ("The minister declined to comment on the report.", "declined"),
    ("Iran declined the offer of talks.", "declined"),
])
def test_acts_on_someone_stay(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)


# review35: a container stands for its compound too: "troop levels" are
# troops (a withdrawal), "emission levels" a quantity (the learned filter
# drops some of these sentences, so the rule is read directly)
@pytest.mark.parametrize("text,word,cut", [
    ("The Pentagon will reduce troop levels in the region by half.", "reduce", False),
    ("The alliance agreed to cut force levels in the province.", "cut", False),
    ("The new filters cut emission levels at the plant by a third.", "cut", True),
    ("The vaccine reduced infection levels across the district.", "reduced", True),
])
def test_a_container_stands_for_its_compound(spacy_nlp: Any, text: str, word: str,
                                             cut: bool) -> None:
    tok = next(t for t in spacy_nlp(text) if t.text == word)
    assert is_quantity_cut(tok) is cut
