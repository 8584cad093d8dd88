"""Classes *the crime a charge names* and *the crime dated elsewhere*
(eventwire/stages/time/charge_content.py, branch dates24): an act named
only as the content of a charge, a verdict or a trial is older than it and
takes neither the charge's day, nor the publication day, nor the time
line's; it takes the date the text gives the same kind of act elsewhere, as
background, else stays unknown. PUB is a Tuesday (2021-06-01). Every
sentence was written for these tests, none taken from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.models import Article, EventMention, Span
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.anchoring import anchor_events
from eventwire.stages.time.charge_content import charge_content
from tests.test_time_undated import PUB


def dated(pipe: Pipeline, text: str, words: list[tuple[str, str]],
          undated: str = "publication") -> dict[str, tuple[str | None, str, bool]]:
    """Date the given (word, PLOVER type) pairs as events; the fallback for
    undated events is the publication day, so that "unknown" can only come
    from the classes under test. The nth occurrence of a word is ``word#n``."""
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    events = []
    for key, kind in words:
        word, _, nth = key.partition("#")
        tok = [t for t in doc if t.text == word][int(nth or 0)]
        events.append(EventMention(trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)),
                                   type=kind, sentence=Span(tok.sent.text, tok.sent.start_char,
                                                            tok.sent.end_char)))
    doc._.events = events
    anchor_events(doc, undated, rerank=False)
    return {key: (e.time.value, e.time.anchor, e.time.background)
            for (key, _), e in zip(words, events, strict=True)}


@pytest.mark.parametrize("text,crime", [
    ("A man was charged on Monday with murdering his neighbour in Leeds.", "murdering"),
    ("The officer accused of shooting the boy appeared in court on Monday.", "shooting"),
    ("A jury on Monday found the driver guilty of stabbing a shopkeeper.", "stabbing"),
    ("Prosecutors indicted the brothers for the kidnapping of a banker.", "kidnapping"),
    ("She was convicted on Friday of poisoning two patients at the clinic.", "poisoning"),
])
def test_charged_crime_takes_no_charge_day(timex_pipe: Pipeline, text: str,
                                           crime: str) -> None:
    got = dated(timex_pipe, text, [(crime, "ASSAULT")])
    assert got[crime][:2] == (None, "unknown")


@pytest.mark.parametrize("text,crime,value", [
    # the crime dated in a later sentence
    ("Two men accused of killing a shop owner went on trial on Monday. The owner was shot "
     "dead outside his store in March 2019.", "killing", "2019-03"),
    # in an earlier one
    ("Rebels burned the village of Koro in 2016. On Monday a court convicted their "
     "commander of the attack.", "attack", "2016"),
    # "found guilty on Monday of": the dated act in the next sentence
    ("A former guard was found guilty on Monday of beating an inmate. The prisoner was "
     "attacked in his cell in August 2018.", "beating", "2018-08"),
])
def test_crime_dated_elsewhere(timex_pipe: Pipeline, text: str, crime: str,
                               value: str) -> None:
    other = {"killing": "shot", "attack": "burned", "beating": "attacked"}[crime]
    got = dated(timex_pipe, text, [(crime, "ASSAULT"), (other, "ASSAULT")])
    assert got[other][0] == value
    assert got[crime] == (value, "narrative", True)


def test_a_recent_act_is_not_the_crimes_date(timex_pipe: Pipeline) -> None:
    """Only a background date (older than the news window) is a charged
    crime's: Sunday's clash is the charge's own story."""
    got = dated(timex_pipe, "Protesters clashed with police on Sunday. A man charged with "
                            "assaulting an officer was released.",
                [("clashed", "ASSAULT"), ("assaulting", "ASSAULT")])
    assert got["clashed"][0] == "2021-05-30"
    assert got["assaulting"][:2] == (None, "unknown")


def test_another_kind_of_act_is_not_the_crimes_date(timex_pipe: Pipeline) -> None:
    got = dated(timex_pipe, "The minister resigned in 2015. He was charged with taking "
                            "bribes.", [("resigned", "RETREAT"), ("taking", "ASSAULT")])
    assert got["taking"][:2] == (None, "unknown")


@pytest.mark.parametrize("text,word", [
    # an active accusation with its own object: a statement about recent acts
    ("Police accused the protesters of throwing stones at officers.", "throwing"),
    # the crime's own date governs it
    ("A man was charged with killing two women in 1994.", "killing"),
    # an arrest is not a charge: "arrested in the shooting" keeps the time line
    ("Police arrested a teenager in the shooting of a bus driver.", "shooting"),
    # a crime that is no charge's content
    ("Gunmen killed two guards at the bank.", "killed"),
])
def test_not_a_charged_crime(timex_pipe: Pipeline, text: str, word: str) -> None:
    ((_, doc, _),) = list(timex_pipe.docs([Article(text=text, published=PUB)]))
    tok = next(t for t in doc if t.text == word)
    if word == "killing":
        got = dated(timex_pipe, text, [(word, "ASSAULT")])
        assert got[word][:2] == ("1994", "explicit")
    else:
        assert charge_content(tok) is None


def test_an_earlier_day_of_the_time_line_stays(timex_pipe: Pipeline) -> None:
    """A recent crime the time line dates before the charge keeps that day:
    only the charge's day or a later one is not the crime's."""
    got = dated(timex_pipe, "Fire gutted a supermarket in the town early on Sunday. A man "
                            "is accused of setting the fire.", [("setting", "ASSAULT")],
                undated="learned")
    assert got["setting"][0] == "2021-05-30"


@pytest.mark.parametrize("text,word", [
    # "in charge of": the noun of command, not an accusation
    ("The general in charge of the offensive told reporters it was going well.", "offensive"),
    ("The commander in charge of the raid said two militants were killed.", "raid"),
    # "take / be put in charge of"
    ("Colonel Diaz, who took charge of the rescue operation, said divers had recovered "
     "three bodies.", "operation"),
    ("A new envoy was put in charge of the negotiations with the rebels.", "negotiations"),
])
def test_command_is_not_a_charge(timex_pipe: Pipeline, text: str, word: str) -> None:
    """The noun "charge" of command ("in charge of", "took charge of") names
    no crime: the act keeps the fallback's date."""
    ((_, doc, _),) = list(timex_pipe.docs([Article(text=text, published=PUB)]))
    assert charge_content(next(t for t in doc if t.text == word)) is None
    got = dated(timex_pipe, text, [(word, "ASSAULT")])
    assert got[word][:2] == (PUB.isoformat(), "publication")


@pytest.mark.parametrize("text,word", [
    ("Prosecutors charged the organiser of the march with inciting violence.", "march"),
    ("A court convicted two leaders of the strike on charges of fraud.", "strike"),
])
def test_the_accused_persons_own_of_phrase_is_no_crime(timex_pipe: Pipeline, text: str,
                                                        word: str) -> None:
    """An "of" on the accused ("the organiser of the march") is the crime
    only when the charging verb names no crime of its own ("convicted their
    commander of the attack"); with its own ("with inciting violence") the
    march is the accused's description."""
    ((_, doc, _),) = list(timex_pipe.docs([Article(text=text, published=PUB)]))
    assert charge_content(next(t for t in doc if t.text == word)) is None


def test_the_crime_hung_on_the_accused_is_still_read(timex_pipe: Pipeline) -> None:
    ((_, doc, _),) = list(timex_pipe.docs([Article(
        text="A tribunal convicted the former mayor of the massacre.", published=PUB)]))
    head = charge_content(next(t for t in doc if t.text == "massacre"))
    assert head is not None and head.text == "convicted"


def test_one_source_for_the_verbs_of_charging_and_their_prepositions() -> None:
    """The charging verbs and crime prepositions are governing.py's (dates18),
    not a second copy that could drift: only "blame" is left out (not a
    charge) and the verdict and trial words added."""
    from eventwire.stages.time import charge_content as cc
    from eventwire.stages.time import governing as gv
    assert cc.CONTENT_PREPS is gv.CRIME_PREPS
    assert cc.CHARGE_HEADS == (gv.CHARGE_LEMMAS - {"blame"}) | cc.JUDGING_WORDS


@pytest.mark.parametrize("text,word", [
    ("The commission charged with investigating the massacre met for the first time on "
     "Monday.", "investigating"),
    ("A UN panel charged with monitoring the ceasefire reported new violations on Monday.",
     "monitoring"),
    ("Troops charged with protecting the border clashed with smugglers.", "protecting"),
    ("The envoy is charged with overseeing the talks between the two factions.",
     "overseeing"),
])
def test_charged_with_a_task_is_no_charge(timex_pipe: Pipeline, text: str, word: str) -> None:
    """"charged with" also means "tasked with": a body charged with
    investigating or monitoring is given a duty, not accused of a crime."""
    ((_, doc, _),) = list(timex_pipe.docs([Article(text=text, published=PUB)]))
    assert charge_content(next(t for t in doc if t.text == word)) is None


@pytest.mark.parametrize("text,word", [
    ("Two men were charged with running a smuggling ring on the coast.", "running"),
    ("The activist was charged with organising an illegal protest.", "organising"),
])
def test_a_verb_of_duty_that_also_names_a_crime_stays_a_charge(timex_pipe: Pipeline,
                                                               text: str, word: str) -> None:
    ((_, doc, _),) = list(timex_pipe.docs([Article(text=text, published=PUB)]))
    head = charge_content(next(t for t in doc if t.text == word))
    assert head is not None and head.text == "charged"
