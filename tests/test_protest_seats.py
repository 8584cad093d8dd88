"""A protest held at the seat of a body takes the seat as recipient
(``eventwire/stages/events/protest_seats.py``, recip64; docs/annotation.md
"Questions decided (relabel67, 2026-12-07)" (1)). The sentences are written
for these tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors", "eventwire_events"))


def act(pipe: Pipeline, text: str, trigger: str) -> EventMention:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2025, 9, 8))]))
    got = [e for e in doc._.events if e.trigger.text.split()[0] == trigger]
    assert got, [(e.trigger.text, e.type) for e in doc._.events]
    return got[0]


@pytest.mark.parametrize("text,trigger,seat,country,sector", [
    ("About 300 students gathered outside parliament in Vilnius to demand lower fees.",
     "gathered", "parliament", "LTU", "LEG"),
    ("Supporters of the jailed mayor kept a vigil in front of the appeals court in Tirana.",
     "vigil", "appeals court", "ALB", "JUD"),
    ("Several hundred people protested outside the Turkish consulate in Berlin on Sunday.",
     "protested", "Turkish consulate", "TUR", "GOV"),
    ("Taxi drivers rallied outside the town hall in Porto on Thursday over the new fares.",
     "rallied", "town hall", "PRT", "GOV"),
    ("Relatives of the missing conscripts protested outside the army base in Gyumri "
     "on Monday.", "protested", "army base", "ARM", "MIL"),
    ("On Friday, hundreds of Kyrgyz farmers gathered outside the regional administration "
     "building in Osh to demand water.", "gathered", "administration building", "KGZ", "GOV"),
    ("Police in Mali broke up a rally of several hundred teachers outside the education "
     "ministry in Bamako on Monday.", "rally", "ministry", "MLI", "GOV"),
])
def test_a_protest_at_a_bodys_seat_takes_the_seat(pipe: Pipeline, text: str, trigger: str,
                                                   seat: str, country: str,
                                                   sector: str) -> None:
    got = act(pipe, text, trigger)
    assert got.type == "PROTEST", got
    assert got.recipient is not None and seat in got.recipient.text, got.recipient
    assert (got.recipient.country, sector in got.recipient.sectors) == (country, True), \
        got.recipient


@pytest.mark.parametrize("text,trigger", [
    ("Hundreds of fans gathered outside the stadium in Cairo after the match.", "gathered"),
    ("Thousands of worshippers protested outside the mosque in Dhaka after prayers.",
     "protested"),
    ("Nurses rallied outside the hospital in Leeds against its planned closure.", "rallied"),
])
def test_a_venue_that_is_no_bodys_seat_stays_empty(pipe: Pipeline, text: str,
                                                    trigger: str) -> None:
    got = act(pipe, text, trigger)
    assert got.recipient is None or "stadium" not in got.recipient.text \
        and "mosque" not in got.recipient.text and "hospital" not in got.recipient.text, \
        got.recipient


def test_a_recipient_named_otherwise_wins(pipe: Pipeline) -> None:
    got = act(pipe, "Farmers rallied outside the court against the new police chief.",
              "rallied")
    assert got.recipient is not None and "police chief" in got.recipient.text, got.recipient
