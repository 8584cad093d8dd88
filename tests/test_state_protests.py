"""A state's diplomatic protest (``eventwire/stages/events/state_protests.py``,
branches types41, types43): sentences written for these tests, none copied from an
evaluation set."""

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
    ("Chile protests to Argentina after border post is moved", "protests"),
    ("Japan's foreign ministry protested to Seoul over the lawmakers' visit to the islets.",
     "protested"),
    ("Poland on Friday protested Belarus's decision to close the last open crossing.",
     "protested"),
    ("The embassy protested the detention of three of its nationals at the airport.",
     "protested"),
    ("Officials in Hanoi said they had handed a protest to the Chinese envoy.", "protest"),
    ("Norway said it had received no protest from Moscow about the exercise.", "protest"),
    ("The dispute deepened when Nepal sent a formal protest note; India dismissed it.",
     "protest"),
])
def test_a_state_protesting_to_another_accuses(pipe: Pipeline, text: str,
                                               trigger: str) -> None:
    assert typed(pipe, text, trigger) == ("ACCUSE", "disapprove")


@pytest.mark.parametrize("text,trigger", [
    ("Thousands protested in Lima on Sunday against the pension reform.", "protested"),
    ("Farmers protested outside the Ministry of Agriculture for a third day.", "protested"),
    ("Government employees protested over months of unpaid salaries.", "protested"),
    ("Students protested the visit of the Chinese ambassador to the campus.", "protested"),
    ("Ukrainians protested the visit of the Russian patriarch to the occupied city.",
     "protested"),
    ("Riot police moved in as ethnic Serbs protest the mayor's arrest in the town", "protest"),
    ("Kenya protests turn deadly as police fire tear gas", "protests"),
    ("Hundreds of nurses staged a protest outside the health ministry.", "protest"),
])
def test_people_protesting_stay_a_protest(pipe: Pipeline, text: str, trigger: str) -> None:
    assert typed(pipe, text, trigger)[0] == "PROTEST"


# types43 (docs/annotation.md relabel56 (b)): a lodged, filed, sent or delivered
# protest carries its ACCUSE on the noun; the light verb carries no event
@pytest.mark.parametrize("text", [
    "Lithuania lodged a strong protest with Minsk over the balloons.",
    "The foreign ministry said it would file a protest with the Iranian charge d'affaires.",
    "Dhaka sent a protest note to Naypyidaw after shells landed across the border.",
    "A protest note was delivered to the Turkish ambassador on Thursday, officials said.",
    "The complaint followed a protest lodged by Ottawa with the Indian high commission.",
])
def test_a_lodged_protest_is_the_accuse_on_the_noun(pipe: Pipeline, text: str) -> None:
    got = [(e.trigger.text.split()[0], e.type) for e in events(pipe, text)]
    assert ("protest", "ACCUSE") in got, got
    assert not any(w in ("lodged", "file", "sent", "delivered") for w, _ in got), got


def test_people_lodged_in_a_square_are_no_protest_note(pipe: Pipeline) -> None:
    got = [(e.trigger.text.split()[0], e.type) for e in events(
        pipe, "Protesters lodged themselves in the square and refused to leave.")]
    assert not any(t == "ACCUSE" for _, t in got), got


def test_a_sent_complaint_keeps_its_verb(pipe: Pipeline) -> None:
    got = [(e.trigger.text.split()[0], e.type) for e in events(
        pipe, "Brazil sent a complaint to the trade body over the new tariffs.")]
    assert ("sent", "ACCUSE") in got, got
