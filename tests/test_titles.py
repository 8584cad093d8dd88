"""People named with a title (eventwire/stages/actors/titles.py). Sentences
written for these tests; none comes from an evaluation set or the issue."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.titles import title_before
from tests.conftest import events_of


@pytest.mark.parametrize("text,name,sector", [
    ("Supreme Court Justice Ana Ruiz", "Ana Ruiz", "JUD"),
    ("the opposition leader Kofi Boateng", "Kofi Boateng", "OPP"),
    ("Gen. Ali Musa", "Ali Musa", "MIL"),
    ("Archbishop Peter Oduya", "Peter Oduya", "REL"),
])
def test_title_before_a_name(text: str, name: str, sector: str) -> None:
    found = title_before(text, text.index(name))
    assert found is not None and found[1] == sector


def test_no_title_without_one() -> None:
    assert title_before("the talks with Ana Ruiz", 15) is None
    assert title_before("a vice-presidential Ana Ruiz", 20) is None


@pytest.mark.parametrize("text,trigger,country,sector", [
    ("Chief Justice Maria Lopez of the Philippines suspended the ruling.", "suspended",
     "PHL", "JUD"),
    ("Brazil's Supreme Court Justice Paulo Neves ordered the arrest of the governor.",
     "ordered", "BRA", "JUD"),
    ("General Tomas Rivera of Colombia met rebel leaders in Havana.", "met", "COL", "MIL"),
    ("Nigeria's opposition leader Bola Ade rejected the election results.", "rejected",
     "NGA", "OPP"),
    ("Senator Mark Holt condemned the strike on Tuesday.", "condemned", None, "LEG"),
])
def test_titled_people_take_sector_and_country(event_pipe: Pipeline, text: str, trigger: str,
                                               country: str | None, sector: str) -> None:
    found = events_of(event_pipe, text)
    # the act itself may be typed on another word by the event stage
    ev = next((e for e in found if e.trigger.text == trigger), found[0])
    assert ev.actor is not None and sector in ev.actor.sectors, ev.actor
    assert ev.actor.country == country, ev.actor


@pytest.mark.parametrize("text,trigger,name", [
    ("Police arrested Juan Perez in Lima on Monday.", "arrested", "Juan Perez"),
    ("The court freed Ahmed Karimi after a week.", "freed", "Ahmed Karimi"),
    ("Soldiers detained Grace Njeri at a checkpoint.", "detained", "Grace Njeri"),
])
def test_private_people_are_civilians(event_pipe: Pipeline, text: str, trigger: str,
                                      name: str) -> None:
    ev = {e.trigger.text: e for e in events_of(event_pipe, text)}[trigger]
    assert ev.recipient is not None and ev.recipient.text == name, ev.recipient
    assert ev.recipient.sectors == ["CVL"], ev.recipient


@pytest.mark.parametrize("text,trigger,name", [
    ("Prime Minister Viktor Orban criticised the European Commission on Monday.",
     "criticised", "Viktor Orban"),
    ("President Ibrahim Boubacar Keita called on the rebels to lay down their arms.",
     "called", "Ibrahim Boubacar Keita"),
    ("Prime Minister Manasseh Sogavare rejected calls to resign.", "rejected",
     "Manasseh Sogavare"),
])
def test_an_office_in_the_text_outranks_the_elite_code(event_pipe: Pipeline, text: str,
                                                       trigger: str, name: str) -> None:
    """Class *an office named in the text outranks the KB's elite code*."""
    ev = {e.trigger.text: e for e in events_of(event_pipe, text)}[trigger]
    assert ev.actor is not None and ev.actor.text == name, ev.actor
    assert ev.actor.sectors == ["GOV"], ev.actor


def test_the_surname_keeps_the_office(event_pipe: Pipeline) -> None:
    text = ("Prime Minister Manasseh Sogavare refused to step down. "
            "Opposition leaders accused Sogavare of corruption.")
    ev = {e.trigger.text: e for e in events_of(event_pipe, text)}["accused"]
    assert ev.recipient is not None and ev.recipient.sectors == ["GOV"], ev.recipient


@pytest.mark.parametrize("text,trigger,name,country", [
    ("Kazakh President Kassym-Jomart Tokayev ordered troops to the city.", "ordered",
     "Kassym-Jomart Tokayev", "KAZ"),
    ("Uzbek President Shavkat Mirziyoyev signed the decree on Friday.", "signed",
     "Shavkat Mirziyoyev", "UZB"),
    ("Malian Prime Minister Choguel Maiga rejected the sanctions.", "rejected",
     "Choguel Maiga", "MLI"),
])
def test_a_titled_name_the_ner_misreads(event_pipe: Pipeline, text: str, trigger: str,
                                        name: str, country: str) -> None:
    """Class *a titled name the NER reads as an organisation or a place*."""
    ev = {e.trigger.text: e for e in events_of(event_pipe, text)}[trigger]
    assert ev.actor is not None and ev.actor.country == country, ev.actor
    assert "GOV" in ev.actor.sectors, ev.actor


@pytest.mark.parametrize("text,name,sector", [
    ("his main rival Samuel Okello", "Samuel Okello", "OPP"),
    ("the human rights ombudsman Mira Thapa", "Mira Thapa", "GOV"),
    ("union leader Carlos Mendez", "Carlos Mendez", "LAB"),
    ("Opposition lawmaker Ana Duarte", "Ana Duarte", "OPP"),
])
def test_roles_without_a_rank(text: str, name: str, sector: str) -> None:
    """Class *roles that place a person in the opposition or an office
    without a rank*."""
    found = title_before(text, text.index(name))
    assert found is not None and found[1] == sector
