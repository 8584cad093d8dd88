"""Class *foreground attack* (eventwire/stages/time/foreground.py, branch
dates17): an undated physical attack heading its sentence's main clause
takes the text's last date before it; an embedded attack, a statement and
an attack that has not happened do not. Every sentence was written for
these tests, none taken from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc, Token

from eventwire.models import Article, EventMention, Factuality, Span
from eventwire.nlp.extensions import get_list
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.foreground import foreground_attack
from eventwire.stages.time.undated import undated_time

PUB = date(2021, 6, 1)  # a Tuesday


def _doc(pipe: Pipeline, text: str) -> Doc:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    return doc


def _event(tok: Token, kind: str, modality: str = "asserted") -> EventMention:
    return EventMention(trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)), type=kind,
                        sentence=Span(tok.sent.text, tok.sent.start_char, tok.sent.end_char),
                        factuality=Factuality(modality=modality))


def _token(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.text == word)


# the undated model alone gives these the publication day (a month or a
# year as the time line, a statement between): the class decides them
@pytest.mark.parametrize("text,word,value,gran", [
    ("In April 2020 the war reached the north.\n\nAid agencies warned of famine. "
     "Soldiers beat the villagers in the square.", "beat", "2020-04", "month"),
    ("The summit opened in 2019.\n\nDelegates argued for hours. "
     "Protesters stoned the police outside.", "stoned", "2019", "year"),
    ("Fighting resumed in March.\n\nThe government blamed the rebels. "
     "Militants bombed a bus station in the capital.", "bombed", "2021-03", "month"),
    ("The strike started in February.\n\nUnion leaders met the minister. "
     "Riot police attacked the picket line.", "attacked", "2021-02", "month"),
    ("Elections were held in 2018.\n\nObservers praised the vote. "
     "Gunmen killed a candidate in the south.", "killed", "2018", "year"),
])
def test_main_clause_attack_takes_the_time_line(timex_pipe: Pipeline, text: str,
                                                word: str, value: str, gran: str) -> None:
    doc = _doc(timex_pipe, text)
    tok = _token(doc, word)
    event = _event(tok, "ASSAULT")
    assert foreground_attack(event, tok)
    got = undated_time(doc, event, tok, get_list(doc, "timexes"), [], PUB, "learned")
    assert (got.value, got.granularity, got.anchor) == (value, gran, "narrative")


@pytest.mark.parametrize("text,word", [
    ("On May 20 the court heard the case of a man who was shot by a guard.", "shot"),
    ("The mayor met residents on May 20. They fear that soldiers will attack the camp.",
     "attack"),
    ("The talks resumed on May 20, although rebels bombed a bridge.", "bombed"),
])
def test_embedded_attack_is_not_foreground(timex_pipe: Pipeline, text: str,
                                           word: str) -> None:
    tok = _token(_doc(timex_pipe, text), word)
    assert tok.dep_ != "ROOT"
    assert not foreground_attack(_event(tok, "ASSAULT"), tok)


@pytest.mark.parametrize("text,word,kind,modality", [
    ("On May 20 the envoy arrived. The minister condemned the bombing.", "condemned",
     "ACCUSE", "asserted"),
    ("On May 20 the envoy arrived. The opposition demanded new elections.", "demanded",
     "REQUEST", "asserted"),
    ("On May 20 the envoy arrived. Troops will storm the building.", "storm",
     "ASSAULT", "future"),
    ("On May 20 the envoy arrived. Troops could attack the camp.", "attack",
     "ASSAULT", "hypothetical"),
])
def test_statements_and_unhappened_attacks_are_left_to_the_model(
        timex_pipe: Pipeline, text: str, word: str, kind: str, modality: str) -> None:
    tok = _token(_doc(timex_pipe, text), word)
    assert not foreground_attack(_event(tok, kind, modality), tok)
