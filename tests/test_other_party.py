"""Class *the unnamed party of an act across a border is of the other state
its clause names* (eventwire/stages/events/other_party.py). Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.models import ActorMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.other_party import clause_countries, clause_of, other_party


def _head(event_pipe: Pipeline, text: str, word: str) -> tuple[object, object]:
    doc = event_pipe.nlp(text)
    start = text.index(word)
    span = doc.char_span(start, start + len(word), alignment_mode="expand")
    assert span is not None
    return doc, clause_of(span.root)


@pytest.mark.parametrize("text,word,countries", [
    ("Ankara shelled Kurdish fighters inside Syria on Monday.", "fighters", {"TUR", "SYR"}),
    ("Thai troops fired on farmers near Cambodia on Tuesday.", "farmers", {"THA", "KHM"}),
    ("Prague expelled a Russian diplomat over the arson plot.", "diplomat", {"CZE", "RUS"}),
    # the subordinate clause names another act's country
    ("Cambodian police charged the activists after Thailand deported them.", "activists",
     {"KHM"}),
    ("Kenyan police questioned activists deported by Uganda last week.", "activists", {"KEN"}),
])
def test_clause_countries(event_pipe: Pipeline, text: str, word: str,
                          countries: set[str]) -> None:
    doc, head = _head(event_pipe, text, word)
    assert clause_countries(doc, head) == countries  # type: ignore[arg-type]


def _mention(text: str, word: str, country: str | None, rule: str) -> ActorMention:
    start = text.index(word)
    return ActorMention(start=start, end=start + len(word), text=word, country=country,
                        sectors=["CVL"], rule=rule)


@pytest.mark.parametrize("text,word,guess,rule,want", [
    # a guessed country that copies the actor's gives way to the other state
    ("Ankara shelled Kurdish fighters inside Syria on Monday.", "fighters", "TUR",
     "noun+story", "SYR"),
    ("Thai troops fired on farmers near Cambodia on Tuesday.", "farmers", "THA",
     "unnamed", "KHM"),
    # the recipient's country is its own (not guessed): left
    ("Thai troops fired on farmers near Cambodia on Tuesday.", "farmers", "THA",
     "noun", "THA"),
    # a guess that is not the actor's: left
    ("Thai troops fired on farmers near Cambodia on Tuesday.", "farmers", "LAO",
     "noun+story", "LAO"),
    # two other states named: no way to choose
    ("Israeli jets struck depots in Syria and Lebanon overnight.", "depots", "ISR",
     "noun+story", "ISR"),
    # a domestic act: no other state in its clause
    ("Kenyan police dispersed protesters in Nairobi on Friday.", "protesters", "KEN",
     "noun+story", "KEN"),
])
def test_other_party(event_pipe: Pipeline, text: str, word: str, guess: str, rule: str,
                     want: str) -> None:
    doc = event_pipe.nlp(text)
    actor = ActorMention(start=0, end=4, text=text.split()[0], country=_actor_country(text),
                         sectors=["MIL"])
    got = other_party(doc, actor, _mention(text, word, guess, rule))
    assert got is not None and got.country == want, got


def _actor_country(text: str) -> str:
    first = text.split()[0]
    return {"Ankara": "TUR", "Thai": "THA", "Israeli": "ISR", "Kenyan": "KEN"}[first]
