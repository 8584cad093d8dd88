"""Classes *a lede sentence read as a title* and *a body noun names again an
act the lede dated* (eventwire/stages/time/title_line.py): a first line that
ends with a full stop is the lede, not a title; the acts its own words date
are antecedents for the body. Every text was written for these tests (PUB:
Tuesday 2021-06-01)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from eventwire.models import Article, EventMention, Span, TimeValue
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.headline import headline_time
from eventwire.stages.time.title_line import lede_antecedents, title_end
from tests.test_time_undated import PUB, anchored


@pytest.mark.parametrize("text", [
    "Border guards detained 14 herders who crossed the river near Kalu on Sunday, "
    "the interior ministry said.\nThe herders were taken to the district town.",
    "A court in the capital on Monday jailed a blogger who mocked the governor.\n"
    "His lawyer said he would appeal.",
    "Dock workers walked off the job at the main port, halting exports of copper.''\n"
    "The union said the strike would last a week.",
    "The army has shelled 3 villages in the hills since 2019.\nMore follows.",
])
def test_a_first_line_that_ends_a_sentence_is_no_title(text: str) -> None:
    assert title_end(text) == -1


@pytest.mark.parametrize("text", [
    "Border guards detain 14 herders\nBorder guards detained 14 herders on Sunday.",
    "Belgrade threatens to take dispute to U.N.\nSerbia said on Monday it would appeal.",
    "Dockers strike at main port: union\nDock workers walked off the job on Friday.",
    "Rally banned until Jan.\nThe mayor banned all rallies on Monday.",
])
def test_a_title_keeps_its_line_even_after_an_abbreviation(text: str) -> None:
    assert title_end(text) == text.find("\n")


def test_one_paragraph_has_no_title() -> None:
    assert title_end("Troops shelled the village on Sunday. Nine people died.") == -1


@pytest.mark.parametrize("text,lede,again,value", [
    ("Police raided the offices of the opposition party in Harare on Friday, its leaders "
     "said.\nThe raid lasted three hours and ended without arrests.", "raided", "raid",
     "2021-05-28"),
    ("Bus drivers struck on Monday over unpaid wages, the union said.\nThe strike halted "
     "traffic in the capital for most of the day.", "struck", "strike", "2021-05-31"),
    ("Rebels ambushed an army convoy near the northern border on Saturday, killing four "
     "soldiers.\nOfficials said the ambush was the deadliest this year.", "ambushed",
     "ambush", "2021-05-29"),
])
def test_a_body_noun_takes_the_date_the_lede_gave_its_act(timex_pipe: Pipeline, text: str,
                                                          lede: str, again: str,
                                                          value: str) -> None:
    got = anchored(timex_pipe, text, [lede, again])
    assert got[lede][0] == value
    assert got[again][0] == value and got[again][2] == "narrative"


@pytest.mark.parametrize("text", [
    # a title: its acts are dated from the body, never the body's antecedent
    "Police raid opposition offices in Harare\nThe raid lasted three hours.",
    # a lede act with no date of its own lends none
    "Police raided the offices of the opposition party in Harare, its leaders said.\n"
    "The raid lasted three hours.",
])
def test_no_antecedent_without_a_lede_dated_by_its_own_words(timex_pipe: Pipeline,
                                                             text: str) -> None:
    first = "raid" if text.startswith("Police raid ") else "raided"
    got = anchored(timex_pipe, text, [first, "raid"] if first != "raid" else ["raid"])
    assert all(value is None for value, _, _ in got.values())


def _event(start: int, word: str) -> EventMention:
    return EventMention(trigger=Span(word, start, start + len(word)), type="EVENT",
                        sentence=Span(word, start, start + len(word)))


def test_lede_antecedents_only_for_a_lede_and_own_dates() -> None:
    own = TimeValue(value="2021-05-28", granularity="day", anchor="explicit")
    lede = "Police raided the offices on Friday, officials said.\nThe raid lasted an hour."
    raided, raid = _event(7, "raided"), _event(lede.index("raid "), "raid")
    assert lede_antecedents(lede, [raided, raid], lambda ev: own) == [raided]
    assert raided.time.value == "2021-05-28" and raid.time.value is None
    speech = TimeValue(value="2021-05-28", granularity="day", anchor="speech")
    assert lede_antecedents(lede, [_event(7, "raided")], lambda ev: speech) == []
    title = "Police raid offices\nThe raid lasted an hour."
    assert lede_antecedents(title, [_event(7, "raid")], lambda ev: own) == []
    assert lede_antecedents("Police raided the offices on Friday.", [_event(7, "raided")],
                            lambda ev: own) == []


def _hand_event(doc: Doc, word: str, nth: int = 0,
                time: TimeValue | None = None) -> tuple[EventMention, Token]:
    tok = [t for t in doc if t.text == word][nth]
    ev = EventMention(trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)), type="EVENT",
                      sentence=Span(tok.sent.text, tok.sent.start_char, tok.sent.end_char))
    ev.time = time or TimeValue(anchor="unknown")
    return ev, tok


@pytest.mark.parametrize("first_line,from_first_line,copied", [
    # a lede: the body act was dated through the lede's own "on Sunday"
    ("Two men accused of the attack on the dam were arrested on Sunday, police said.",
     True, False),
    # the same lede, the body act dated by a date of its own
    ("Two men accused of the attack on the dam were arrested on Sunday, police said.",
     False, True),
    # a title: a body date is the body's wherever the chain started (as before)
    ("Two men held over attack on dam on Sunday", True, True),
])
def test_a_lede_act_takes_no_date_back_from_its_own_line(timex_pipe: Pipeline,
                                                        first_line: str,
                                                        from_first_line: bool,
                                                        copied: bool) -> None:
    text = first_line + "\nOn Friday the attack had killed two guards."
    ((_, doc, _),) = list(timex_pipe.docs([Article(text=text, published=PUB)]))
    anchor = text.index("Sunday") if from_first_line else text.index("Friday")
    body, _ = _hand_event(doc, "attack", nth=1, time=TimeValue(
        value="2021-05-30", granularity="day", anchor="narrative", start=anchor,
        end=anchor + 6))
    head, tok = _hand_event(doc, "attack")
    got = headline_time(doc, head, tok, [body])
    assert (got is not None and got.value == "2021-05-30") is copied
