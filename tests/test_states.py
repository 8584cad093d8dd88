"""Sectors of state mentions (eventwire/stages/actors/states.py). Sentences
written for these tests."""

from __future__ import annotations

import re
from datetime import date

import pytest

from eventwire.models.mentions import ActorMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.states import congo_by_context
from tests.test_actors import mentions_of


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


@pytest.mark.parametrize("text,name", [
    ("Ukraine and Russia exchanged prisoners on Friday.", "Russia"),
    ("Nigeria blamed a Cameroon dam release for the floods.", "Cameroon"),
    ("Protesters torched Almaty city hall.", "Almaty"),
])
def test_a_countrys_name_in_any_slot_is_its_government(pipe: Pipeline, text: str,
                                                        name: str) -> None:
    """Class *a country's name in any other slot*; a demonym is left alone."""
    _, ms = mentions_of(pipe, text)
    m = next(m for m in ms if m.text == name)
    assert m.sectors == ["GOV"], m
    _, ms = mentions_of(pipe, "Thai fishing trawlers were seized by pirates.")
    assert next(m for m in ms if m.text == "Thai").sectors == []


@pytest.mark.parametrize("text", [
    "Rebels seized the town of Bunia in eastern Congo, the army in Kinshasa said.",
    "Congo accused Rwanda of backing the fighters who took Goma.",
    "Aid groups said cholera was spreading in Congo's North Kivu province.",
])
def test_bare_congo_is_the_drc(pipe: Pipeline, text: str) -> None:
    """Class *the short name "Congo"*: bare "Congo" is the DRC."""
    _, ms = mentions_of(pipe, text)
    assert next(m for m in ms if m.text.startswith("Congo")).country == "COD"


@pytest.mark.parametrize("text", [
    "Voters in Brazzaville queued early as Congo held its presidential election.",
    "The Republic of Congo said Congo would export more oil this year.",
])
def test_congo_stays_the_republic_when_the_text_says_so(pipe: Pipeline, text: str) -> None:
    """The Republic of Congo named in full or by its capital keeps COG."""
    _, ms = mentions_of(pipe, text)
    assert all(m.country != "COD" for m in ms if m.text == "Congo")


def test_congo_before_zaire_was_renamed_is_the_republic(pipe: Pipeline) -> None:
    """Before May 1997 the DRC was Zaire: "Congo" was the Republic of Congo."""
    _, ms = mentions_of(pipe, "Congo signed a trade pact with Gabon.", date(1990, 3, 1))
    assert next(m for m in ms if m.text == "Congo").country == "COG"
    _, ms = mentions_of(pipe, "Congo signed a trade pact with Gabon.", date(2020, 3, 1))
    assert next(m for m in ms if m.text == "Congo").country == "COD"


@pytest.mark.parametrize("text,name,sector", [
    ("Gunmen abducted four Chinese nationals near the mine.", "Chinese", "CVL"),
    ("Pirates held a Filipino crew member for ransom.", "Filipino", "CVL"),
    ("Soldiers opened fire on Sudanese herders at the river.", "Sudanese", "CVL"),
    ("Troops shot down a Turkish drone over the border.", "Turkish", "MIL"),
    ("The navy detained two Egyptian shepherds who crossed the line.", "Egyptian", "CVL"),
])
def test_a_demonym_on_a_noun_the_agent_lexicon_lacks(pipe: Pipeline, text: str, name: str,
                                                      sector: str) -> None:
    """Class *a demonym on a noun the agent lexicon lacks* (recips20): the
    noun's sector from data/actors/demonym_heads.yaml."""
    _, ms = mentions_of(pipe, text)
    assert next(m for m in ms if m.text == name).sectors == [sector]


def test_an_armed_bodys_crew_is_not_civilians(pipe: Pipeline) -> None:
    """A modifier that makes the crew an armed body's own keeps it out."""
    _, ms = mentions_of(pipe, "Rebels captured a Nigerian military crew near the base.")
    assert next(m for m in ms if m.text == "Nigerian").sectors != ["CVL"]



def test_the_demonym_heads_repeat_no_agent_phrase() -> None:
    """One source of truth: a phrase the knowledge base's agent lexicon has
    ("fighter jets" MIL) is merged with its demonym by the actor stage
    already ("Ukrainian fighter jets", one MIL mention), so
    data/actors/demonym_heads.yaml must not list it again."""
    from eventwire.stages.actors.kb import load_kb
    from eventwire.stages.actors.states import _head_sectors
    agents = load_kb().agents
    assert sorted(n for n in _head_sectors() if n in agents) == []


def test_a_demonym_on_an_agent_phrase_is_one_mention(pipe: Pipeline) -> None:
    _, ms = mentions_of(pipe, "Rebels shot down two Ukrainian fighter jets near the river.")
    assert next(m for m in ms if m.text.startswith("Ukrainian")).sectors == ["MIL"]


def _congo_mentions(text: str) -> list[ActorMention]:
    """Every "Congo" / "Republic of Congo" of ``text`` as a COG mention (the
    KB's reading), plus an unrelated one."""
    out = [ActorMention(m.start(), m.end(), m.group(), kind="state", country="COG")
           for m in re.finditer(r"(?:the |Republic of )?Congo", text)]
    return out + [ActorMention(0, 5, "Kenya", kind="state", country="KEN")]


@pytest.mark.parametrize("text,published,want", [
    ("Rebels took Goma in eastern Congo on Tuesday.", None, ["COD", "KEN"]),
    ("Fighting spread across the Congo, officials in Kinshasa said.", date(2012, 1, 1),
     ["COD", "KEN"]),
    ("Talks in Brazzaville: Congo and Gabon signed a deal.", None, ["COG", "KEN"]),
    ("The Republic of Congo said Congo would vote.", None, ["COG", "COG", "KEN"]),
    ("Troops crossed into Congo.", date(1995, 3, 1), ["COG", "KEN"]),
    ("Kenya and Uganda met in Nairobi.", None, ["KEN"]),
])
def test_a_bare_congo_is_the_drc_unless_the_republic_is_named(
        text: str, published: date | None, want: list[str]) -> None:
    """Class *the short name "Congo"* (speed26 asks the mentions before
    the whole-text search; same answers)."""
    ms = _congo_mentions(text)
    congo_by_context(text, ms, published)
    assert [m.country for m in ms] == want


@pytest.mark.parametrize("text,name", [
    ("The opposition leader called on Georgians to boycott the vote.", "Georgians"),
    ("The cleric urged Kuwaitis to stay at home on Friday.", "Kuwaitis"),
    ("President Ali urged Guyanese to reject division.", "Guyanese"),
    ("Angola ordered the expulsion of Congolese from the diamond areas.", "Congolese"),
    ("The minister called it an attempt to kill a Bulgarian.", "Bulgarian"),
    ("Manila warned it would respond if a Filipino were harmed.", "Filipino"),
])
def test_a_demonym_used_as_a_noun_names_people(pipe: Pipeline, text: str, name: str) -> None:
    """Class *a demonym used as a noun names people* (recip57,
    ``states.demonym_person``): a plural the tagger read as a singular proper
    noun, one person after "a", an invariant "-ese" plural acted on -- CVL,
    not the state."""
    _, ms = mentions_of(pipe, text)
    assert next(m for m in ms if m.text == name).sectors == ["CVL"]


@pytest.mark.parametrize("text,name,sector", [
    ("Georgia said the talks had failed.", "Georgia", "GOV"),
    ("Georgian officials said the talks had failed.", "Georgian officials", "GOV"),
])
def test_a_state_or_its_officials_stay_the_state(pipe: Pipeline, text: str, name: str,
                                                 sector: str) -> None:
    """A country's name and a demonym on an agent noun are not people."""
    _, ms = mentions_of(pipe, text)
    assert next(m for m in ms if m.text == name).sectors == [sector]
