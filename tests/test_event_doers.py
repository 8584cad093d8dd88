"""An event or a condition as the doer of a compulsion or a stoppage
(eventwire/stages/events/event_doers.py). Every sentence here was written for
these tests; each dropped one gave the event with the rule disabled. review69
replaced five that retold development sentences (a vote marred by pressure,
sanctions that freeze assets, drivers forced out, a jet forced to land, gas
supplies halted) by sentences of other verbs and shapes."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


def triggers(pipe: Pipeline, text: str) -> set[str]:
    return {e.trigger.text for e in events_of(pipe, text)}


@pytest.mark.parametrize("text,word", [
    # a protest or a strike compelling a leader; a relative "that"
    ("Weeks of street protests forced the interior minister to resign.", "forced"),
    ("A general strike by dock workers compelled the cabinet to scrap the fuel tax.",
     "compelled"),
    ("The farmers staged a protest that forced the mayor to cancel the fair.", "forced"),
    # a disease's cases or a hazard
    ("Dozens of new cholera cases have forced the district to close its markets.", "forced"),
    ("The shortage of fuel has forced the army to ground its helicopters.", "forced"),
    # an attack stopping something; a passive's agent
    ("Rocket attacks halted traffic at the port for two days.", "halted"),
    ("The audit of the ballots was hindered by a blockade of the election office.",
     "hindered"),
    ("Fresh sanctions froze the overseas holdings of the mining tycoon.", "froze"),
    ("The boycott hindered the work of the electoral commission.", "hindered"),
    ("The tally in the northern province was disrupted by an attack on the counting centre.",
     "disrupted"),
])
def test_event_as_doer_is_no_event(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The coast guard compelled the trawler to return to port.", "compelled"),
    ("Border guards hindered the work of the observers.", "hindered"),
    ("The junta froze the assets of the deposed president.", "froze"),
    ("Militants hampered the delivery of aid to the besieged town.", "hampered"),
    ("Riot police forced the marchers back across the bridge.", "forced"),
])
def test_actor_as_doer_stays(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    # the acts of government in an outbreak stay events (docs/annotation.md)
    ("The government placed three villages under quarantine after the outbreak.",
     "quarantine"),
    ("Japan banned poultry imports from its neighbour over the bird flu outbreak.", "banned"),
    ("The health minister accused the neighbouring government of hiding cholera cases.",
     "accused"),
    ("Mass protests forced the minister out, and police arrested twelve marchers.",
     "arrested"),
])
def test_outbreak_acts_stay(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    # review69: a party or a body named after an event noun is an actor
    ("The National Rally forced the prime minister into a confidence vote.", "forced"),
    ("The Popular Rally for Progress froze the nomination of the new judges.", "froze"),
    ("The Rally of the Republicans forced a recount in three districts.", "forced"),
    ("The Republican Rally compelled the senate to reopen the hearing.", "compelled"),
])
def test_named_body_as_doer_stays(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    # a common event noun opening the sentence, which the tagger may put in a name
    ("Protests and strikes forced the premier to quit.", "forced"),
    ("Riots crippled the bus network of the northern city.", "crippled"),
    ("Sanctions froze the assets of four banks.", "froze"),
])
def test_opening_event_noun_is_no_name(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    # review69: an actor joined by "and" to the event noun keeps the act
    ("Strikes and the opposition forced the government to call early elections.", "forced"),
    ("Protests and the army forced the president to step down.", "forced"),
    ("The vote was disrupted by riots and by armed militiamen.", "disrupted"),
    ("The rally and the police forced the road to close.", "forced"),
])
def test_actor_joined_to_event_doer_stays(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)


def test_word_lists_are_not_repeated() -> None:
    """review69: event_doers.yaml lists only the words no other list it
    reads holds (hazards, outbreak.yaml's violence nouns and measures,
    roles.yaml's quantities)."""
    from eventwire.datafiles import natural_hazards
    from eventwire.stages.events.event_doers import words
    from eventwire.stages.events.mention_lookup import role_classes
    from eventwire.stages.events.outbreak import words as outbreak_words

    o = outbreak_words()
    assert not words()["event_nouns"] & (natural_hazards() | o["disturbance_nouns"]
                                         | o["violent_subjects"])
    assert not words()["frame_nouns"] & (o["measure_nouns"] | role_classes()["quantity"])


@pytest.mark.parametrize("text,word", [
    # a measure read from another list: outbreak.yaml's, roles.yaml's
    ("A spate of riots crippled the bus network of the northern city.", "crippled"),
    ("Three nights of rioting paralysed the centre of the port city.", "paralysed"),
    ("Scores of attacks hampered the delivery of food to the camps.", "hampered"),
])
def test_measures_of_other_lists(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    # events42: an event, a dispute or a plan endangering something; a
    # relative "that"; a participle hung on the noun; a disease or a hazard
    ("A rift inside the ruling coalition threatens the budget deal.", "threatens"),
    ("The council's move threatens to derail the wage talks with the nurses.", "threatens"),
    ("Growers fear a quarrel over water, a dispute that could endanger the harvest.",
     "endanger"),
    ("With the dispute threatening the harvest, growers met the mayor.", "threatening"),
    ("The new ring road project would imperil two rare orchids, botanists said.",
     "imperil"),
    ("A shortage of spare parts is jeopardising the launch of the new ferry.",
     "jeopardising"),
])
def test_event_as_doer_of_danger_is_no_event(event_pipe: Pipeline, text: str,
                                             word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    # a threat someone makes stays (docs/annotation.md: THREATEN)
    ("The rebels threatened to shell the town if the army advanced.", "threatened"),
    ("The union threatens a strike at the port next week.", "threatens"),
    ("Gunmen threatened the villagers and burned their houses.", "threatened"),
    ("Smugglers threatening the border guards with knives were arrested.", "threatening"),
])
def test_party_threat_stays(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)
