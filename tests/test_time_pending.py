"""Class *pending condition* (eventwire/stages/time/pending.py, branch
dates18): the event of an "until" / "unless" / "once" clause set as a
condition still awaited has no date, though its sentence or its statement
has one; a narrated past "until" clause keeps its date. Every sentence was
written for these tests, none taken from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.pending import (
    condition_deadline,
    conditional_step,
    pending_condition,
)
from tests.test_time_undated import PUB, anchored


@pytest.mark.parametrize("text,statement,condition", [
    ("The union said on Monday that its members would strike until the company raises "
     "wages.", "said", "raises"),
    ("Farmers vowed on Friday to block the highway until the fuel tax is scrapped.",
     "vowed", "scrapped"),
    ("The rebels warned on Sunday that they would shell the port unless the army "
     "withdrew.", "warned", "withdrew"),
    ("Officials announced on Thursday that schools would reopen once the floods have "
     "receded.", "announced", "receded"),
    ("\"We will stay in the square until the mayor resigns,\" a student leader told "
     "reporters on Saturday.", "told", "resigns"),
])
def test_awaited_condition_is_undated(timex_pipe: Pipeline, text: str, statement: str,
                                      condition: str) -> None:
    got = anchored(timex_pipe, text, [statement, condition])
    assert got[statement][0] is not None  # the statement keeps its day
    assert got[condition][0] is None
    assert got[condition][2] == "unknown"


@pytest.mark.parametrize("text,verb", [
    ("Police held the activists on Monday until their lawyers arrived.", "arrived"),
    ("The militia occupied the airport in 2019 until the army drove it out.", "drove"),
    ("Guards searched the cells on Friday until they found the weapon.", "found"),
])
def test_narrated_past_until_keeps_its_date(timex_pipe: Pipeline, text: str,
                                            verb: str) -> None:
    assert anchored(timex_pipe, text, [verb])[verb][0] is not None


@pytest.mark.parametrize("text,word,pending", [
    ("Miners will stay underground until the company pays them.", "pays", True),
    ("The party threatened to quit the coalition unless the minister was sacked.", "sacked",
     True),
    ("Talks would resume once both armies have pulled back.", "pulled", True),
    ("They are camping outside parliament till the law is withdrawn.", "withdrawn", True),
    ("The crowd chanted slogans until police dispersed it.", "dispersed", False),
    ("Soldiers guarded the bridge until the convoy had crossed.", "crossed", False),
    ("The minister resigned after the vote was lost.", "lost", False),
])
def test_pending_condition_predicate(timex_pipe: Pipeline, text: str, word: str,
                                     pending: bool) -> None:
    ((_, doc, _),) = list(timex_pipe.docs([Article(text=text, published=PUB)]))
    assert pending_condition(next(t for t in doc if t.text == word)) is pending


# review18: an infinitive of purpose in a narrated past ("were deployed to keep
# order until ...") tells what happened; only an infinitive of a vow, a call
# or a threat looks ahead
@pytest.mark.parametrize("text,word,pending", [
    ("Riot police were deployed to keep order until the crowd dispersed late on Sunday.",
     "dispersed", False),
    ("Soldiers stayed behind to guard the bridge until the convoy crossed.", "crossed",
     False),
    ("The rebels vowed to keep fighting until the government fell.", "fell", True),
])
def test_an_infinitive_of_purpose_is_narrated(timex_pipe: Pipeline, text: str, word: str,
                                              pending: bool) -> None:
    ((_, doc, _),) = list(timex_pipe.docs([Article(text=text, published=PUB)]))
    assert pending_condition(next(t for t in doc if t.text == word)) is pending


# dates62: class *a step promised on a condition* -- a future step with an
# if/unless clause of its own is undated however precisely its day is named
# (relabel64 (a)); written for these tests
@pytest.mark.parametrize("text,statement,step", [
    ("The farmers' union said on Monday that its members would block the ring road Friday "
     "if the grain price was not raised.", "said", "block"),
    ("\"If the judge jails our leader, we will occupy the ministry next week,\" a student "
     "spokesman told reporters on Sunday.", "told", "occupy"),
    ("Taxi drivers warned on Tuesday that they would hold a rally on December 9 unless "
     "the city dropped the new fares.", "warned", "rally"),
    ("The nurses' federation announced on Wednesday that it would strike from Monday "
     "unless wards were staffed.", "announced", "strike"),
])
def test_a_step_promised_on_a_condition_is_undated(timex_pipe: Pipeline, text: str,
                                                   statement: str, step: str) -> None:
    got = anchored(timex_pipe, text, [statement, step])
    assert got[statement][0] is not None  # the statement keeps its day
    assert got[step][0] is None
    assert got[step][2] == "unknown"


@pytest.mark.parametrize("text,word,step", [
    ("Dockers will march on the port on Friday if talks fail.", "march", True),
    ("The party would call a general strike next week unless the decree is withdrawn.",
     "strike", True),
    # a future with no condition keeps its own day
    ("Dockers will march on the port on Friday.", "march", False),
    # a past counterfactual, a modal of possibility, the threat verb itself
    ("The bomb would have killed dozens if it had gone off.", "killed", False),
    ("Warsaw could close the crossing on Monday if the detentions continue.", "close",
     False),
    ("The union warned that it would strike if wages were cut.", "warned", False),
])
def test_conditional_step_predicate(timex_pipe: Pipeline, text: str, word: str,
                                    step: bool) -> None:
    ((_, doc, _),) = list(timex_pipe.docs([Article(text=text, published=PUB)]))
    assert conditional_step(next(t for t in doc if t.text == word)) is step


# --- class *a deadline in a condition* (dates64): the act an if/unless clause
# awaits by a deadline takes the deadline's date (PUB is Tuesday 1 June 2021)
@pytest.mark.parametrize("text,act,expected", [
    ("Dockers' leaders said they would shut the port if the two organisers were not "
     "released by Friday.", "released", ("2021-06-04", "day", "explicit")),
    ("The opposition threatened to boycott the vote unless the electoral roll was "
     "corrected by the end of the year.", "corrected", ("2021-12-31", "day", "explicit")),
    ("\"If the ministry fails to restore the subsidy by 15 July, we will stop "
     "deliveries,\" the farmers' federation said.", "restore",
     ("2021-07-15", "day", "explicit")),
    ("Residents warned that they would blockade the mine if the spill was not cleaned up "
     "by the weekend.", "cleaned", ("2021-W22", "week", "explicit")),
])
def test_a_deadline_in_a_condition_dates_the_awaited_act(timex_pipe: Pipeline, text: str,
                                                          act: str,
                                                          expected: tuple[str, ...]) -> None:
    assert anchored(timex_pipe, text, [act])[act] == expected


@pytest.mark.parametrize("text,word", [
    # a condition with a day but no "by": not a deadline
    ("The union would strike if the men were not freed on Friday.", "freed"),
    # "by" names an agent, not a date
    ("The family said it would pay if the boy was not released by his captors.",
     "released"),
    # a "by" date outside any condition: a narrated past
    ("Officials said the hostages were freed by Friday after talks.", "freed"),
])
def test_no_deadline_outside_a_conditions_by_date(timex_pipe: Pipeline, text: str,
                                                  word: str) -> None:
    ((_, doc, _),) = list(timex_pipe.docs([Article(text=text, published=PUB)]))
    trigger = next(t for t in doc if t.text == word)
    assert condition_deadline(trigger, doc._.timexes) is None
