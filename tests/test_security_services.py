"""Class *a state's intelligence or state-security service* (actors67,
:mod:`eventwire.stages.actors.security_services`, relabel71 (a)): the
service's name, its owner or members before the name, the acronym the text
gives it, and "security agents/officers", SPY; near misses that only
mention security keep their codes. Sentences written for this test, none
from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.security_services import SPY_RULE


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


def mentions_of(pipe: Pipeline, text: str, word: str) -> list[tuple[str | None, list[str], str]]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    assert doc is not None
    return [(m.country, list(m.sectors), m.rule) for m in doc._.actor_mentions if m.text == word]


@pytest.mark.parametrize("text,word", [
    # the name
    ("Georgia's State Security Service said on Monday it had detained a retired colonel "
     "on suspicion of passing maps to a foreign power.", "Security Service"),
    ("The secret police took the novelist from his flat in the middle of the night.",
     "secret police"),
    ("In a statement, the security services said the cell had planned to poison a reservoir.",
     "security services"),
    ("Officials blamed Belarusian military intelligence for the hoax bomb emails.",
     "Belarusian military intelligence"),
])
def test_a_service_named_or_described_is_spy(pipe: Pipeline, text: str, word: str) -> None:
    found = mentions_of(pipe, text, word)
    assert found and all(sectors[:1] == ["SPY"] for _, sectors, _ in found)


@pytest.mark.parametrize("text,word,country", [
    # the owner before the name stands for the service
    ("Moldova's Intelligence and Security Service raided the offices of two charities "
     "on Thursday.", "Moldova", "MDA"),
    # members of the service
    ("Agents of the Committee for State Security searched the church in Minsk and seized "
     "its ledgers.", "Agents", None),
])
def test_the_owner_or_members_before_the_name(pipe: Pipeline, text: str, word: str,
                                               country: str | None) -> None:
    found = mentions_of(pipe, text, word)
    assert found and found[0][1] == ["SPY"] and SPY_RULE in found[0][2]
    if country:
        assert found[0][0] == country


@pytest.mark.parametrize("text,acr", [
    ("Uzbekistan's State Security Service (DXX) questioned the blogger for six hours. "
     "Later the DXX said he had been released.", "DXX"),
    ("The State Committee for National Security (SNB) detained a former deputy minister. "
     "SNB officers also searched his dacha.", "officers"),
    ("Investigators named the agency behind the break-in as Ruritania's foreign "
     "intelligence service, the RFIS. The RFIS did not comment.", "RFIS"),
])
def test_the_acronym_the_text_gives_the_service(pipe: Pipeline, text: str, acr: str) -> None:
    found = mentions_of(pipe, text, acr)
    assert found and all(sectors == ["SPY"] for _, sectors, _ in found)


@pytest.mark.parametrize("text,word", [
    ("Security agents detained the editor outside the printing house.", "Security agents"),
    ("Two security officers escorted the lawyer out of the courtroom.", "security officers"),
    ("Security officers in Havana blocked the dissident's door.", "Security officers"),
])
def test_security_agents_and_officers_lead_with_spy(pipe: Pipeline, text: str,
                                                     word: str) -> None:
    found = mentions_of(pipe, text, word)
    assert found and found[0][1][:1] == ["SPY"]


@pytest.mark.parametrize("text,word", [
    # a state body that only mentions security, a person titled by it,
    # generic security forces, a border force
    ("The National Security Council met in emergency session on Sunday.",
     "National Security Council"),
    ("National security adviser Ruth Okello flew to Nairobi for talks.",
     "Ruth Okello"),
    ("Security forces fired tear gas at students marching on the rectorate.",
     "Security forces"),
    ("The Border Security Force said two smugglers were arrested near the fence.",
     "Border Security"),
])
def test_near_misses_are_not_spy(pipe: Pipeline, text: str, word: str) -> None:
    found = mentions_of(pipe, text, word)
    assert all(SPY_RULE not in rule and "SPY" not in sectors[:1] for _, sectors, rule in found)


@pytest.mark.parametrize("text,word,first", [
    # combat with an armed group: MIL first
    ("Security forces killed four insurgents in a firefight at a checkpoint outside the town.",
     "Security forces", "MIL"),
    ("Somali security forces pushed the al-Shabaab fighters out of two villages after a "
     "gun battle that lasted until dawn.", "Somali security forces", "MIL"),
    ("The security forces, backed by army helicopters, ambushed a rebel column on the "
     "river road.", "security forces", "MIL"),
    # policing (near misses): COP first, also with an armed group named
    ("Security forces beat back a crowd of striking dockers with batons at the port gates.",
     "Security forces", "COP"),
    ("Security forces arrested two brothers suspected of planting the roadside bomb that "
     "killed three soldiers.", "Security forces", "COP"),
    ("Security forces sealed off the square before the opposition rally.",
     "Security forces", "COP"),
])
def test_generic_security_forces_by_what_they_do(pipe: Pipeline, text: str, word: str,
                                                  first: str) -> None:
    found = mentions_of(pipe, text, word)
    assert found and found[0][1][:1] == [first]


@pytest.mark.parametrize("text,word", [
    ("Chinese state security authorities held the publisher for nine months.", "authorities"),
    ("On Monday, Belarusian state security authorities raided the offices of a union.",
     "authorities"),
    ("The national security authorities in Baku detained three activists at a cafe.",
     "authorities"),
])
def test_a_word_of_the_name_the_parse_took_alone(pipe: Pipeline, text: str, word: str) -> None:
    found = mentions_of(pipe, text, word)
    assert found and all(sectors == ["SPY"] for _, sectors, _ in found)


def test_authorities_outside_a_service_name_are_not_spy(pipe: Pipeline) -> None:
    for text in ("Chinese authorities held the publisher for nine months.",
                 "Security authorities at the airport closed the terminal.",
                 "The national security adviser said the authorities would respond."):
        assert all("SPY" not in sectors for _, sectors, _ in mentions_of(pipe, text,
                                                                          "authorities"))
