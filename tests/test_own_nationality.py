"""Class *a recipient whose own noun phrase names its nationality is of that
country* (eventwire/stages/events/own_nationality.py). Every sentence here
was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.own_nationality import phrase_country
from tests.conftest import event_with_trigger


@pytest.mark.parametrize("text,trigger,country", [
    ("Bolivian police arrested Chilean lorry driver Pedro Araya near the border on Friday.",
     "arrested", "CHL"),
    ("Kenyan police detained several people of Ugandan origin in Nairobi on Tuesday.",
     "detained", "UGA"),
    ("The Turkish coast guard seized a Greek fishing trawler off Lesbos on Sunday.",
     "seized", "GRC"),
    ("Egypt summoned Ethiopian ambassador Tadesse Bekele on Wednesday.", "summoned", "ETH"),
])
def test_the_phrase_names_the_recipients_country(event_pipe: Pipeline, text: str,
                                                 trigger: str, country: str) -> None:
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.country == country, ev.recipient


def test_a_stance_is_not_a_home(event_pipe: Pipeline) -> None:
    ev = event_with_trigger(event_pipe, "Ukraine's army shelled Russian-backed fighters near "
                            "Donetsk on Monday.", "shelled")
    assert ev.recipient is None or ev.recipient.country != "RUS", ev.recipient


@pytest.mark.parametrize("text,mention,country", [
    ("The navy boarded a Maltese-flagged oil tanker at dawn.", "tanker", "MLT"),
    ("Pirates released a Greek-owned cargo ship on Saturday.", "ship", "GRC"),
    ("Rebels freed an Irish aid worker after a week.", "worker", "IRL"),
    ("Russian police detained several people of Azerbaijani origin in the city.", "people",
     "AZE"),
    ("Officers questioned two women of Pakistani descent at the airport.", "women", "PAK"),
    ("Rebels freed a pro-Russian activist after a week.", "activist", None),
    ("Police in Lagos arrested Ghanaian and Togolese traders on Friday.", "traders", None),
    ("Critics of the Iraqi government's ministers met in Paris.", "Critics", None),
])
def test_phrase_country(event_pipe: Pipeline, text: str, mention: str,
                        country: str | None) -> None:
    doc = event_pipe.nlp(text)
    start = text.index(mention)
    span = doc.char_span(start, start + len(mention), alignment_mode="expand")
    assert span is not None
    assert phrase_country(doc, span) == country
