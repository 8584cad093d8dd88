"""The trigger lexicon's reading of ``curated.yaml`` (``lexicon.py``)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.datafiles import parsed_file
from eventwire.stages.events import lexicon, nonevents
from tests.conftest import events_of


def test_curated_file_is_parsed_once_for_the_lexicon_and_the_word_classes() -> None:
    assert lexicon.CURATED == nonevents.CURATED
    lex = lexicon.load_lexicon()
    nonevents.word_classes()
    raw = parsed_file(lexicon.CURATED)
    assert lex.not_events == set(raw["not_events"])
    # the shared parse is read, never changed: its lists are still lists of words
    assert all(isinstance(words, list) for words in raw["verbs"].values())
    assert all(w in lex.verbs for words in raw["verbs"].values() for w in words)
    assert parsed_file.cache_info().currsize >= 1


# false51: a verb of suspicion or conjecture only frames the act suspected; the
# guide labels the arson or the plot, never the belief (sentences written here)
SUSPICION_SENTENCES = [
    "Fire officers suspect that the warehouse blaze was started deliberately.",
    "The two brothers are suspected of smuggling cigarettes across the border.",
    "Detectives now suspect the accountant of forging the invoices.",
    "Customs officials suspected the ship's captain of carrying weapons for the militia.",
    "The ministry speculated that the rebels had received foreign help.",
]


@pytest.mark.parametrize("text", SUSPICION_SENTENCES)
def test_suspecting_is_no_event(event_pipe: Any, text: str) -> None:
    words = {e.trigger.text.lower() for e in events_of(event_pipe, text)}
    assert not words & {"suspect", "suspected", "speculated"}


# near misses: the act suspected, an accusation or a charge stays an event
@pytest.mark.parametrize("text, word, kind", [
    ("Police arrested three men suspected of plotting an attack on the parliament.",
     "arrested", "COERCE"),
    ("The opposition accused the interior minister of rigging the vote.", "accused", "ACCUSE"),
    ("Investigators suspect the rebels attacked the convoy near the border.",
     "attacked", "ASSAULT"),
    ("Prosecutors charged the suspected gang leader with murder.", "charged", "ACCUSE"),
])
def test_what_is_suspected_stays_an_event(event_pipe: Any, text: str, word: str,
                                          kind: str) -> None:
    found = {(e.trigger.text, e.type) for e in events_of(event_pipe, text)}
    assert (word, kind) in found


def test_suspicion_verbs_are_not_events_in_the_lexicon() -> None:
    lex = lexicon.load_lexicon()
    assert {"suspect", "speculate"} <= lex.not_events
