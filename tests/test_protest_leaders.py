"""Class *the leaders of a protest are its organisers* (recip66,
``curated.yaml`` agents "protest leader(s)"): private people (CVL), OPP
second, as "organisers" and "marchers" are -- the dictionaries' "leader"
with the protest compound came out OPP alone, where the records code them
CVL. Near misses keep their own sector: an opposition leader is OPP, a
student leader EDU, a union leader LAB. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


def _recipient_sectors(pipe: Pipeline, text: str, trigger: str) -> list[str]:
    for event in events_of(pipe, text):
        if event.trigger.text == trigger and event.recipient is not None:
            return list(event.recipient.sectors)
    raise AssertionError(f"no recipient on {trigger!r}")


@pytest.mark.parametrize("text,trigger", [
    ("Riot police in Minsk detained three protest leaders before dawn on Saturday.",
     "detained"),
    ("A court in Almaty sentenced the protest leaders to five years in prison.", "sentenced"),
    ("Authorities in Yerevan summoned a protest leader for questioning on Monday.",
     "summoned"),
])
def test_protest_leaders_are_private_people(event_pipe: Pipeline, text: str,
                                            trigger: str) -> None:
    assert _recipient_sectors(event_pipe, text, trigger) == ["CVL", "OPP"]


@pytest.mark.parametrize("text,trigger,sector", [
    ("Police in Caracas arrested the opposition leader on Tuesday.", "arrested", "OPP"),
    ("Police in Dhaka detained two student leaders after the rally.", "detained", "EDU"),
    ("Police in Harare arrested three union leaders before the strike.", "arrested", "LAB"),
])
def test_other_leaders_keep_their_sector(event_pipe: Pipeline, text: str, trigger: str,
                                         sector: str) -> None:
    assert _recipient_sectors(event_pipe, text, trigger)[0] == sector
