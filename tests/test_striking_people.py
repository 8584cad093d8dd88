"""Class *people on strike* (recip66, ``curated.yaml`` agents "striking
protesters/protestors/demonstrators" and "strikers"): labour (LAB), as the
guide codes "union members and striking protesters" and "unions and
strikers" -- the bare protesters' CVL/OPP came out before. Near misses keep
their own sector: protesters not on strike stay CVL/OPP, a striking
profession keeps its profession's sector (teachers EDU), and the singular
"striker" (a footballer in sports copy) is no entry. Every sentence is
written for these tests."""

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
    ("Police in Athens fired tear gas at striking protesters outside parliament.", "fired"),
    ("Riot officers in Lima beat striking demonstrators near the ministry on Thursday.",
     "beat"),
    ("Police in Lagos arrested twelve strikers on Monday.", "arrested"),
])
def test_people_on_strike_are_labour(event_pipe: Pipeline, text: str, trigger: str) -> None:
    assert _recipient_sectors(event_pipe, text, trigger) == ["LAB"]


@pytest.mark.parametrize("text,trigger,sector", [
    ("Police in Quito fired tear gas at protesters outside the ministry.", "fired", "CVL"),
    ("Police in Accra dispersed striking teachers with water cannon.", "dispersed", "EDU"),
    ("Police in Turin detained a striker after a brawl outside the stadium.", "detained",
     "CVL"),
])
def test_near_misses_keep_their_sector(event_pipe: Pipeline, text: str, trigger: str,
                                       sector: str) -> None:
    assert _recipient_sectors(event_pipe, text, trigger)[0] == sector
