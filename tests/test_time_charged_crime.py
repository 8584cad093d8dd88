"""Class *the charge's crime* (eventwire/stages/time/governing.py,
``charged_crime``, branch dates18): a past date inside the crime a verb of
charging names dates the crime, not the charge; a date that is the
preposition's own object, and a recent day, stay the verb's. PUB is a
Tuesday (2021-06-01). Every sentence was written for these tests, none
taken from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.test_time_undated import anchored


@pytest.mark.parametrize("text,verb", [
    ("A former guard has been charged in the 1994 killings of three prisoners.", "charged"),
    ("The teacher was convicted of defrauding the school in 2012.", "convicted"),
    ("Prosecutors accused the mayor of taking bribes from builders in March 2019.",
     "accused"),
    ("Two nurses were indicted for poisoning patients at a clinic in 2016.", "indicted"),
])
def test_crime_date_is_not_the_charge_date(timex_pipe: Pipeline, text: str,
                                           verb: str) -> None:
    assert anchored(timex_pipe, text, [verb])[verb][0] is None


@pytest.mark.parametrize("text,verb,value", [
    ("The officer was convicted in June 2019 of assault.", "convicted", "2019-06"),
    ("Activists accused the police of beating protesters on Sunday.", "accused",
     "2021-05-30"),
    ("A court in the capital convicted the former minister in 2018.", "convicted", "2018"),
])
def test_own_date_of_the_charge_stays(timex_pipe: Pipeline, text: str, verb: str,
                                      value: str) -> None:
    assert anchored(timex_pipe, text, [verb])[verb][0] == value
