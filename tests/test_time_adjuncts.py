"""Adjuncts and conjuncts that share a dated act's time
(eventwire/stages/time/adjuncts.py, branch dates31): a participle adjunct of
a past act, a participle set off on the subject, a date inside another
verb's content. Every sentence was written for these tests (PUB: Tuesday
2021-06-01)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.adjuncts import participle_host
from eventwire.stages.time.sentence_date import sentence_date
from tests.test_time_undated import PUB
from tests.time_support import parsed_at


def _sentence_value(pipe: Pipeline, text: str, word: str) -> str | None:
    doc, tok = parsed_at(pipe, text, word)
    found = sentence_date(doc, tok, list(doc._.timexes))
    return found.value if found is not None else None


@pytest.mark.parametrize("text,word,host", [
    ("The army on Sunday ordered the expulsion of two aid workers, accusing them of "
     "smuggling radios.", "accusing", "ordered"),
    ("The government recalled its envoy on Friday, citing threats against his staff.",
     "citing", "recalled"),
    ("The ministry denied the report late on Monday, calling it a smear.", "calling",
     "denied"),
    # a conjunct of the participle
    ("The ministry rejected the report on Monday, calling it a fabrication and accusing "
     "the agency of bias.", "accusing", "rejected"),
])
def test_a_participle_adjunct_has_its_past_host(timex_pipe: Pipeline, text: str, word: str,
                                                host: str) -> None:
    found = participle_host(parsed_at(timex_pipe, text, word)[1])
    assert found is not None and found.text == host


@pytest.mark.parametrize("text,word", [
    # a subordinator: the participle's time is told relative to the host
    ("Before leaving the capital, the envoy met the rebels.", "leaving"),
    # a host in the future or the present is no past act
    ("The army will close the road on Friday, citing threats.", "citing"),
    ("The union says it is striking, citing unpaid wages.", "citing"),
])
def test_other_participles_have_no_host(timex_pipe: Pipeline, text: str, word: str) -> None:
    assert participle_host(parsed_at(timex_pipe, text, word)[1]) is None


@pytest.mark.parametrize("text,word,value", [
    ("The opposition leader, speaking to supporters late on Sunday, urged the army to "
     "arrest the governor.", "urged", "2021-05-30"),
    ("The bishop, addressing a crowd in the cathedral square on Saturday, condemned the "
     "arrests.", "condemned", "2021-05-29"),
    ("The envoy, visiting the refugee camp on Monday, accused the guards of beatings.",
     "accused", "2021-05-31"),
])
def test_a_participle_set_off_on_the_subject_dates_the_act(
        timex_pipe: Pipeline, text: str, word: str, value: str) -> None:
    assert _sentence_value(timex_pipe, text, word) == value


@pytest.mark.parametrize("text,word", [
    # a past participle or a relative clause keeps its own time
    ("The soldiers, deployed to the valley in 2019, withdrew from the town.", "withdrew"),
    ("The miners, who struck in March, blocked the road.", "blocked"),
    ("The farmers, angered by a ruling in April, blocked the road.", "blocked"),
])
def test_other_subject_clauses_keep_their_dates(timex_pipe: Pipeline, text: str,
                                                word: str) -> None:
    assert _sentence_value(timex_pipe, text, word) is None


@pytest.mark.parametrize("text,word,value", [
    ("The interior minister announced on Sunday that the border would stay closed until "
     "August, and accused the neighbours of arming the rebels.", "accused", "2021-05-30"),
    ("The rebels said on Saturday that talks would resume in July, and released two "
     "hostages.", "released", "2021-05-29"),
    ("The mayor warned on Monday that the curfew could last until September, and "
     "ordered the markets shut.", "ordered", "2021-05-31"),
])
def test_a_date_in_another_verbs_content_is_not_the_acts(
        timex_pipe: Pipeline, text: str, word: str, value: str) -> None:
    assert _sentence_value(timex_pipe, text, word) == value


@pytest.mark.parametrize("text,word,value", [
    # the trigger inside the content still takes the content's date
    ("Police said that officers arrested the driver on Sunday and seized his truck.",
     "seized", "2021-05-30"),
    ("The mayor said the council would meet in July and vote on the budget.", "vote",
     "2021-07"),
    ("Troops took the bridge on Saturday and shelled the town.", "shelled", "2021-05-29"),
])
def test_a_date_in_the_acts_own_clause_still_dates_it(
        timex_pipe: Pipeline, text: str, word: str, value: str) -> None:
    assert _sentence_value(timex_pipe, text, word) == value


@pytest.mark.parametrize("text,word,value", [
    ("The army on Sunday ordered the expulsion of two aid workers, accusing them of "
     "smuggling radios.", "accusing", "2021-05-30"),
    ("The junta on Friday ordered the closure of three radio stations, accusing them of "
     "spreading lies.", "accusing", "2021-05-28"),
    ("The police chief on Monday ordered the arrest of the strike leaders, blaming them "
     "for the riots.", "blaming", "2021-05-31"),
])
def test_the_adjunct_of_an_order_takes_its_date(full_pipeline: Any, text: str, word: str,
                                                value: str) -> None:
    ((_, _, result),) = list(full_pipeline.extract([Article(text=text, published=PUB)]))
    times = {e.mention.trigger.text: e.mention.time.value for e in result}
    assert times.get(word) == value, times
