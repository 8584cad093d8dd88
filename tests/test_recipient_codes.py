"""Classes of eventwire/stages/events/recipient_codes.py: the country of the
chosen recipient. Every sentence here was written for these tests; none
comes from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_with_trigger as event


@pytest.mark.parametrize("text,trigger,word,country", [
    ("Chile's government said on Monday that riot police in Santiago had beaten a student. "
     "Chilean prosecutors later charged the officers.", "beaten", "student", "CHL"),
    ("Kenya's opposition marched in Nairobi on Friday. Kenyan officials said police "
     "arrested eleven people near the park.", "arrested", "people", "KEN"),
    ("Peru's Congress met in Lima on Tuesday. Peruvian lawmakers accused the government "
     "of hiding the report.", "accused", "government", "PER"),
])
def test_recipients_without_a_country_are_where_the_story_is(
        event_pipe: Pipeline, text: str, trigger: str, word: str, country: str) -> None:
    ev = event(event_pipe, text, trigger)
    assert ev.recipient is not None and word in ev.recipient.text, ev.recipient
    assert ev.recipient.country == country, ev.recipient


def test_outsiders_named_as_such_keep_no_country(event_pipe: Pipeline) -> None:
    """"foreign fighters" in a Malian story are not Malian."""
    ev = event(event_pipe, "Mali's army said on Sunday that Malian troops near Gao "
                           "had killed foreign fighters.", "killed")
    assert ev.recipient is not None and ev.recipient.country != "MLI", ev.recipient



@pytest.mark.parametrize("text,trigger,word,country", [
    ("A Tucson woman was charged on Friday with setting fire to her neighbour's garage, "
     "police said. Officers arrested the woman at her home.", "arrested", "woman", "USA"),
    ("Deputies detained a man after a shooting at a Tulsa gas station on Friday.",
     "detained", "man", "USA"),
    ("Police in Brighton arrested a man on Sunday after a pub was set on fire.",
     "arrested", "man", "GBR"),
])
def test_a_local_story_names_its_town_not_its_country(
        event_pipe: Pipeline, text: str, trigger: str, word: str, country: str) -> None:
    """Class *a local story names its town, not its country*
    (``agents.local_country``): one place, named once, gives its country to
    the people acted on."""
    ev = event(event_pipe, text, trigger)
    assert ev.recipient is not None and word in ev.recipient.text, ev.recipient
    assert ev.recipient.country == country, ev.recipient


@pytest.mark.parametrize("text", [
    "Police arrested a man on Sunday after a woman from Toronto was robbed in Glasgow.",
    "Police arrested a man on Saturday after a woman was shot outside a bar.",
])
def test_no_place_or_two_countries_name_no_local_country(event_pipe: Pipeline,
                                                         text: str) -> None:
    """Towns of two countries (a tie) or no town at all: no story country."""
    ev = event(event_pipe, text, "arrested")
    assert ev.recipient is not None and ev.recipient.country is None, ev.recipient
