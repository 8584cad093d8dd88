"""Class *re-mention of an act dated earlier* (eventwire/stages/time/
undated_features.py, ``_remention``, branch dates60): the undated model's
``remention*`` features mark an event whose word (verb or noun) already
stood in an earlier sentence, ``remention_dated`` when that sentence gave a
calendar date, ``remention_dated_last`` when it holds the text's last date
before the event. Every sentence was written for these tests, none taken
from an evaluation set."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from eventwire.nlp.extensions import get_list
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.undated_features import act_stem, features
from tests.test_time_foreground import PUB, _doc, _event


def _last(doc: Doc, word: str) -> Token:
    return [t for t in doc if t.text == word][-1]


def _remention(pipe: Pipeline, text: str, word: str) -> set[str]:
    doc = _doc(pipe, text)
    tok = _last(doc, word)
    feats = features(doc, _event(tok, "ASSAULT"), tok, get_list(doc, "timexes"), [], PUB)
    return {k for k in feats if k.startswith("remention")}


@pytest.mark.parametrize("text,word", [
    ("Gunmen shot two guards at the mine on Friday. Since the shooting, the mine has "
     "stayed shut.", "shooting"),
    ("Police arrested the mayor on May 3. After the arrest, his deputy took over.",
     "arrest"),
    ("Rebels attacked the convoy in March. The attack killed four drivers.", "attack"),
])
def test_act_named_again_after_its_date(timex_pipe: Pipeline, text: str, word: str) -> None:
    assert _remention(timex_pipe, text, word) == {
        "remention", "remention_dated", "remention_dated_last"}


@pytest.mark.parametrize("text,word,want", [
    # named before, but in a sentence without a date
    ("Gunmen shot two guards at the mine. Since the shooting, the mine has stayed shut.",
     "shooting", {"remention"}),
    # dated, but a later date stands between: the time line is not the act's
    ("Rebels attacked the convoy in March. Talks resumed in June. The attack still "
     "divides the parties.", "attack", {"remention", "remention_dated"}),
    # the first mention, or a word of another act
    ("Police arrested the mayor on May 3. The raid on his office followed.", "raid", set()),
    # statement verbs are repeated without naming one act again
    ("The minister said on May 3 that talks would go on. Aides said little.", "said",
     set()),
])
def test_what_is_not_a_dated_remention(timex_pipe: Pipeline, text: str, word: str,
                                       want: set[str]) -> None:
    assert _remention(timex_pipe, text, word) == want


@pytest.mark.parametrize("text,word,stem", [
    ("Gunmen were shooting at the post.", "shooting", "shoot"),
    ("The stabbing shocked the town.", "stabbing", "stab"),
    ("Rebels attacked the convoy.", "attacked", "attack"),
    ("The killing of the judge", "killing", "kill"),
])
def test_verb_and_noun_share_a_stem(spacy_nlp, text: str, word: str,  # type: ignore[no-untyped-def]
                                    stem: str) -> None:
    doc = spacy_nlp(text)
    assert act_stem(_last(doc, word)) == stem
