"""Whose agent noun (eventwire/stages/actors/agent_owners.py): members of a
body. Sentences written for these tests; none comes from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.test_actors import mentions_of


@pytest.fixture(scope="module")
def pipe(actors_pipe: Pipeline) -> Pipeline:
    return actors_pipe


@pytest.mark.parametrize("text,noun,country,sector", [
    # class *members of a body* (actors27)
    ("Doctors from two American aid groups reached the flooded district on Sunday.",
     "Doctors", "USA", "NGO"),
    ("Officers of the National Intelligence Service searched the editor's house.",
     "Officers", None, "SPY"),
    ("Fighters of the Revolutionary Front ambushed a convoy near the border.", "Fighters",
     None, "REB"),
    ("Delegates from the Red Cross toured the prison in the capital.", "Delegates", None,
     "NGO"),
])
def test_members_act_as_their_body(pipe: Pipeline, text: str, noun: str, country: str | None,
                                   sector: str) -> None:
    _, mentions = mentions_of(pipe, text)
    m = next(m for m in mentions if m.text == noun)
    assert m.sectors[:1] == [sector], m
    if country is not None:
        assert m.country == country, m


@pytest.mark.parametrize("text,noun,sector", [
    # a state is no body: its officials keep their own sector
    ("Officials from Kenya met the delegation in Nairobi.", "Officials", "GOV"),
    # not a member noun: the content of a body's work
    ("Reports from the Red Cross described the camp.", "Reports", None),
    ("Soldiers of Mali's army patrolled the town.", "Soldiers", "MIL"),
])
def test_no_body_no_change(pipe: Pipeline, text: str, noun: str, sector: str | None) -> None:
    _, mentions = mentions_of(pipe, text)
    m = next((m for m in mentions if m.text == noun), None)
    if sector is None:
        assert m is None or "+member" not in m.rule, m
    else:
        assert m is not None and sector in m.sectors and "+member" not in m.rule, m


def test_one_list_of_international_sectors() -> None:
    """review44: the sectors of bodies of no one country are one list, read by
    the members and the spokespeople rules alike."""
    from eventwire.stages.actors import agent_owners, kb, spokespeople

    assert agent_owners.INTERNATIONAL is kb.INTERNATIONAL
    assert spokespeople.INTERNATIONAL is kb.INTERNATIONAL


@pytest.mark.parametrize("text,noun,sector", [
    # review44: one member acts as the body as its colleagues do (the list
    # held "doctors" but not "doctor")
    ("A doctor from the International Committee of the Red Cross treated the wounded.",
     "doctor", "NGO"),
    ("The doctor from the World Health Organization examined the miners in Kolwezi.",
     "doctor", "IGO"),
    ("One doctor of the World Food Programme was kidnapped near the camp.", "doctor", "IGO"),
])
def test_one_member_acts_as_the_body(pipe: Pipeline, text: str, noun: str, sector: str
                                     ) -> None:
    _, mentions = mentions_of(pipe, text)
    m = next(m for m in mentions if m.text.lower().endswith(noun))
    assert m.sectors[:1] == [sector] and m.country is None, m


def test_along_antecedents_first_match_and_cycles() -> None:
    """refactor29: one walk along the antecedent chain for the owner's
    country (agent_owners) and the spokesman's body (spokespeople)."""
    from eventwire.models import ActorMention
    from eventwire.stages.actors.agent_owners import along_antecedents

    chain = [ActorMention(start=0, end=5, text="Kenya", country="KEN"),
             ActorMention(start=10, end=19, text="the group", sectors=["REB"], antecedent=0),
             ActorMention(start=30, end=33, text="its", antecedent=1),
             ActorMention(start=40, end=44, text="they", antecedent=4),
             ActorMention(start=50, end=54, text="them", antecedent=3)]
    has_country = lambda m: bool(m.country)  # noqa: E731
    assert along_antecedents(chain, 2, has_country) is chain[0]
    assert along_antecedents(chain, 2, lambda m: bool(m.sectors)) is chain[1]
    assert along_antecedents(chain, 0, has_country) is chain[0]  # itself first
    assert along_antecedents(chain, 3, has_country) is None  # a cycle ends the walk


@pytest.mark.parametrize("text,noun,sector", [
    # written for this test (actors49): class *a body's members named by a
    # possessive*, the plural's bare "'" and the singular's "'s"
    ("The insurgents' commander was captured near the river.", "commander", "REB"),
    ("The protesters' representatives walked out of the talks.", "representatives", "CVL"),
    ("The militia's fighters looted the market overnight.", "fighters", "UAF"),
])
def test_members_named_by_a_possessive_act_as_the_possessor(
        pipe: Pipeline, text: str, noun: str, sector: str) -> None:
    _, mentions = mentions_of(pipe, text)
    m = next(m for m in mentions if m.text == noun)
    assert m.sectors[:1] == [sector], m


@pytest.mark.parametrize("text,noun,country", [
    # actors59, class *a possessed agent over the story's country*: the
    # story is about one country, the possessive's owner is another's
    ("BOGOTA - Colombian police arrested three smugglers on Monday. Colombian officials said "
     "the route was closed. Ecuador's defence ministry denied that its soldiers had crossed "
     "the river.", "soldiers", "ECU"),
    ("NAIROBI - Kenyan police dispersed a crowd in Nairobi. Kenyan officials said two were "
     "hurt. Tanzanian President Jakaya Kikwete said his government would reopen the "
     "border crossing.",
     "government", "TZA"),
    ("MANILA - Philippine troops patrolled the reef. Philippine officials said the patrol "
     "would go on. Vietnam said its fishermen had been chased away by the patrol.",
     "fishermen", "VNM"),
])
def test_a_possessed_agent_takes_its_owner_over_the_story(pipe: Pipeline, text: str,
                                                          noun: str, country: str) -> None:
    _, mentions = mentions_of(pipe, text)
    m = next(m for m in mentions if m.text == noun)
    assert m.country == country, m


def test_a_possessed_agent_of_the_story_keeps_its_rule(pipe: Pipeline) -> None:
    """Owner and story agree: nothing to change, the home rule stays."""
    _, mentions = mentions_of(pipe, "NAIROBI - Kenyan police dispersed a crowd. Kenyan "
                                    "officials said two were hurt. Kenya's interior ministry "
                                    "said its officers had used tear gas.")
    m = next(m for m in mentions if m.text == "officers")
    assert m.country == "KEN" and m.rule == "agent+home", m


def test_a_noun_possessor_leaves_the_story_country(pipe: Pipeline) -> None:
    """Over the story's country only a possessive pronoun's owner decides: a
    noun possessor with another country ("Indian traders' unions" in a story
    about Sri Lanka) leaves the home step's answer."""
    _, mentions = mentions_of(pipe, "COLOMBO - Sri Lankan police arrested 12 fishermen on "
                                    "Monday. Sri Lankan officials said the boats were seized. "
                                    "Indian traders' unions said the arrests were unjust.")
    m = next(m for m in mentions if m.text == "unions")
    assert m.country == "LKA" and m.rule == "agent+home", m
