"""Class *the complement's subject parsed as the signal's object*
(eventwire/stages/time/clauses.subject_as_object_verb, read by
anchoring.relation_time; branch dates64). In "a day after rebel shelling
killed eleven soldiers" the parser makes "rebel" the object of "after" and
hangs "killed" on the main verb: the complement's verb still lies a day
before the main clause's date. Every sentence was written for these tests,
none taken from an evaluation set; each one here was checked to take the
mis-parse the class covers (or, for the near-misses, to stop at its
boundary)."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.test_time_undated import anchored

# PUB is Tuesday 1 June 2021: "on Monday" is 31 May, "a day after" it 30 May


@pytest.mark.parametrize("text,verb,value", [
    ("The president sacked his army chief on Monday, a day after rebel shelling killed "
     "eleven soldiers at a base in the north.", "killed", "2021-05-30"),
    ("The bank froze its accounts on Monday, a day after agents of the tax police raided "
     "its headquarters.", "raided", "2021-05-30"),
    ("Aid groups left the town on Monday, two days after government shelling struck a "
     "clinic in the old quarter.", "struck", "2021-05-29"),
    ("Opposition deputies walked out of parliament on Monday, a day after riot police of "
     "the interior ministry beat protesters outside the building.", "beat", "2021-05-30"),
])
def test_complement_verb_takes_the_shifted_day(timex_pipe: Pipeline, text: str, verb: str,
                                               value: str) -> None:
    assert anchored(timex_pipe, text, [verb]) == {verb: (value, "day", "narrative")}


@pytest.mark.parametrize("text,verb", [
    # a comma or a dash closes the noun phrase: the verb after it is the main clause's
    ("Troops reopened the road on Monday, a day after the ambush near the pass, and "
     "arrested four suspects.", "arrested"),
    ("Police detained 40 fans on Monday, a day after the match between the two clubs, and "
     "seized knives.", "seized"),
    ("Gunmen kidnapped two engineers on Monday, two days after the election in the "
     "province — and burned their car.", "burned"),
])
def test_verb_after_a_closed_noun_phrase_keeps_the_main_date(timex_pipe: Pipeline,
                                                             text: str, verb: str) -> None:
    assert anchored(timex_pipe, text, [verb])[verb][0] == "2021-05-31"
