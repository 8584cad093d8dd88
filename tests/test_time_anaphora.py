"""Class *event told again* (eventwire/stages/time/anaphora.py, branch dates3):
a definite singular event noun naming an event the text dated before takes
that date. Every sentence was written for these tests (PUB: Tuesday 2021-06-01)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.models import Article, EventMention, Span
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.anchoring import anchor_events
from tests.test_time_undated import PUB, anchored


@pytest.mark.parametrize("text,first,again,value", [
    ("Gunmen attacked a hotel in the capital on Monday. On Tuesday the president condemned "
     "the attack.", "attacked", "attack", "2021-05-31"),
    ("Police raided the opposition offices on Friday. The party said on Saturday that the "
     "raid was illegal.", "raided", "raid", "2021-05-28"),
    ("An explosion hit the central market on Sunday. The mayor visited the site of the "
     "explosion on Monday.", "explosion", "explosion", "2021-05-30"),
])
def test_event_told_again_takes_its_first_date(timex_pipe: Pipeline, text: str, first: str,
                                               again: str, value: str) -> None:
    got = anchored(timex_pipe, text, [first, again] if first != again else [first])
    if first == again:  # the same word twice: date the second mention alone
        got = _second(timex_pipe, text, again)
    assert got[again][0] == value


def _second(pipe: Pipeline, text: str, word: str) -> dict[str, tuple[str | None, str, str]]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    toks = [t for t in doc if t.text == word]
    events = [EventMention(trigger=Span(t.text, t.idx, t.idx + len(t.text)), type="EVENT",
                           sentence=Span(t.sent.text, t.sent.start_char, t.sent.end_char))
              for t in toks]
    doc._.events = events
    anchor_events(doc, "unknown")
    last = events[-1]
    return {word: (last.time.value, last.time.granularity, last.time.anchor)}


@pytest.mark.parametrize("text,words,word,value", [
    # a plural names a series, not its first episode: the host clause's date
    ("Students held protests on Monday. On Thursday police broke up the protests.",
     ["protests"], "protests", "2021-05-27"),
    # a date of its own
    ("Rebels attacked a convoy on Monday. Officials said Friday's attack killed nine.",
     ["attacked", "attack"], "attack", "2021-05-28"),
    # nothing told before: the host clause's date
    ("The president condemned the attack on Tuesday.", ["attack"], "attack", "2021-06-01"),
])
def test_not_told_again(timex_pipe: Pipeline, text: str, words: list[str], word: str,
                        value: str) -> None:
    got = _second(timex_pipe, text, word) if words == [word] and text.count(word) > 1 \
        else anchored(timex_pipe, text, words)
    assert got[word][0] == value


@pytest.mark.parametrize("text,word,value", [
    ("The president on Tuesday condemned an attack on a police post. The attack took place "
     "late on Sunday near the border.", "attack", "2021-05-30"),
    ("The army said on Monday it had ended the unrest. The unrest broke out on Friday in the "
     "mining town.", "unrest", "2021-05-28"),
    ("Rebels claimed the ambush in a statement on Monday. The ambush happened on Saturday on "
     "the coast road.", "ambush", "2021-05-29"),
    ("Officials denounced the violence on Monday. The violence erupted on Thursday when "
     "guards fired on strikers.", "violence", "2021-05-27"),
])
def test_told_event_dated_again_by_its_happening(timex_pipe: Pipeline, text: str, word: str,
                                                 value: str) -> None:
    """Class *a told event dated again* (dates20): the subject of a verb of
    happening takes that clause's date, not the earlier mention's."""
    assert _second(timex_pipe, text, word)[word][0] == value


def test_happening_dated_only_by_an_outer_clause_is_told_again(timex_pipe: Pipeline) -> None:
    """"said on Monday that the attack took place ...": Monday dates the
    statement, so the attack keeps the date it was told with."""
    text = ("Gunmen carried out an attack on Sunday. The governor said on Monday that the "
            "attack took place near the border.")
    assert _second(timex_pipe, text, "attack")["attack"][0] == "2021-05-30"


@pytest.mark.parametrize("text,word,value", [
    ("The rebels said on Monday they would defend the town against the offensive. The army "
     "launched the offensive on Saturday with air strikes.", "offensive", "2021-05-29"),
    ("Residents described the raid to reporters on Monday. Commandos carried out the raid "
     "before dawn on Sunday.", "raid", "2021-05-30"),
    ("The ministry condemned the ambush in a statement on Monday. Militants staged the ambush "
     "on Friday on a mountain road.", "ambush", "2021-05-28"),
])
def test_told_event_dated_again_by_its_performing(timex_pipe: Pipeline, text: str, word: str,
                                                  value: str) -> None:
    """Class *a told event dated again* (dates20): the object of "launch",
    "carry out", "stage" takes the date of that verb's own clause."""
    assert _second(timex_pipe, text, word)[word][0] == value


@pytest.mark.parametrize("text,form,told,episode", [
    # (the told-event lists: with onset verbs; the episode lists: without)
    ("The riot erupted near the stadium.", "erupted", True, True),
    ("The strike began at dawn.", "began", True, False),
    ("A fire broke out in the depot.", "broke", True, True),
    ("The parade took place downtown.", "took", True, True),
    ("The guards took the prisoners away.", "took", False, False),
])
def test_one_reader_of_the_verbs_of_happening(spacy_nlp: Any, text: str, form: str,
                                              told: bool, episode: bool) -> None:
    """refactor29: one ``happen_verb`` over one list for the told-event,
    episode and dated-after rules (each with its own lemmas and phrases)."""
    from eventwire.stages.time.anaphora import (
        HAPPEN_LEMMAS,
        TOLD_HAPPEN_LEMMAS,
        happen_verb,
    )

    verb = next(t for t in spacy_nlp(text) if t.text == form)
    assert happen_verb(verb, TOLD_HAPPEN_LEMMAS) is told
    assert happen_verb(verb, HAPPEN_LEMMAS) is episode


# real66: the act told by its own word before a nearer act of the same type
@pytest.mark.parametrize("text,words", [
    ("Police arrested the mayor on Monday. A court ordered him detained on Thursday. "
     "His lawyers called the arrest unlawful.", ["arrested", "detained", "arrest"]),
    ("Gunmen attacked a convoy on Saturday. Rebels bombed a bridge on Sunday. "
     "The governor condemned the attack.", ["attacked", "bombed", "attack"]),
    ("Protesters blockaded the port on Monday. Dockers occupied the rail yard on Thursday. "
     "The company said the blockade cost millions.", ["blockaded", "occupied", "blockade"]),
])
def test_told_again_by_its_own_word_first(timex_pipe: Pipeline, text: str,
                                          words: list[str]) -> None:
    got = anchored(timex_pipe, text, words, kind="COERCE")
    first, nearer, again = words
    assert got[again][0] == got[first][0] != got[nearer][0]


@pytest.mark.parametrize("text,words", [
    ("Gunmen attacked a convoy on Saturday. Rebels bombed a bridge on Sunday. "
     "The governor condemned the violence.", ["attacked", "bombed", "violence"]),
    ("Police arrested the mayor on Monday. Troops raided his office on Thursday. "
     "The party condemned the crackdown.", ["arrested", "raided", "crackdown"]),
    ("Protesters blockaded the port on Monday. Dockers occupied the rail yard on Thursday. "
     "The company said the action cost millions.", ["blockaded", "occupied", "action"]),
])
def test_no_own_word_the_nearest_of_its_type(timex_pipe: Pipeline, text: str,
                                             words: list[str]) -> None:
    got = anchored(timex_pipe, text, words, kind="COERCE")
    _, nearer, again = words
    assert got[again][0] == got[nearer][0]
