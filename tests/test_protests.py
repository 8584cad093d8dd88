"""Protest classes (``eventwire/stages/events/protests.py``): clashes of
civilians with police or in a protest are riots, crowds gathering to protest
are demonstrations; the sentences are written for these tests, none copied
from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.component import main_event


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors", "eventwire_events"))


def main(pipe: Pipeline, text: str) -> EventMention | None:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2023, 5, 2))]))
    return main_event(list(doc._.events))


@pytest.mark.parametrize("text", [
    "Youths clashed with police in the capital after the verdict.",
    "Students and riot police clashed outside the university on Monday.",
    "Violent clashes broke out in the city centre following a day of demonstrations.",
    "Several officers were hurt in clashes with striking miners.",
])
def test_civilian_clashes_with_police_are_riots(pipe: Pipeline, text: str) -> None:
    got = main(pipe, text)
    assert got is not None and (got.type, got.mode) == ("PROTEST", "riot"), got


@pytest.mark.parametrize("text", [
    "Rebels clashed with government troops near the border.",
    "Army units clashed with militants in the north overnight.",
    "Clashes between the two militias killed a dozen fighters.",
])
def test_clashes_with_armed_groups_stay_combat(pipe: Pipeline, text: str) -> None:
    got = main(pipe, text)
    assert got is not None and got.type == "ASSAULT", got


@pytest.mark.parametrize("text", [
    "Hundreds of supporters gathered outside the court on Friday evening.",
    "Protesters assembled in front of the ministry on Sunday.",
    "Residents gathered in the main square to protest against the new dam.",
])
def test_crowds_gathering_to_protest_demonstrate(pipe: Pipeline, text: str) -> None:
    got = main(pipe, text)
    assert got is not None and (got.type, got.mode) == ("PROTEST", "demo"), got


@pytest.mark.parametrize("text", [
    "Foreign ministers gathered in Brussels for talks on Ukraine.",
    "Leaders of the bloc assembled in Lusaka for a summit.",
])
def test_officials_gathering_still_meet(event_rules_pipe: Pipeline, text: str) -> None:
    """The typing rule alone (the retrained eventness filter scores a bare
    CAMEO "assembled" under its threshold: docs/BENCHMARKS.md, events5)."""
    got = main(event_rules_pipe, text)
    assert got is not None and got.type == "CONSULT", got


def test_supporters_storming_a_building_riot(pipe: Pipeline) -> None:
    got = main(pipe, "Supporters of the ousted leader stormed the electoral commission.")
    assert got is not None and (got.type, got.mode) == ("PROTEST", "riot"), got


@pytest.mark.parametrize("text", [
    "Thousands of teachers marched through the capital to protest against pay cuts. "
    "No clashes were reported. Organisers said the protest would continue.",
    "Farmers demonstrated outside the ministry for a third day. During the clashes two "
    "cars were overturned. The protests began after the subsidy cut.",
    "Students rallied against the tuition rise on Monday, and the rally drew thousands. "
    "There were no reports of clashes by nightfall.",
])
def test_bare_clashes_in_a_protest_story_are_riots(pipe: Pipeline, text: str) -> None:
    """Class *a bare clash in a protest story* (types26): no sides named,
    the article is about protests and names no armed group."""
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2023, 5, 2))]))
    got = [e for e in doc._.events if e.trigger.text.lower() == "clashes"]
    assert got and (got[0].type, got[0].mode) == ("PROTEST", "riot"), got


def test_bare_clashes_in_a_story_of_militants_stay_combat(pipe: Pipeline) -> None:
    text = ("Residents protested in the town square against the curfew. Militants attacked an "
            "army post nearby, and the protest was called off. Clashes continued overnight.")
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2023, 5, 2))]))
    got = [e for e in doc._.events if e.trigger.text == "Clashes"]
    assert got and got[0].type == "ASSAULT", got


@pytest.mark.parametrize("text,trigger", [
    ("Hardline students stormed the consulate and tore down its flag.", "stormed"),
    ("Hundreds of migrants tried to storm the fence at the crossing.", "storm"),
    ("Several thousand residents gathered at the town hall and tried to storm the building.",
     "storm"),
    ("Security guards shot two men who stormed the mine's office.", "stormed"),
    # police are the subject of the other clause, not of the storming (review38)
    ("Police sprayed water cannon but the students stormed the ministry anyway.", "stormed"),
    ("Troops guarded the gate, yet hundreds of farmers stormed the granary.", "stormed"),
])
def test_civilians_storming_riot(pipe: Pipeline, text: str, trigger: str) -> None:
    """Class *civilians storming a building* (types26): PROTEST riot."""
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2023, 5, 2))]))
    got = [e for e in doc._.events if e.trigger.text == trigger]
    assert got and (got[0].type, got[0].mode) == ("PROTEST", "riot"), got


@pytest.mark.parametrize("text", [
    "Hundreds of nurses gathered outside the health ministry on Monday.",
    "Outside the court, where 3,000 gathered for a demonstration, police formed a cordon.",
    "Dozens gathered to remember the journalist killed last week.",
])
def test_counted_crowds_gathering_demonstrate(pipe: Pipeline, text: str) -> None:
    """Class *a counted crowd gathering* (types26): PROTEST demo."""
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2023, 5, 2))]))
    got = [e for e in doc._.events if e.trigger.text == "gathered"]
    assert got and (got[0].type, got[0].mode) == ("PROTEST", "demo"), got


def test_counted_officials_gathering_still_meet(event_rules_pipe: Pipeline) -> None:
    got = main(event_rules_pipe, "Dozens of foreign ministers gathered in Vienna for the talks.")
    assert got is not None and got.type == "CONSULT", got


def test_protest_story_reads_the_article_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The protest-story test scans the whole article: once per article,
    not once per bare clash (review38)."""
    import spacy

    from eventwire.stages.events import protests

    doc = spacy.blank("en")("Clashes erupted at noon. More clashes followed the march at dusk.")
    seen: list[str] = []
    real = protests._lemma
    monkeypatch.setattr(protests, "_lemma", lambda t: seen.append(t.text) or real(t))
    first = protests._protest_story(doc[0])
    assert protests._protest_story(doc[6]) is first
    assert len(seen) == len(doc)


def _gathering(pipe: Pipeline, text: str) -> EventMention:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2023, 5, 2))]))
    assert doc is not None
    got = [e for e in doc._.events if e.trigger.text in ("gathered", "assembled")]
    assert got, [(e.trigger.text, e.type) for e in doc._.events]
    return got[0]


@pytest.mark.parametrize("text", [
    "Teachers gathered in front of the education ministry on Tuesday, holding placards.",
    "Parents gathered outside the courthouse as the verdict was read.",
    "Relatives of the missing sailors gathered outside the naval headquarters on Friday.",
    "The families gathered at the prison gates and demanded to see the detainees.",
])
def test_crowds_before_a_seat_of_authority_demonstrate(pipe: Pipeline, text: str) -> None:
    """Class *a crowd before a seat of authority* (types67): PROTEST demo."""
    got = _gathering(pipe, text)
    assert (got.type, got.mode) == ("PROTEST", "demo"), got


@pytest.mark.parametrize("text", [
    "Delegates gathered outside the assembly hall before the vote.",
    "Reporters gathered outside the court to hear the verdict.",
    "Families gathered at the beach on Sunday for the festival.",
    "Some employees gathered outside the building after the fire alarm.",
])
def test_officials_or_a_crowd_elsewhere_still_meet(pipe: Pipeline, text: str) -> None:
    assert _gathering(pipe, text).type == "CONSULT"
