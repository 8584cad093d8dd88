"""Class *a title act the body tells again by its own word*
(eventwire/stages/time/headline.py: redate_title_acts, dates65): after the
date ranker, a title-line event takes the date of the first body event of
its own word that the body dates from its text. Called directly on parsed
texts with hand-made events; every text was written for these tests
(PUB: Tuesday 2021-06-01)."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.headline import redate_title_acts
from tests.test_time_headline import _doc, _event


@pytest.mark.parametrize("text,head,body,kind,before", [
    # the ranker left the publication day
    ("Dockers blockade Mombasa terminal over pay cuts\nHundreds of dockers began a "
     "blockade of the container terminal on Sunday, union officials said.",
     "blockade", "blockade", "PROTEST", "2021-06-01"),
    # no date at all
    ("Border guards detain 12 herders near Osh\nKyrgyz border guards detained twelve "
     "herders on Saturday evening.", "detain", "detained", "COERCE", None),
    # a background date from elsewhere in the text
    ("Navy seizes trawlers off Puntland\nThe navy seized four trawlers on Sunday. The "
     "same fleet was fined in 2017.", "seizes", "seized", "SEIZE", "2017"),
])
def test_title_act_takes_its_words_body_date(timex_pipe: Pipeline, text: str, head: str,
                                              body: str, kind: str, before: str | None) -> None:
    doc = _doc(timex_pipe, text)
    title = _event(doc, head, kind, before, anchor="narrative" if before else "unknown")
    told = _event(doc, body, kind, "2021-05-30", nth=1 if head == body else 0)
    redate_title_acts(doc, [title, told])
    assert title.time.value == "2021-05-30" and title.time.anchor == "narrative"


def test_a_title_dated_by_its_own_words_keeps_it(timex_pipe: Pipeline) -> None:
    doc = _doc(timex_pipe, "Police detain 40 on Monday\nPolice detained forty people at the "
               "rally, which began on Sunday.")
    title = _event(doc, "detain", "COERCE", "2021-05-31", anchor="explicit")
    redate_title_acts(doc, [title, _event(doc, "detained", "COERCE", "2021-05-30")])
    assert title.time.value == "2021-05-31"


def test_another_word_of_the_type_is_not_taken(timex_pipe: Pipeline) -> None:
    doc = _doc(timex_pipe, "Troops shell rebel town\nRebels ambushed a convoy on Sunday.")
    title = _event(doc, "shell", "ASSAULT", "2021-06-01", anchor="narrative")
    redate_title_acts(doc, [title, _event(doc, "ambushed", "ASSAULT", "2021-05-30")])
    assert title.time.value == "2021-06-01"


def test_a_first_line_that_is_a_sentence_is_no_title(timex_pipe: Pipeline) -> None:
    doc = _doc(timex_pipe, "Police arrested a man after a brawl.\nPolice arrested two "
               "others on Sunday.")
    first = _event(doc, "arrested", "COERCE", "2021-06-01", anchor="narrative")
    redate_title_acts(doc, [first, _event(doc, "arrested", "COERCE", "2021-05-30", nth=1)])
    assert first.time.value == "2021-06-01"


def test_a_background_body_act_is_not_taken(timex_pipe: Pipeline) -> None:
    doc = _doc(timex_pipe, "Gunmen seize engineers near Arlit\nGunmen seized two "
               "geologists near the mine in June 2019.")
    title = _event(doc, "seize", "SEIZE", "2021-06-01", anchor="narrative")
    body = _event(doc, "seized", "SEIZE", "2019-06")
    body.time.background = True
    redate_title_acts(doc, [title, body])
    assert title.time.value == "2021-06-01"
