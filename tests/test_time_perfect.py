"""Class *undated perfect of result* (eventwire/stages/time/perfect.py,
branch dates25): a present perfect with no date of its own is left
undated, where the undated model would give it the text's last date or the
publication day; a modal perfect, a past perfect, a past simple and a
perfect with its own date are not the class. Every sentence was written
for these tests, none taken from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.nlp.extensions import get_list
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.perfect import perfect_result
from eventwire.stages.time.undated import undated_time
from tests.test_time_foreground import PUB, _doc, _event, _token
from tests.test_time_undated import anchored


@pytest.mark.parametrize("text,word,kind", [
    ("Flooding hit the valley on May 28.\n\nThe authorities have closed every school in "
     "the district.", "closed", "COERCE"),
    ("The ceasefire collapsed on Sunday.\n\nBoth sides have pulled their envoys out of "
     "the talks.", "pulled", "RETREAT"),
    ("Voting ended on May 30.\n\nThe commission has banned two opposition parties.",
     "banned", "COERCE"),
    ("The strike began in March.\n\nPolice have detained dozens of union members.",
     "detained", "COERCE"),
    ("The outbreak was declared on May 25.\n\nNeighbouring states have sealed their "
     "borders.", "sealed", "COERCE"),
])
def test_undated_perfect_is_unknown(timex_pipe: Pipeline, text: str, word: str,
                                    kind: str) -> None:
    doc = _doc(timex_pipe, text)
    tok = _token(doc, word)
    assert perfect_result(tok)
    got = undated_time(doc, _event(tok, kind), tok, get_list(doc, "timexes"), [], PUB,
                       "learned")
    assert (got.value, got.anchor) == (None, "unknown")


@pytest.mark.parametrize("text,word", [
    ("Officials said the blast could have killed dozens.", "killed"),
    ("Police said they had arrested the driver.", "arrested"),
    ("Police arrested the driver near the border.", "arrested"),
    ("The army has been deployed in the capital.", "deployed"),
])
def test_perfect_of_result_class(timex_pipe: Pipeline, text: str, word: str) -> None:
    tok = _token(_doc(timex_pipe, text), word)
    assert perfect_result(tok) == (word == "deployed")


def test_perfect_with_its_own_date_keeps_it(timex_pipe: Pipeline) -> None:
    got = anchored(timex_pipe, "Police have arrested two men on Monday in the port city.",
                   ["arrested"], undated="learned")
    assert got["arrested"][:2] == ("2021-05-31", "day")


@pytest.mark.parametrize("text,word,expected", [
    # a perfect infinitive dates nothing either: kept in the class ...
    ("The gunmen were reported to have fled across the river.", "fled", True),
    ("Smugglers are believed to have bribed the harbour guards.", "bribed", True),
    # ... a perfect gerund is not a "has/have" perfect
    ("The minister denied having ordered the raid.", "ordered", False),
])
def test_perfect_infinitive_stays_in_the_class(timex_pipe: Pipeline, text: str, word: str,
                                               expected: bool) -> None:
    assert perfect_result(_token(_doc(timex_pipe, text), word)) == expected


@pytest.mark.parametrize("text,word", [
    # typeset apostrophes, as most news sites print them
    ("Officials say you’ve seized two more villages.", "seized"),
    ("They’ve closed the main road to the mine.", "closed"),
    ("We’ve evacuated the whole quarter, the mayor said.", "evacuated"),
])
def test_perfect_with_a_typeset_apostrophe(timex_pipe: Pipeline, text: str,
                                           word: str) -> None:
    assert perfect_result(_token(_doc(timex_pipe, text), word))


@pytest.mark.parametrize("text,word,expected", [
    # a second verb shares the first one's "have" ...
    ("Rebels have seized the airport and closed the coast road.", "closed", True),
    ("The regime has jailed the editors and shut down three papers.", "shut", True),
    ("Rebels have seized the airport, closed the coast road and looted the port.",
     "closed", True),
    ("Rebels have seized the airport, closed the coast road and looted the port.",
     "looted", True),
    # ... but not when it has a subject or auxiliary of its own
    ("Police have arrested two men and the army sealed the road.", "sealed", False),
    ("Rebels have seized the airport and will close the coast road.", "close", False),
    ("Troops seized the airport and closed the coast road.", "closed", False),
    # a "conj" with no coordinator between (the parser's misreading of a
    # reduced relative: "farmers shot when ...") shares nothing
    ('The president has denounced the "slaughter" of six farmers shot when the village '
     "they lived in was raided.", "shot", False),
])
def test_coordinated_verb_shares_the_perfect(timex_pipe: Pipeline, text: str, word: str,
                                             expected: bool) -> None:
    assert perfect_result(_token(_doc(timex_pipe, text), word)) == expected
