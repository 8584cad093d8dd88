"""An authority saying it will not allow an act
(``eventwire/stages/events/forbidden_acts.py``, branches types41, types43): sentences
written for these tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors", "eventwire_events"))


def events(pipe: Pipeline, text: str) -> list[EventMention]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2024, 6, 3))]))
    return list(doc._.events)


def typed(pipe: Pipeline, text: str, trigger: str) -> tuple[str, str | None]:
    got = [e for e in events(pipe, text) if e.trigger.text.split()[0] == trigger]
    assert got, [(e.trigger.text, e.type) for e in events(pipe, text)]
    return got[0].type, got[0].mode


@pytest.mark.parametrize("text,trigger", [
    ('"Nobody will be allowed to loot shops in this city," the governor said.', "allowed"),
    ("The interior minister said police would not allow anyone to occupy the square.",
     "allow"),
    ("The junta said it will not let foreign agents stir up unrest in the provinces.", "let"),
    ("The mayor said squatters would not be permitted to return to the park.", "permitted"),
    ("The governor said protesters would not be allowed to set up camps near the palace.",
     "allowed"),
])
def test_a_refused_permission_to_come_restricts(pipe: Pipeline, text: str,
                                                trigger: str) -> None:
    assert typed(pipe, text, trigger) == ("COERCE", "restrict")


@pytest.mark.parametrize("text,trigger", [
    ("The army will allow aid trucks to cross the bridge on Friday.", "allow"),
    ("The ambassador would not be allowed to return to the capital, the ministry said.",
     "allowed"),
    ("The president said he would not allow the negotiations to continue.", "allow"),
])
def test_a_granted_permission_or_a_barred_envoy_is_no_restriction(
        pipe: Pipeline, text: str, trigger: str) -> None:
    got = [e.type for e in events(pipe, text) if e.trigger.text.split()[0] == trigger]
    assert "COERCE" not in got


def test_a_past_refusal_keeps_its_reading(pipe: Pipeline) -> None:
    got = [e.type for e in events(pipe, "Guards did not allow the reporters to enter the camp.")
           if e.trigger.text.startswith("allow")]
    assert all(t != "COERCE" for t in got)  # a report of the past: the lexicon decides


# types43 (docs/annotation.md relabel56 (a)): "will not tolerate" is the same refusal
@pytest.mark.parametrize("text,trigger", [
    ("The interior ministry said it would not tolerate any attempt to block the highways.",
     "tolerate"),
    ('"No looting will be tolerated," the police chief told reporters in the port.',
     "tolerated"),
    ("The council said it will not tolerate armed men patrolling the market.", "tolerate"),
    ("The army said no convoy would be allowed to pass the checkpoint after dark.", "allowed"),
])
def test_a_future_refusal_to_tolerate_restricts(pipe: Pipeline, text: str,
                                                trigger: str) -> None:
    assert typed(pipe, text, trigger) == ("COERCE", "restrict")


def test_spelled_out_consequences_stay_their_own_event(pipe: Pipeline) -> None:
    text = ("The governor said he would not tolerate violence and that those responsible "
            "would be prosecuted.")
    got = [(e.trigger.text.split()[0], e.type) for e in events(pipe, text)]
    assert ("tolerate", "COERCE") in got, got
    assert not any(w == "prosecuted" and t == "COERCE" for w, t in got), got


@pytest.mark.parametrize("text,trigger", [
    ("The market had been tolerated by the council for years.", "tolerated"),
    ("The council had tolerated the market for years.", "tolerated"),
    ("The minister warned that any disruption of the vote will not be tolerated.",
     "tolerated"),
])
def test_a_past_toleration_or_a_warning_is_no_restriction(
        pipe: Pipeline, text: str, trigger: str) -> None:
    got = [e.type for e in events(pipe, text) if e.trigger.text.split()[0] == trigger]
    assert "COERCE" not in got
