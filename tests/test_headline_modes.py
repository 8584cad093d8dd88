"""Class *a headline's bare "strike"* (eventwire/stages/events/headline_modes.py):
sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.headline_modes import headline_strike
from tests.conftest import event_at


@pytest.fixture(scope="module")
def pipe(mode_rules_pipe: Pipeline) -> Pipeline:
    """The rule cascade alone (``conftest.mode_rules_pipe``, built once)."""
    return mode_rules_pipe


BODY = "\nThe ministry said the raid took place on Monday morning."


@pytest.mark.parametrize("text,word", [
    ("Ruritania strikes rebel depots near the border" + BODY, "strikes"),
    ("Navy retaliates after U.S. strike on port city" + BODY, "strike"),
    ("Moldavian strikes hit fuel depot, rebels say" + BODY, "hit"),
    ("Syldavia condemns deadly strike on border village" + BODY, "strike"),
])
def test_headline_strike_is_aerial(pipe: Pipeline, text: str, word: str) -> None:
    event = event_at(pipe, text, word)
    assert (event.type, event.mode) == ("ASSAULT", "aerial"), (event.trigger.text, event.rules)


@pytest.mark.parametrize("text,word", [
    # in the body, a bare strike could have said how: it stays open
    ("Talks resume in Geneva\nOfficials said a strike on the port city left five people dead.",
     "strike"),
    # a headline act that is no strike keeps the cascade's answer
    ("Rebels attack village market in north" + BODY, "attack"),
])
def test_other_assaults_keep_no_mode(pipe: Pipeline, text: str, word: str) -> None:
    event = event_at(pipe, text, word)
    assert event.type == "ASSAULT" and event.mode is None, (event.trigger.text, event.mode)


def test_headline_strike_takes_the_body_s_one_mode(pipe: Pipeline) -> None:
    # the lead tells how: a drone did it, and the headline's strike is that act
    text = ("Strike kills two commanders in southern town\n"
            "A drone struck their car on Monday, officials said.")
    event = event_at(pipe, text, "kills")
    assert (event.type, event.mode) == ("ASSAULT", "drone"), (event.trigger.text, event.mode)


@pytest.mark.parametrize("text,military", [
    # the event there is typed PROTEST, so the mode step never sees it: the
    # labour guard is asked directly (review24: the old test passed without it)
    ("Dockers begin general strike over pay", False),
    ("Prisoners end hunger strike after talks", False),
    ("Navy retaliates after U.S. strike on port city", True),
])
def test_labour_strike_is_not_aerial(pipe: Pipeline, text: str, military: bool) -> None:
    ((_, doc, _),) = list(pipe.docs([Article(text=text + BODY, published=date(2021, 5, 4))]))
    tok = next(t for t in doc if t.lower_ == "strike")
    assert headline_strike(tok) is military


# review24: the labour guard also holds for the strike that is the subject
# of a verb of harm ("general strike hits ports" is no air strike)
@pytest.mark.parametrize("text,word", [
    ("General strike hits ports across the country" + BODY, "hits"),
    ("Hunger strike kills jailed activist in prison" + BODY, "kills"),
    ("Rail strike hits commuters in capital" + BODY, "hits"),
])
def test_labour_strike_subject_is_not_aerial(pipe: Pipeline, text: str, word: str) -> None:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2021, 5, 4))]))
    start = text.index(word)
    modes = [e.mode for e in doc._.events if e.trigger.start <= start < e.trigger.end]
    assert "aerial" not in modes, modes
