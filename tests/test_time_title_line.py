"""Class *one-paragraph text* (eventwire/stages/time/undated.py,
``_sentence``, branch dates25): the undated model's ``title_line`` feature
marks an event of a headline, the first line of a text with more lines; a
text written as one paragraph has no headline, so none of its sentences
is one. Every sentence was written for these tests, none taken from an
evaluation set."""

from __future__ import annotations

import pytest

from eventwire.nlp.extensions import get_list
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.undated_features import features
from tests.test_time_foreground import PUB, _doc, _event, _token


def _title_line(pipe: Pipeline, text: str, word: str) -> bool:
    doc = _doc(pipe, text)
    tok = _token(doc, word)
    feats = features(doc, _event(tok, "COERCE"), tok, get_list(doc, "timexes"), [], PUB)
    return "title_line" in feats


@pytest.mark.parametrize("text,word", [
    # one paragraph: the first sentence, a middle one and the last
    ("Troops sealed the border crossing. Traders said goods piled up on both sides.",
     "sealed"),
    ("The port reopened on May 20. Dockers blocked the gates for an hour. Ships waited "
     "offshore.", "blocked"),
    ("Officials said the clinic stayed shut. Nurses walked out over unpaid wages.",
     "walked"),
])
def test_one_paragraph_text_has_no_title_line(timex_pipe: Pipeline, text: str,
                                              word: str) -> None:
    assert not _title_line(timex_pipe, text, word)


@pytest.mark.parametrize("text,word,expected", [
    ("Police seize rebel arms cache\nPolice found rifles in a farmhouse on May 20.",
     "seize", True),
    ("Police seize rebel arms cache\nPolice seized rifles in a farmhouse on May 20.",
     "seized", False),
    ("Workers block mine road\n\nMiners blocked the road to the pit for a second day.",
     "blocked", False),
])
def test_headline_of_a_text_with_lines(timex_pipe: Pipeline, text: str, word: str,
                                       expected: bool) -> None:
    assert _title_line(timex_pipe, text, word) == expected


@pytest.mark.parametrize("text,word,expected", [
    # one paragraph read from a file: a final line break is no second line
    ("Guards fired tear gas at the strikers. Two nurses were hurt.\n", "hurt", False),
    ("Rangers burned a poachers' camp near the lake.\r\n\r\n", "burned", False),
    # blank lines before the headline do not make the body's first line it
    ("\n\nArmy shells rebel town\nArtillery shelled the town of Arvo for hours.",
     "shells", True),
    ("\n\nArmy shells rebel town\nArtillery shelled the town of Arvo for hours.",
     "shelled", False),
])
def test_blank_lines_around_the_text(timex_pipe: Pipeline, text: str, word: str,
                                     expected: bool) -> None:
    assert _title_line(timex_pipe, text, word) == expected
