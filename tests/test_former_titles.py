"""A former office named by its title alone, and "former" before a state's
name and a title (eventwire/stages/actors/former_titles.py,
titles.FORMER_BEFORE). Every sentence was written for these tests; none comes
from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import ActorMention, Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.former_titles import governing_act
from eventwire.stages.actors.titles import FORMER_BEFORE
from tests.conftest import events_of


def _recipient(pipe: Pipeline, text: str, trigger: str):  # type: ignore[no-untyped-def]
    ev = {e.trigger.text: e for e in events_of(pipe, text)}[trigger]
    assert ev.recipient is not None, ev
    return ev.recipient


@pytest.mark.parametrize("text,trigger,head", [
    ("The junta arrested the ex-prime minister in Bamako on Friday.", "arrested",
     "prime minister"),
    ("Police in Quito detained a former president on Monday.", "detained",
     "president"),
    ("A court in Accra convicted Ghana's former finance minister of fraud.", "convicted",
     "minister"),
    ("Prosecutors charged the former premier with corruption on Tuesday.", "charged",
     "premier"),
])
def test_a_former_office_named_by_its_title_is_the_opposition(
        event_pipe: Pipeline, text: str, trigger: str, head: str) -> None:
    """Class *a former office named by its title alone* (``former_title_agents``)."""
    rec = _recipient(event_pipe, text, trigger)
    assert rec.text.endswith(head), rec
    assert "OPP" in rec.sectors and not {"GOV", "ELI"} & set(rec.sectors), rec


@pytest.mark.parametrize("text,trigger,head", [
    # (review34) the title ends the sentence or a clause: no space after it
    ("Soldiers in Niamey detained the former president.", "detained", "president"),
    ("A tribunal jailed an ex-defence minister, state radio reported.", "jailed", "minister"),
    ("Police arrested the former premier; he denied wrongdoing.", "arrested",
     "premier"),
])
def test_a_former_title_before_punctuation_is_the_opposition(
        event_pipe: Pipeline, text: str, trigger: str, head: str) -> None:
    """Class *a former office named by its title alone* when punctuation,
    not a space, follows the title."""
    rec = _recipient(event_pipe, text, trigger)
    assert rec.text.endswith(head), rec
    assert "OPP" in rec.sectors and not {"GOV", "ELI"} & set(rec.sectors), rec


@pytest.mark.parametrize("text,trigger,sector", [
    ("Police arrested the army's former commander on Friday.", "arrested", "MIL"),
    ("Police arrested a former employee of the bank on Friday.", "arrested", "CVL"),
    ("Protesters in the capital confronted the prime minister on Friday.", "confronted",
     "GOV"),
])
def test_other_former_roles_and_current_offices_keep_their_code(
        event_pipe: Pipeline, text: str, trigger: str, sector: str) -> None:
    """A former non-government role and a current office are not coded OPP."""
    rec = _recipient(event_pipe, text, trigger)
    assert sector in rec.sectors and "OPP" not in rec.sectors, rec


@pytest.mark.parametrize("text,trigger,name", [
    ("Police arrested Former Philippine President Carlo Reyes at the airport.", "arrested",
     "Carlo Reyes"),
    ("A court in Lima sentenced former Peruvian President Ana Quispe to ten years.",
     "sentenced", "Ana Quispe"),
    ("Agents detained former U.S. Ambassador Tom Hale in Caracas.", "detained", "Tom Hale"),
])
def test_former_before_a_state_and_a_title(event_pipe: Pipeline, text: str, trigger: str,
                                           name: str) -> None:
    """Class *former holders of a government office* (``titles.former_office``)
    with a state's name or demonym between "former" and the title."""
    rec = _recipient(event_pipe, text, trigger)
    assert name.endswith(rec.text) or rec.text.endswith(name), rec
    assert "OPP" in rec.sectors and "GOV" not in rec.sectors, rec


def _mention(text: str, sectors: list[str], kind: str = "person", rule: str = "pronoun",
             antecedent: int | None = None) -> ActorMention:
    return ActorMention(start=0, end=len(text), text=text, kind=kind, country="XYZ",
                        sectors=sectors, rule=rule, antecedent=antecedent)


# the doc's mentions a pronoun's antecedent index points into
_FORMER_SOW = _mention("Lina Sow", ["OPP"], rule="ner-PERSON+title+former")
_LEADER_SOW = _mention("Lina Sow", ["OPP"], rule="ner-PERSON+title")
_MENTIONS = [_FORMER_SOW, _LEADER_SOW]


@pytest.mark.parametrize("lemma,actor", [
    ("crackdown", _mention("his", ["OPP"], antecedent=0)),
    ("purge", _FORMER_SOW),
    ("clampdown", _mention("the former premier", ["OPP", "ELI"], "agent", "agent+former")),
])
def test_a_former_officeholder_cracked_down_in_office(lemma: str,
                                                       actor: ActorMention) -> None:
    """Class *a former officeholder's act of governing* (``governing_act``)."""
    found = governing_act(lemma, actor, _MENTIONS)
    assert found is not None and "GOV" in found.sectors and "OPP" not in found.sectors
    assert "OPP" in actor.sectors  # a copy: the mention itself keeps its code


@pytest.mark.parametrize("lemma,actor", [
    ("arrest", _mention("his", ["OPP"], antecedent=0)),
    ("crackdown", _mention("police", ["COP"], "agent", "agent")),
    ("protest", _FORMER_SOW),
    # (review34) OPP not as a former officeholder: the opposition's own purge
    ("purge", _LEADER_SOW),
    ("crackdown", _mention("her", ["OPP"], antecedent=1)),
    ("crackdown", _mention("opposition", ["OPP"], "agent", "agent")),
])
def test_other_acts_and_actors_keep_their_code(lemma: str, actor: ActorMention) -> None:
    """Only a crackdown or purge by an actor coded OPP as a former
    officeholder changes."""
    assert governing_act(lemma, actor, _MENTIONS) is actor


def test_a_former_ministers_crackdown_in_text(event_pipe: Pipeline) -> None:
    text = "Former Interior Minister Lina Sow defended his crackdown on the press."
    ev = {e.trigger.text: e for e in events_of(event_pipe, text)}["crackdown"]
    assert ev.actor is not None and ev.actor.sectors == ["GOV"], ev.actor


@pytest.mark.parametrize("text", [
    # written for this test (review34): the opposition's own crackdown or purge
    "Opposition leader Ana Quispe said her crackdown on dissent would continue.",
    "Voters criticised the opposition's crackdown on dissent.",
])
def test_the_oppositions_own_crackdown_stays_opp(event_pipe: Pipeline, text: str) -> None:
    ev = {e.trigger.text: e for e in events_of(event_pipe, text)}["crackdown"]
    assert ev.actor is not None and "GOV" not in ev.actor.sectors, ev.actor


@pytest.mark.parametrize("text,name", [
    # written for this test (review34): "former" ends the sentence before the title
    ("Refugees fled across the former Yugoslavia. Prime Minister Ana Petrov promised aid.",
     "Ana Petrov"),
    ("Trade fell across the former Soviet Union. President Omar Beko blamed sanctions.",
     "Omar Beko"),
])
def test_former_in_the_sentence_before_is_not_the_title(event_pipe: Pipeline, text: str,
                                                        name: str) -> None:
    """``FORMER_BEFORE`` lets a state's name stand between "former" and the
    title, not the end of a sentence ("the former Yugoslavia. Prime Minister X")."""
    ((_, doc, _),) = list(event_pipe.docs([Article(text=text, published=date(2021, 5, 4))]))
    found = [m for m in doc._.actor_mentions if m.text.endswith(name)]
    assert found and all("OPP" not in m.sectors for m in found), found


@pytest.mark.parametrize("window", [
    "FORMER ",  # a headline in capitals
    "Police held the EX-",
    "Former U.S. ",
    "the FORMER US ",
    "Ghana's former ",
])
def test_former_before_ignores_case(window: str) -> None:
    """(issue #12, mends26) "former"/"ex-" in any case marks the title
    after it; only the state's name between keeps its capital."""
    assert FORMER_BEFORE.search(window) is not None


@pytest.mark.parametrize("text,name", [
    # written for this test (mends26): headlines in capitals
    ("FORMER PRESIDENT ARRESTED IN QUITO\nPolice detained him on Monday.", "PRESIDENT"),
    ("EX-PRIME MINISTER HELD\nThe junta arrested him in Bamako on Friday.", "MINISTER"),
    ("Court convicts FORMER Finance Minister Kofi Mensah of fraud", "Kofi Mensah"),
])
def test_an_all_caps_former_title_is_the_opposition(event_pipe: Pipeline, text: str,
                                                    name: str) -> None:
    ((_, doc, _),) = list(event_pipe.docs([Article(text=text, published=date(2021, 5, 4))]))
    found = [m for m in doc._.actor_mentions if m.text.endswith(name)]
    assert found and all("OPP" in m.sectors and not {"GOV", "ELI"} & set(m.sectors)
                         for m in found), found
