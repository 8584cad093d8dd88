"""Scheduled acts read as ``future`` (``stages/factuality/schedule.py``,
modality21, issue #12): each class with at least three own examples (none
from an evaluation set) and look-alikes that stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.factuality.component import factuality_for_token

COMPONENTS = ("eventwire_actors", "eventwire_quotes")


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(settings=Settings(factuality_model="rules"), components=COMPONENTS)


def modality(pipe: Pipeline, text: str, word: str) -> str:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2024, 5, 6))]))
    index = next(t.i for t in doc if t.text == word)
    return factuality_for_token(doc, index, []).modality


# an infinitive under a word of arrangement or under "be"
@pytest.mark.parametrize("text,word", [
    ("The court is due to rule on the appeal of the opposition leader on Friday.", "rule"),
    ("Foreign ministers of the two countries are set to meet in Geneva next week.", "meet"),
    ("Police were about to arrest the smuggler when he escaped across the border.", "arrest"),
    ("The former governor is to be sentenced in March by a federal judge.", "sentenced"),
    ("The army is poised to launch an offensive on the northern town.", "launch"),
    # a noun in the infinitive's object takes its reading
    ("The rivals are due to begin a new round of negotiations in Oslo.", "negotiations"),
])
def test_scheduled_infinitive(pipe: Pipeline, text: str, word: str) -> None:
    assert modality(pipe, text, word) == "future"


# a headline infinitive: the subject with "to" and no finite verb
@pytest.mark.parametrize("text,word", [
    ("Germany to expel two Iranian diplomats over spying case", "expel"),
    ("Union to strike at three ports next month", "strike"),
    ("Mayor to meet protest leaders after weekend clashes", "meet"),
])
def test_headline_infinitive(pipe: Pipeline, text: str, word: str) -> None:
    assert modality(pipe, text, word) == "future"


# an event noun as the subject of a schedule
@pytest.mark.parametrize("text,word", [
    ("A hearing for the accused soldiers has been scheduled for Thursday.", "hearing"),
    ("The trial of the three officers is expected to begin next month.", "trial"),
    ("A march through the capital is planned for Saturday.", "march"),
])
def test_scheduled_subject(pipe: Pipeline, text: str, word: str) -> None:
    assert modality(pipe, text, word) == "future"


# look-alikes: no schedule, or a negated one
@pytest.mark.parametrize("text,word,expected", [
    ("Flights were cancelled due to the strike at the airport.", "strike", "asserted"),
    ("Protesters set fire to a police station on Sunday.", "fire", "asserted"),
    ("The hearing took place on Thursday behind closed doors.", "hearing", "asserted"),
    ("The government said it had arrested the two men.", "arrested", "asserted"),
    ("The trial is not expected to begin before next year.", "trial", "asserted"),
])
def test_not_scheduled(pipe: Pipeline, text: str, word: str, expected: str) -> None:
    assert modality(pipe, text, word) == expected


# a noun beside the scheduled act, and a plan whose planner is named
@pytest.mark.parametrize("text,word", [
    ("The officer was about to be charged in connection with the bombings.", "bombings"),
    ("Investigators said the riot had been planned by a small group.", "riot"),
    ("The minister is due to testify about the raids next week.", "raids"),
])
def test_beside_the_schedule(pipe: Pipeline, text: str, word: str) -> None:
    assert modality(pipe, text, word) != "future"


# review24: "due to" naming a cause is no schedule ("was due to a gas leak")
@pytest.mark.parametrize("text,word", [
    ("The blast at the depot was due to a gas leak, investigators said.", "blast"),
    ("The closure of the border crossing was due to the fighting in the north.", "closure"),
    ("Officials said the evacuation was due to fears of another earthquake.", "evacuation"),
])
def test_due_to_a_cause_is_not_scheduled(pipe: Pipeline, text: str, word: str) -> None:
    assert modality(pipe, text, word) != "future"


def test_due_to_an_infinitive_stays_scheduled(pipe: Pipeline) -> None:
    assert modality(pipe, "The hearing is due to start on Friday.", "hearing") == "future"


# review24: "set" of a schedule needs its date or infinitive ("set for
# Monday", "set to open"); "a bomb was set off", "a fire was set" were done
@pytest.mark.parametrize("text,word", [
    ("A bomb was set off near the crowded market on Tuesday.", "bomb"),
    ("A fire was set at the entrance of the mosque overnight.", "fire"),
    ("Several explosives were set off inside the stadium, police said.", "explosives"),
])
def test_set_off_is_not_scheduled(pipe: Pipeline, text: str, word: str) -> None:
    assert modality(pipe, text, word) != "future"


@pytest.mark.parametrize("text,word", [
    ("The vote was set for Monday.", "vote"),
    ("The summit is set to open in Rome.", "summit"),
])
def test_set_for_a_date_stays_scheduled(pipe: Pipeline, text: str, word: str) -> None:
    assert modality(pipe, text, word) == "future"


# review24: "set out to" (a phrasal verb: they undertook it) is no schedule
@pytest.mark.parametrize("text,word", [
    ("Investigators set out to examine the wreckage last year.", "examine"),
    ("The commission set out to question every witness of the massacre.", "question"),
    ("Two reporters set out to interview the rebel commander in 2019.", "interview"),
])
def test_set_out_to_is_not_scheduled(pipe: Pipeline, text: str, word: str) -> None:
    assert modality(pipe, text, word) != "future"


# review24: an act under way whose end or run is scheduled is no future act
# ("the strike is expected to end on Friday": the strike is on now)
@pytest.mark.parametrize("text,word", [
    ("The strike at the steel plant is expected to end on Friday.", "strike"),
    ("The fighting in the east is expected to continue for weeks.", "fighting"),
    ("The blockade of the port is due to last until March.", "blockade"),
    ("The protests are set to continue through the weekend.", "protests"),
])
def test_act_under_way_is_not_scheduled(pipe: Pipeline, text: str, word: str) -> None:
    assert modality(pipe, text, word) != "future"


# review24: a schedule told in the past perfect is no schedule of the
# source's now ("had been planned for months": the bombing took place)
@pytest.mark.parametrize("text,word", [
    ("The bombing had been planned for months, prosecutors said.", "bombing"),
    ("The attack had been expected for weeks before it came.", "attack"),
    ("The hearing had been scheduled for Thursday but was postponed.", "hearing"),
])
def test_past_perfect_schedule_is_not_future(pipe: Pipeline, text: str, word: str) -> None:
    assert modality(pipe, text, word) != "future"


def test_present_perfect_schedule_stays_future(pipe: Pipeline) -> None:
    assert modality(pipe, "A hearing has been scheduled for Thursday.", "hearing") == "future"


def test_one_to_infinitive_test_for_the_stage() -> None:
    """mends24: ``schedule`` had its own copy (``_to_aux``) of the clauses'
    to-infinitive test; one helper serves both."""
    from eventwire.stages.factuality import clauses, schedule

    assert schedule.to_infinitive is clauses.to_infinitive
    assert not hasattr(schedule, "_to_aux") and not hasattr(clauses, "_to_infinitive")


@pytest.mark.parametrize("text,word,expected", [
    ("The former governor is to be sentenced in March.", "sentenced", True),
    ("The court is due to rule on Friday.", "rule", True),
    ("Ministers want to meet in Geneva next week.", "meet", True),
    ("The ministers flew to Geneva on Monday.", "flew", False),
    ("The court ruled on Friday.", "ruled", False),
])
def test_to_infinitive(spacy_nlp, text: str, word: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    from eventwire.stages.factuality.clauses import to_infinitive

    doc = spacy_nlp(text)
    assert to_infinitive(next(t for t in doc if t.text == word)) is expected


# mends24: an infinitive under a copula with a noun subject is a schedule
# only when the noun names an aim ("the plan was to", "the aim is to"); a
# noun that names the act done by its role or worth ("his mistake was to",
# "the problem was to", "their response was to") identifies a done act
@pytest.mark.parametrize("text,word", [
    ("His only mistake was to trust the smugglers who took his money.", "trust"),
    ("The army's response was to shell the villages along the river.", "shell"),
    ("Their first move was to arrest the leaders of the strike.", "arrest"),
    ("The problem was to feed the thousands who had fled the fighting.", "feed"),
])
def test_an_act_named_by_its_role_is_not_scheduled(pipe: Pipeline, text: str, word: str) -> None:
    assert modality(pipe, text, word) != "future"


@pytest.mark.parametrize("text,word", [
    ("The plan is to evacuate the wounded by sea next week.", "evacuate"),
    ("The aim of the talks is to agree a ceasefire before the winter.", "agree"),
    ("The minister is to visit the flooded region on Friday.", "visit"),
])
def test_an_aim_under_a_copula_stays_scheduled(pipe: Pipeline, text: str, word: str) -> None:
    assert modality(pipe, text, word) == "future"


# review32: a role noun names a done act only in the past ("his mistake was
# to", "the problem had been to"); in the present the act is still ahead, as
# under an aim noun ("the challenge is to feed", "the solution is to hold")
@pytest.mark.parametrize("text,word", [
    ("The challenge now is to feed the families who fled the floods.", "feed"),
    ("The only solution is to hold new elections next spring.", "hold"),
    ("Our answer is to rebuild the bridge before the rains.", "rebuild"),
])
def test_a_role_noun_in_the_present_stays_scheduled(pipe: Pipeline, text: str, word: str) -> None:
    assert modality(pipe, text, word) == "future"


def test_a_role_noun_in_the_past_perfect_is_a_done_act(pipe: Pipeline) -> None:
    text = "Her error had been to sign the deal without a lawyer."
    assert modality(pipe, text, "sign") != "future"


# missed57: an event noun compounded on a date that is set or scheduled
@pytest.mark.parametrize("text,word", [
    ("A provisional trial date has been set for the two fishermen accused of smuggling.",
     "trial"),
    ("TRIAL DATE SET FOR TEACHER ACCUSED OF ARSON", "TRIAL"),
    ("The court said a hearing date had been scheduled for 3 March.", "hearing"),
])
def test_a_proceeding_whose_date_is_set_is_scheduled(pipe: Pipeline, text: str,
                                                     word: str) -> None:
    assert modality(pipe, text, word) == "future"


@pytest.mark.parametrize("text,word", [
    ("The trial date passed without a word from the prosecutors.", "trial"),
    ("The election date fell on a public holiday, the commission said.", "election"),
])
def test_a_date_nobody_sets_is_no_schedule(pipe: Pipeline, text: str, word: str) -> None:
    assert modality(pipe, text, word) != "future"
