"""Acts counted or compared as a kind (eventwire/stages/events/aggregates.py).
Every text here was written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

from eventwire.stages.events.aggregates import is_aggregate
from tests.conftest import events_of

RUNS = [
    ("Miners marched after a wave of stabbings near the pit gates.", "stabbings"),
    ("It was one more in a series of ambushes on the mountain road.", "ambushes"),
    ("Villagers have complained of a spate of muggings on the coast road.", "muggings"),
]
KINDS = [
    ("The gang has committed similar burglaries in two other towns.", "burglaries"),
    ("Such raids put the crews of small boats at risk, the admiral said.", "raids"),
    ("The mayor asked for more patrols to stop further shootings.", "shootings"),
    # a habit in the present simple is no told episode (review81)
    ("Frequent clashes occur along the river every dry season.", "clashes"),
    ("A spate of thefts happens at the depot each winter, guards say.", "thefts"),
    # nor a span counted "since" a date (review81)
    ("Repeated raids have taken place in the valley since 2019.", "raids"),
    # a compared kind done in the perfect or the present is the kind (review81)
    ("The cartel has staged similar ambushes on the highway.", "ambushes"),
    ("Such groups often carry out similar kidnappings for ransom.", "kidnappings"),
]
KEPT = [
    ("Police made dozens of arrests in the old town on Friday.", "arrests"),
    ("Three days of protests shut the port last week.", "protests"),
    ("Gunmen attacked the depot; the attacks left two guards dead.", "attacks"),
    ("The rebels launched attacks on two bases on Sunday.", "attacks"),
    ("Police carried out a wave of arrests in the port on Monday.", "arrests"),
    ("The two envoys held a series of meetings in Oslo last week.", "meetings"),
    ("Jets mounted repeated raids on the ridge overnight.", "raids"),
    # "staged" is lemmatised "stag": the verb of doing is read by its form too (review81)
    ("Militants staged a wave of attacks across the province on Thursday.", "attacks"),
    ("Dock workers staged a series of strikes at the harbour in May.", "strikes"),
    ("Farmers are staging a string of protests outside the ministry.", "protests"),
]
# a run or a repetition that is the subject of a verb of happening or onset is
# the told episode, as "clashes broke out" is (review81)
# a compared kind done in the past simple is an episode told with its own
# participants ("launched attacks on two bases on Sunday" is kept) (review81)
DONE_LIKE = [
    ("Rebels mounted similar assaults on two villages on Sunday.", "assaults"),
    ("Gunmen launched similar raids on three farms overnight, police said.", "raids"),
    ("Such arrests were carried out in the port on Friday, lawyers said.", "arrests"),
]
HAPPENED = [
    ("A wave of strikes began at the copper mines on Monday.", "strikes"),
    ("The wave of arrests that started on Friday has reached the north.", "arrests"),
    ("A series of clashes broke out near the border crossing overnight.", "clashes"),
    ("Further clashes erupted in the old quarter on Tuesday.", "clashes"),
]


def _token(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(("text", "word"), RUNS + KINDS)
def test_aggregates_are_found(spacy_nlp: Language, text: str, word: str) -> None:
    assert is_aggregate(_token(spacy_nlp, text, word))


@pytest.mark.parametrize(("text", "word"), KEPT + HAPPENED + DONE_LIKE)
def test_counts_spans_and_remention_are_kept(spacy_nlp: Language, text: str,
                                             word: str) -> None:
    assert not is_aggregate(_token(spacy_nlp, text, word))


def test_pipeline_drops_the_run_keeps_the_told_act(event_pipe) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen kill two guards at river depot\n"
            "Gunmen shot dead two guards at a fuel depot on the river on Monday, police said. "
            "Officers linked the shooting to a series of attacks on depots along the river.")
    triggers = [e.trigger.text for e in events_of(event_pipe, text)]
    assert "attacks" not in triggers
    assert any(t in ("shot", "kill") for t in triggers)
