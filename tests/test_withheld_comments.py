"""Declining to say or to comment outside public life
(eventwire/stages/events/withheld_comments.py, issue #12, branch false50).
Every sentence here was written for these tests; each dropped one gave a
REJECT with the rule disabled (checked when written)."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger


@pytest.fixture(scope="module")
def pipe(event_pipe: Pipeline) -> Pipeline:
    return event_pipe


@pytest.mark.parametrize("text,word", [
    ("A neighbour who declined to give his name said the family had moved away.", "declined"),
    ("The actress's publicist declined to say where she was staying.", "declined"),
    ("Her manager refused to comment on reports that the singer had entered a clinic.",
     "refused"),
    ("The hospital declined to release details of the patients' condition.", "declined"),
    ("Police declined to release the names of the two victims until their families were "
     "told.", "declined"),
])
def test_a_private_refusal_to_tell_is_no_event(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The interior minister declined to comment on the arrests of the opposition leaders.",
     "declined"),
    ("The defence ministry declined to say how many troops had crossed the border.",
     "declined"),
    ("An army spokesman declined to specify where the missiles were deployed.", "declined"),
    ("Police declined to say how many protesters had been detained at the rally.",
     "declined"),
    ("The rebels refused to disclose where the hostages were held.", "refused"),
    ("The prime minister refused to release the prisoners held since the coup.", "refused"),
])
def test_a_public_actor_withholding_stays_reject(pipe: Pipeline, text: str, word: str) -> None:
    assert by_trigger(pipe, text)[word].type == "REJECT"


# review92: a proper name nobody resolved is not known to be private
@pytest.mark.parametrize("text,word", [
    ("Ruto declined to comment on the protests on Monday.", "declined"),
    ("Kurti refused to say whether talks with Belgrade would resume.", "refused"),
    ("Pashinyan declined to say when the border talks would resume.", "declined"),
])
def test_an_unresolved_name_withholding_stays(pipe: Pipeline, text: str, word: str) -> None:
    assert by_trigger(pipe, text)[word].type == "REJECT"
