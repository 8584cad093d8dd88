"""Bare surnames take the full name's identity (eventwire/stages/actors/surnames.py),
also when the NER reads the surname as a place, an organisation or a group.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.models import ActorMention, Article
from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


@pytest.mark.parametrize("text,trigger,surname,country", [
    ("Bolivian President Luis Arce called it a coup. The general claimed that Arce had "
     "asked him to stage the mutiny.", "asked", "Arce", "BOL"),
    ("Ugandan President Yoweri Museveni spoke on Monday. Museveni accused Facebook of "
     "arrogance.", "accused", "Museveni", "UGA"),
    ("Zimbabwean President Emmerson Mnangagwa addressed the nation. Mnangagwa warned "
     "the opposition against fresh protests.", "warned", "Mnangagwa", "ZWE"),
])
def test_a_surname_the_ner_misreads_is_the_person(event_pipe: Pipeline, text: str,
                                                  trigger: str, surname: str,
                                                  country: str) -> None:
    """Class *a surname the NER reads as a place or an organisation*."""
    ev = {e.trigger.text: e for e in events_of(event_pipe, text)}[trigger]
    assert ev.actor is not None and ev.actor.text == surname, ev.actor
    assert ev.actor.country == country and "GOV" in ev.actor.sectors, ev.actor


@pytest.fixture(scope="module")
def actor_pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


def _mentions(pipe: Pipeline, text: str) -> list[ActorMention]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    return list(doc._.actor_mentions)


@pytest.mark.parametrize("text,bare,country", [
    ("Chinese Premier Li Qiang arrived in Jakarta on Monday. Li told reporters that trade "
     "would grow.", "Li", "CHN"),
    ("South Korean President Lee Jae-myung met union leaders in Seoul. Lee later promised "
     "new labour rules.", "Lee", "KOR"),
    ("Cambodian Prime Minister Hun Manet visited Bangkok on Friday. Hun said the border "
     "would reopen.", "Hun", "KHM"),
])
def test_surname_first_names(actor_pipe: Pipeline, text: str, bare: str, country: str) -> None:
    """Class *surname-first names*: the bare family name is the person."""
    m = next(m for m in _mentions(actor_pipe, text) if m.text == bare)
    assert (m.country, m.sectors) == (country, ["GOV"]), m


@pytest.mark.parametrize("text,bare,country", [
    ("Officials praised Chilean President Gabriel Boric's pension plan. Boric said it would "
     "pass by June.", "Boric", "CHL"),
    ("Farmers rejected Kenyan President William Ruto's tax plan. Ruto said he would not "
     "withdraw it.", "Ruto", "KEN"),
    ("Analysts doubted Peruvian President Dina Boluarte's promise. Boluarte said elections "
     "would come in April.", "Boluarte", "PER"),
])
def test_possessive_full_names(actor_pipe: Pipeline, text: str, bare: str, country: str) -> None:
    """Class *possessive names*: "X Y's plan" names Y for a later bare "Y"."""
    m = next(m for m in _mentions(actor_pipe, text) if m.text == bare)
    assert m.country == country and "GOV" in m.sectors, m


@pytest.mark.parametrize("text,name,prefix", [
    ("French far-right leader Jordan Bardella criticised the budget.", "Jordan Bardella",
     "Jordan"),
    ("Somali President Hassan Sheikh Mohamud condemned the attack.", "Hassan Sheikh Mohamud",
     "Hassan"),
    ("Jordan Henderson met fans in London on Sunday.", "Jordan Henderson", "Jordan"),
])
def test_a_given_name_that_is_also_an_actor(actor_pipe: Pipeline, text: str, name: str,
                                            prefix: str) -> None:
    """Class *a given name that is also a country or another person*."""
    ms = _mentions(actor_pipe, text)
    assert any(m.text == name and m.kind == "person" for m in ms), ms
    assert not any(m.text == prefix for m in ms), ms


@pytest.mark.parametrize("text,name,middle", [
    # class *a middle name that is another person* (actors27)
    ("Sudanese President Omar Hassan al-Bashir met the envoy.", "Omar Hassan al-Bashir",
     "Hassan"),
    ("The court heard Carlos Jordan Mendez on Monday.", "Carlos Jordan Mendez", "Jordan"),
    ("Police questioned Ahmed Israel Haddad after the fire.", "Ahmed Israel Haddad", "Israel"),
])
def test_a_middle_name_that_is_also_an_actor(actor_pipe: Pipeline, text: str, name: str,
                                             middle: str) -> None:
    ms = _mentions(actor_pipe, text)
    assert any(m.text == name and m.kind == "person" for m in ms), ms
    assert not any(m.text == middle for m in ms), ms


def _person(text: str, country: str | None, sectors: list[str], rule: str,
            antecedent: int | None = None, kind: str = "person") -> ActorMention:
    return ActorMention(start=0, end=len(text), text=text, kind=kind, country=country,
                        sectors=sectors, rule=rule, antecedent=antecedent)


@pytest.mark.parametrize("full,copy,want", [
    # a spokesman recoded to his rebel body after the surname copied the home guess
    (_person("Khalid Omari", "AFG", ["REB"], "ner-PERSON+title+home+body"),
     _person("Omari", "PAK", ["GOV"], "ner-PERSON+home+private+surname", 0), ("AFG", ["REB"])),
    # a surname the NER missed, copied ("surname") before the full name was recoded
    (_person("Lena Varga", "HUN", ["GOV"], "ner-PERSON+home+private+body"),
     _person("Varga", "HUN", ["CVL"], "surname", 0), ("HUN", ["GOV"])),
    # a short name that took a guessed identity in coreference ("+repeat")
    (_person("Tomas Ferreira", "BRA", ["OPP"], "ner-PERSON+home+described"),
     _person("Ferreira", "BRA", ["CVL"], "ner-PERSON+home+private+repeat", 0), ("BRA", ["OPP"])),
])
def test_a_repeated_name_keeps_its_full_names_final_code(
        full: ActorMention, copy: ActorMention, want: tuple[str, list[str]]) -> None:
    """Class *a repeated name keeps its full name's final code*."""
    from eventwire.stages.actors.surnames import refresh_copies
    pronoun = _person("he", None, [], "pronoun", 1)
    mentions = [full, copy, pronoun]
    refresh_copies(mentions)
    assert (copy.country, copy.sectors) == want, copy
    assert pronoun.country is None  # a pronoun is no copy: resolved along its chain


def test_an_agent_repeat_or_an_unlinked_surname_is_left_alone() -> None:
    from eventwire.stages.actors.surnames import refresh_copies
    agents = _person("NYPD officers", "USA", ["COP"], "kb", kind="agent")
    officers = _person("officers", "USA", ["MIL"], "agent+repeat", 0, kind="agent")
    lone = _person("Okafor", "NGA", ["CVL"], "ner-PERSON+home+private+surname")
    refresh_copies([agents, officers, lone])
    assert officers.sectors == ["MIL"] and lone.sectors == ["CVL"]
