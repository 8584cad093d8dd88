"""A re-told killing takes the weapon of the same act
(eventwire/stages/events/retold_killings.py, modes38; guide decision 1 of
relabel49). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.events.retold_killings import _another_act, _other_year
from tests.conftest import event_at


@pytest.fixture(scope="module")
def pipe(mode_rules_pipe: Pipeline) -> Pipeline:
    """The rule cascade alone (``conftest.mode_rules_pipe``, built once)."""
    return mode_rules_pipe


CARRIED = [
    # the same victim, named
    ("Union leader mourned in Cali\nMasked gunmen shot the trade unionist Pedro Alvarado "
     "outside a bakery in Cali on Monday. Prosecutors on Friday charged two brothers with "
     "killing Pedro Alvarado.", "killing", "firearms"),
    # the same victim, named in apposition to the shot party's head noun
    ("A gunman shot the village headman, Tomas Ruiz, near the well on Sunday. Police "
     "detained a farmhand on Monday on suspicion of killing Tomas Ruiz.", "killing",
     "firearms"),
    # the attack as the killing's cause: its subject ...
    ("Warplanes bombed a fuel depot outside Marib on Sunday. Local officials said the raids "
     "killed six guards.", "killed", "aerial"),
    # ... or its "in" phrase, the weapon told before it
    ("A drone struck a car carrying a militia commander near Sirte on Friday. The commander "
     "was killed in the strike, the militia said.", "killed", "drone"),
    # a definite killing noun, the weapon told after it
    ("Villagers bury wedding guests in Tessit\nThe killing of nine guests at a wedding in "
     "Tessit drew condemnation on Sunday. Witnesses said soldiers had opened fire on the "
     "party on Saturday.", "killing", "firearms"),
    # a headline's killing in an attack the body tells with its weapon
    ("Two rangers killed in ambush in Garamba park\nPoachers opened fire on a ranger patrol "
     "in the Garamba park on Tuesday, officials said.", "killed", "firearms"),
]

NOT_CARRIED = [
    # two attacks with different weapons: "the killings" cannot be pinned to one
    ("Gunmen opened fire on a bus near Bunia on Monday. On Tuesday a roadside bomb hit an "
     "army truck on the same road. The killings drew protests in the town.", "killings"),
    # a killing years earlier: the same class of victims, another year
    ("Police fired tear gas at students outside the parliament on Saturday. Dozens of "
     "students were killed there in 2016 during a general strike.", "killed"),
    # a killing told as another act ("similar")
    ("Police fired tear gas at protesters in the capital on Saturday. In 2019, dozens of "
     "protesters were killed in a similar crackdown.", "killed"),
    # the attack named as the cause is the act, not the rockets fired at the same class
    # of victims; the story has two weapons, so "the raids" stay open
    ("Rebels fired rockets at civilians in Abha on Monday. Warplanes pounded rebel "
     "positions near Saada on Tuesday, and the raids killed four civilians, rebel "
     "television said.", "killed"),
    # a killing by a different actor than the shooting of the same kind of victims
    ("Egyptian border guards shot two smugglers near Rafah on Monday. On Tuesday Israeli "
     "troops killed three smugglers near Kerem Shalom.", "killed"),
]


@pytest.mark.parametrize("text,word,mode", CARRIED)
def test_carried(pipe: Pipeline, text: str, word: str, mode: str) -> None:
    event = event_at(pipe, text, word)
    assert (event.type, event.mode) == ("ASSAULT", mode), (event.trigger.text, event.rules)


@pytest.mark.parametrize("text,word", NOT_CARRIED)
def test_not_carried(pipe: Pipeline, text: str, word: str) -> None:
    event = event_at(pipe, text, word)
    assert (event.type, event.mode) == ("ASSAULT", None), (event.trigger.text, event.rules)


def test_the_learned_pipeline_carries_too() -> None:
    """The carry runs after the ranker: the default settings keep it."""
    pipe = Pipeline(Settings(), components=("eventwire_actors", "eventwire_events"))
    event = event_at(pipe, next(t for t, _w, _m in CARRIED if "Marib" in t), "killed")
    assert event.mode == "aerial"


def test_another_time() -> None:
    assert _another_act("In a similar raid, ten were killed.", "")
    assert _another_act("Ten were killed in 2019.", "Troops fired on the crowd in 2021.")
    assert not _another_act("The June 2023 killing of Ali.", "Ali was shot in June 2023.")
    assert not _another_act("The killing of Ali.", "Ali was shot in June 2023.")
    assert _other_year("Students were killed in 2016.", "Police fired on students.")
    assert not _other_year("Students were killed.", "Police fired on students in 2016.")


# modes42: a headline's killing and a killing a court or a charge re-tells
# carry the article's one weapon mode (own sentences)
RETOLD = [
    # headlines: a bare killing, a plural killing noun, an active killing
    ("Fisherman killed near the reef; navy blamed\nA navy patrol boat opened fire on a "
     "fishing skiff near the reef on Sunday, villagers said.", "killed", "firearms"),
    ("Curfew in Port Lanta after weekend killings\nGunmen sprayed a bar with bullets in "
     "Port Lanta on Saturday night and shot six men, police said.", "killings", "firearms"),
    ("Border guards kill teenager at river crossing\nBorder guards opened fire on a boy "
     "wading across the river on Monday, his family said.", "kill", "firearms"),
    # court frames: charged with, convicted of, arrested on suspicion of
    ("Two soldiers were charged on Tuesday with killing a student in Ngozi. Witnesses said "
     "soldiers had opened fire on pupils leaving the school gate.", "killing", "firearms"),
    ("A jury on Friday convicted a former bodyguard of murdering a shopkeeper in Tiraspol. "
     "Prosecutors said he shot the man twice in the back during a robbery.", "murdering",
     "firearms"),
    ("Police arrested a farmer on suspicion of killing a herder in Bama. Villagers said a "
     "drone had struck the young man near the well before dawn.", "killing", "drone"),
]

RETOLD_NOT = [
    # two killings in one story, one by a knife: the headline names both
    ("Trader and driver killed in Kisumu\nGunmen shot a trader outside his shop on Monday. "
     "On Tuesday a taxi driver was stabbed to death near the bus park.", "killed"),
    # a shooting and a separate bombing
    ("Policeman and two traders killed in north-west Pakistan\nGunmen shot a policeman in "
     "Mardan on Monday. On Tuesday a car bomb killed two traders outside a market in "
     "Peshawar.",
     "killed"),
    # a killing years ago told with its own weapon, beside a shooting now
    ("A court jailed a former militia commander on Monday for the killing of three farmers "
     "in 2009, when militiamen stabbed them to death. On Sunday soldiers opened fire on "
     "protesters outside the court.", "killing"),
    # a toll of unrest and a traffic death in the headline (the guide's near-misses)
    ("Three killed as protest turns violent in Lome\nPolice fired live rounds at marchers "
     "in Lome on Saturday, witnesses said.", "killed"),
    ("Cyclist killed by police van in Nakuru\nPolice fired tear gas at traders in Nakuru "
     "on Friday after a cyclist died.", "killed"),
    # the other side's weapon: rebels claim a killing, the army's helicopters bombed
    ("Rebels say they killed twelve soldiers near Kidal\nArmy helicopters bombed rebel "
     "positions in the hills near Kidal on Monday, the army said.", "killed"),
    # review94: a court's killing of a year beside a weapon told with no year
    ("A former rebel commander was convicted on Tuesday of killing 14 miners near Kalehe in "
     "2013. Last week his former fighters shelled an army post near Kalehe.", "killing"),
    ("A tribunal in Bangui found a militia chief guilty of murdering a priest in 2014. On "
     "Sunday militiamen opened fire on a convoy near Bambari, the UN said.", "murdering"),
    # review94: a weapon told as a separate act
    ("The opposition accused the police of killing a student in Kara. Separately, police "
     "shot two robbers near the market on Wednesday, the police said.", "killing"),
    ("Herder killed in Bauchi village\nIn a separate incident, gunmen opened fire on "
     "travellers on the Jos road on Monday, police said.", "killed"),
]


@pytest.mark.parametrize("text,word,mode", RETOLD)
def test_retold_frame_carried(pipe: Pipeline, text: str, word: str, mode: str) -> None:
    event = event_at(pipe, text, word)
    assert (event.type, event.mode) == ("ASSAULT", mode), (event.trigger.text, event.rules)


@pytest.mark.parametrize("text,word", RETOLD_NOT)
def test_retold_frame_not_carried(pipe: Pipeline, text: str, word: str) -> None:
    event = event_at(pipe, text, word)
    assert (event.type, event.mode) == ("ASSAULT", None), (event.trigger.text, event.rules)
