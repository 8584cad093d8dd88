"""Class *the role before its holder* (eventwire/stages/actors/appositions.py):
a name apposed to a role noun of an office takes the role's code, and a
pronoun bound to the name carries it. Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.models import ActorMention, Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.component import resolve_mention


@pytest.fixture(scope="module")
def actor_pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


def _by_text(pipe: Pipeline, text: str) -> dict[str, ActorMention]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    mentions = doc._.actor_mentions
    return {m.text: resolve_mention(doc, i) for i, m in enumerate(mentions)}


@pytest.mark.parametrize("text,name,pronoun,country,sector", [
    ("Kenya's interior minister, Grace Wanjiru, said she would deploy more police.",
     "Grace Wanjiru", "she", "KEN", "GOV"),
    ("The court suspended Lagos's governor, Ahmed Bello, accusing him of fraud.",
     "Ahmed Bello", "him", "NGA", "GOV"),
    ("The army chief, General Tomas Brenner, said he had ordered the troops back.",
     "Tomas Brenner", "he", None, "MIL"),
])
def test_a_name_apposed_to_its_office_takes_the_office(
        actor_pipe: Pipeline, text: str, name: str, pronoun: str,
        country: str | None, sector: str) -> None:
    found = _by_text(actor_pipe, text)
    for key in (name, pronoun):
        m = found[key]
        assert sector in m.sectors and "CVL" not in m.sectors, m
        if country:
            assert m.country == country, m


@pytest.mark.parametrize("text,name", [
    ("Police sought a man with a long record. That man, Rico Almeida, was arrested on Friday.",
     "Rico Almeida"),
    ("The former dentist, Paul Hendry, was indicted on Monday.", "Paul Hendry"),
])
def test_a_role_of_no_office_passes_nothing(actor_pipe: Pipeline, text: str,
                                             name: str) -> None:
    m = _by_text(actor_pipe, text)[name]
    assert "+role-apposition" not in m.rule, m


@pytest.mark.parametrize("text,name", [
    ("The former interior minister, Ana Rojas, said she would run again.", "Ana Rojas"),
    ("Ghana's ex-finance minister, Kwame Boateng, criticised the budget on Monday.",
     "Kwame Boateng"),
])
def test_a_former_office_before_its_holder_is_no_office_now(
        actor_pipe: Pipeline, text: str, name: str) -> None:
    """As "former Interior Minister X" (titles.former_office): the holder of a
    former government office holds none now, and acts as the opposition."""
    m = _by_text(actor_pipe, text)[name]
    assert "GOV" not in m.sectors and "OPP" in m.sectors, m


@pytest.mark.parametrize("text,name,pronoun,sector", [
    # the parser hangs the name on the role's "of" complement
    ("Masked men abducted the mayor of Santa Lucia, Ramon Ibarra, and held him overnight.",
     "Ramon Ibarra", "him", "GOV"),
    # a calling passed on: the press, a faith
    ("A correspondent for the weekly Nuevo Dia, Clara Montes, said she was beaten at the gate.",
     "Clara Montes", "she", "MED"),
    ("The regime jailed a popular priest, Samuel Okafor, after he preached against it.",
     "Samuel Okafor", "he", "REL"),
    # a head noun passes the body it heads
    ("The ministry's anti-graft commissioner, Lena Varga, said she would open an inquiry.",
     "Lena Varga", "she", "GOV"),
    ("Guards detained the chairman of the dockers' union, Piet Mokoena, before he spoke.",
     "Piet Mokoena", "he", "LAB"),
    # an honorific between the comma and the name
    ("The Prefect of the region, Mr. Karim Sawadogo, said he had closed the market.",
     "Karim Sawadogo", "he", "GOV"),
    # the role is the complement's own noun, not the act it hangs from
    ("Hundreds marched against the detention of the city's mayor, Omar Farouk, and his "
     "aides.", "Omar Farouk", "his", "GOV"),
])
def test_a_role_first_apposition_passes_a_calling_or_the_body_headed(
        actor_pipe: Pipeline, text: str, name: str, pronoun: str, sector: str) -> None:
    """coref67: the name and the pronoun bound to it carry the role."""
    found = _by_text(actor_pipe, text)
    for key in (name, pronoun):
        m = found[key]
        assert sector in m.sectors and "CVL" not in m.sectors, m


@pytest.mark.parametrize("text,name", [
    # a plural noun before the comma: the name is the next clause's subject
    ("Troops opened fire on striking miners, Joseph Banda told reporters.", "Joseph Banda"),
    # no determiner: a bare place phrase, not a role
    ("Back in the capital, Daniel Mensah said the talks had collapsed.", "Daniel Mensah"),
    # a head noun of a body coded only civilian, and no role mention
    ("Police questioned the owner of the bakery, Ivo Petrov, on Sunday.", "Ivo Petrov"),
    # the victim's noun is the role: no climbing to the agent of the act
    ("Crowds mourned the beating by soldiers of a young farmer, John Mwangi, last week.",
     "John Mwangi"),
])
def test_near_misses_of_the_role_first_apposition_pass_nothing(
        actor_pipe: Pipeline, text: str, name: str) -> None:
    m = _by_text(actor_pipe, text)[name]
    assert "+role-apposition" not in m.rule, m
