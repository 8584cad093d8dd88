"""Class *a group of states or a bloc's members named as one body*
(:mod:`eventwire.stages.actors.state_groups`, branch actors35): sentences
written for this test, none from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.state_groups import is_state_group
from tests.conftest import events_of


def actor_of(pipe: Pipeline, text: str, trigger: str):  # type: ignore[no-untyped-def]
    ev = next(e for e in events_of(pipe, text) if e.trigger.text == trigger)
    assert ev.actor is not None
    return ev.actor


@pytest.mark.parametrize("text,trigger", [
    # a region word on "governments", the group acting on the story's state
    ("NAIROBI (Reuters) - Kenya's opposition held rallies on Monday. Western governments "
     "urged Kenya to respect the right to protest.", "urged"),
    # neighbours of the story's state
    ("BAMAKO (AFP) - Mali's junta expelled the French ambassador. Neighbouring states "
     "condemned the decision on Tuesday.", "condemned"),
    # the parser cuts the region word off the group
    ("DOHA (Reuters) - Qatar hosted talks on Gaza. Arab states called on Israel to halt "
     "the offensive.", "called"),
    # a bloc's name on its members
    ("ADDIS ABABA (Reuters) - Ethiopia's government rejected the report. EU member states "
     "called for an independent inquiry.", "called"),
    # "countries" whatever stands before it
    ("KYIV (Reuters) - Ukraine asked for more air defence. European countries pledged new "
     "weapons on Friday.", "pledged"),
])
def test_a_group_of_states_has_no_country(event_pipe: Pipeline, text: str,
                                          trigger: str) -> None:
    actor = actor_of(event_pipe, text, trigger)
    assert actor.country is None, actor


def _token(pipe: Pipeline, text: str, word: str):  # type: ignore[no-untyped-def]
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text,word,group", [
    ("The Gulf states condemned the attack on the tanker.", "states", True),
    ("NATO allies pledged more air defence systems.", "allies", True),
    ("Several countries recalled their envoys from Lima.", "countries", True),
    # one state's parliament allies: no region or bloc word
    ("His allies in Congress promised to block the bill.", "allies", False),
    # one state's governments over time
    ("Successive governments failed to repair the refineries.", "governments", False),
    # a proper name ending in a state noun
    ("The United States imposed new tariffs on steel.", "States", False),
    # a federation's own states, named by the nation's adjective
    ("Racing was cancelled in the Australian states of Victoria and Queensland.",
     "states", False),
    # one nation's regions (review85)
    ("Spain's regional governments imposed a curfew on Friday.", "governments", False),
    ("The regional governments of Lombardy and Veneto demanded more vaccines.",
     "governments", False),
    ("Ethiopia's regional states sent special forces to the border.", "states", False),
    # other states in the region
    ("Regional allies of Iraq promised to send troops.", "allies", True),
    # a federation's own states
    ("Several states sued the federal government over the rule.", "states", False),
])
def test_which_plurals_name_a_group_of_states(event_pipe: Pipeline, text: str, word: str,
                                              group: bool) -> None:
    assert is_state_group(_token(event_pipe, text, word)) is group


def test_a_story_placed_body_keeps_its_country(event_pipe: Pipeline) -> None:
    text = ("MOSCOW (Reuters) - Russia's parliament met on Monday. The government accused "
            "Ukraine of shelling a border village.")
    actor = actor_of(event_pipe, text, "accused")
    assert actor.country == "RUS", actor


@pytest.mark.parametrize("text,trigger,country", [
    ("MADRID (Reuters) - Spain's regional governments imposed curfews on Friday.",
     "imposed", "ESP"),
    ("ROME (Reuters) - Italy's regional governments demanded more vaccines on Friday.",
     "demanded", "ITA"),
    ("BAGHDAD (Reuters) - Iraq's regional governments rejected the budget on Monday.",
     "rejected", "IRQ"),
])
def test_one_nations_regional_governments_keep_its_country(event_pipe: Pipeline, text: str,
                                                          trigger: str, country: str) -> None:
    actor = actor_of(event_pipe, text, trigger)
    assert actor.country == country, actor


def test_the_group_ranges_are_scanned_once_per_document() -> None:
    """speed36: the actor and the event stage share one scan per document;
    a table kept for another token count is read anew."""
    import spacy

    from eventwire.stages.actors.state_groups import MODIFIER_REACH, _group_reach

    nlp = spacy.blank("en")
    doc = nlp("Donor countries froze their aid to the ministry.")
    reach = _group_reach(doc)
    start = doc.text.index("countries")
    assert reach == [(start - MODIFIER_REACH, start + len("countries"))]
    assert _group_reach(doc) is reach
    other = nlp("Gulf states and regional powers met in Muscat on Sunday.")
    other.user_data.update(doc.user_data)  # a table of another doc's tokens
    assert [other.text[a + MODIFIER_REACH:b] for a, b in _group_reach(other)] == [
        "states", "powers"]
