"""The sentence's date of a trigger (eventwire/stages/time/sentence_date.py,
split from anchoring.py in split18), called directly on parsed sentences.
Every sentence was written for these tests (PUB: Tuesday 2021-06-01)."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.sentence_date import past_perfect, present_perfect, sentence_date
from tests.time_support import parsed_at


@pytest.mark.parametrize("text,word,expected", [
    ("Troops took the town on Friday and have dug in.", "dug", True),
    ("The mayor has resigned.", "resigned", True),
    ("The minister had resigned before the vote.", "resigned", False),
    ("Soldiers stormed the building on Monday.", "stormed", False),
])
def test_present_perfect(timex_pipe: Pipeline, text: str, word: str, expected: bool) -> None:
    assert present_perfect(parsed_at(timex_pipe, text, word)[1]) is expected


@pytest.mark.parametrize("text,word,expected", [
    ("The minister had resigned before the vote.", "resigned", True),
    ("The court had convicted him in 2019.", "convicted", True),
    ("The mayor has resigned.", "resigned", False),
    ("Villagers fled their homes.", "fled", False),
])
def test_past_perfect(timex_pipe: Pipeline, text: str, word: str, expected: bool) -> None:
    assert past_perfect(parsed_at(timex_pipe, text, word)[1]) is expected


@pytest.mark.parametrize("text,word,value", [
    # the nearest date before the trigger, though it governs another verb
    ("On Monday, soldiers stormed the building and arrested ten men.", "arrested",
     "2021-05-31"),
    ("Late on Friday police fired tear gas to disperse the crowd.", "disperse", "2021-05-28"),
    # a date after the trigger that the parse links to it
    ("Soldiers stormed the building on Monday.", "stormed", "2021-05-31"),
    ("The army seized power in a 2014 coup.", "seized", "2014"),
])
def test_the_sentence_dates_the_trigger(timex_pipe: Pipeline, text: str, word: str,
                                        value: str) -> None:
    doc, tok = parsed_at(timex_pipe, text, word)
    found = sentence_date(doc, tok, list(doc._.timexes))
    assert found is not None and found.value == value


@pytest.mark.parametrize("text,word", [
    # class *present statement or state*
    ("The rebels seized the town in October, although experts say the army still holds it.",
     "say"),
    # class *present perfect*
    ("Troops took the town on Friday and have dug in.", "dug"),
    # class *dated noun*: the year is the deal's
    ("The militia rejected the 2016 peace deal.", "rejected"),
    # a relative clause describing a noun has its own time
    ("Police arrested a man who attacked a guard on Saturday.", "attacked"),
    # a date after the trigger in a coordinated clause is that clause's
    ("The army blamed the rebels and says they struck 11 days later.", "blamed"),
])
def test_no_sentence_date(timex_pipe: Pipeline, text: str, word: str) -> None:
    doc, tok = parsed_at(timex_pipe, text, word)
    assert doc._.timexes  # the sentence has a date, and it is not the trigger's
    assert sentence_date(doc, tok, list(doc._.timexes)) is None


def test_skipped_expression_is_not_taken(timex_pipe: Pipeline) -> None:
    doc, tok = parsed_at(timex_pipe, "Soldiers stormed the building on Monday.", "stormed")
    timexes = list(doc._.timexes)
    assert sentence_date(doc, tok, timexes, skip=timexes[0]) is None


@pytest.mark.parametrize("text,word", [
    # class *present statement or state* through a present of "be" (dates31)
    ("After the blast on Sunday, the ministry is working with the police to trace the "
     "bombers.", "working"),
    ("Two sailors drowned on Saturday, and coast guards are currently questioning the "
     "crew.", "questioning"),
    ("Since the outbreak in May, the farm is being sealed off by soldiers.", "sealed"),
])
def test_a_present_progressive_takes_no_other_clause_date(timex_pipe: Pipeline, text: str,
                                                          word: str) -> None:
    doc, tok = parsed_at(timex_pipe, text, word)
    assert sentence_date(doc, tok, list(doc._.timexes)) is None


@pytest.mark.parametrize("text,word,value", [
    ("On Sunday riot police were firing tear gas at the crowd.", "firing", "2021-05-30"),
    ("Late on Monday the frigate was escorting three tankers.", "escorting", "2021-05-31"),
    ("On Saturday the army was shelling the port.", "shelling", "2021-05-29"),
])
def test_a_past_progressive_keeps_its_sentence_date(timex_pipe: Pipeline, text: str,
                                                    word: str, value: str) -> None:
    doc, tok = parsed_at(timex_pipe, text, word)
    found = sentence_date(doc, tok, list(doc._.timexes))
    assert found is not None and found.value == value
