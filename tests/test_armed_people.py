"""Class *people named by the arms they carry or the face they hide*
(:mod:`eventwire.stages.actors.armed_people`, branch actors35): sentences
written for this test, none from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


def sectors_of(pipe: Pipeline, text: str, word: str) -> list[list[str]]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    assert doc is not None
    return [list(m.sectors) for m in doc._.actor_mentions if m.text.split()[-1] == word]


@pytest.mark.parametrize("text,word", [
    ("Masked men threw petrol bombs at the police station in Bamako.", "men"),
    ("Hooded men beat the night guard and stole the cash.", "men"),
    ("Men in civilian clothes dragged the activist from his car in Harare.", "Men"),
    ("Some 40 armed Croats blocked the bridge near the border.", "Croats"),
    ("Gun-toting youths stopped the bus on the highway in Kenya.", "youths"),
])
def test_people_named_by_arms_or_disguise_join_uaf(pipe: Pipeline, text: str,
                                                     word: str) -> None:
    (sectors,) = sectors_of(pipe, text, word)
    assert "UAF" in sectors
    assert "CVL" in sectors  # joins: a masked crowd at a protest stays civilians too


@pytest.mark.parametrize("text,word", [
    # a participle after the noun: the record guide's civilians
    ("Men armed with sticks chased the traders from the market in Accra.", "Men"),
    # a state's force in disguise keeps its own codes
    ("Masked officers raided the newspaper's offices in Minsk.", "officers"),
    # no arms, no disguise
    ("Unidentified men set fire to a lorry outside Kisumu.", "men"),
    # plain clothes on nobody who acts
    ("Shoppers in Nairobi queued for bread on Monday.", "Shoppers"),
])
def test_other_people_keep_their_codes(pipe: Pipeline, text: str, word: str) -> None:
    for sectors in sectors_of(pipe, text, word):
        assert "UAF" not in sectors


@pytest.mark.parametrize("text,trigger", [
    ("Knife-wielding thugs beat two journalists outside the court in Kampala.", "beat"),
    ("Machete-wielding youths attacked a minibus near Eldoret on Sunday.", "attacked"),
    ("Masked men stormed a bank in Mombasa and shot a guard.", "stormed"),
])
def test_the_event_actor_made_from_the_parse_joins_uaf(event_pipe: Pipeline, text: str,
                                                       trigger: str) -> None:
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.actor is not None and "UAF" in ev.actor.sectors, ev.actor


@pytest.mark.parametrize("text,word", [
    # a paramilitary force the resolver leaves uncoded (review85)
    ("KARACHI (Reuters) - Heavily armed Rangers raided the party office on Monday.",
     "Rangers"),
    # a party's members
    ("LONDON (Reuters) - Armed Republicans stopped a car near the border.", "Republicans"),
    ("LONDON (Reuters) - Masked Democrats heckled the governor at the fair.", "Democrats"),
])
def test_an_uncoded_plural_name_is_not_made_uaf_alone(event_pipe: Pipeline, text: str,
                                                      word: str) -> None:
    """UAF joins a civilian reading; a mention with no sector has none."""
    actors = [m for e in events_of(event_pipe, text) for m in (e.actor, e.recipient)
              if m is not None and m.text.split()[-1] == word]
    ((_, doc, _),) = list(event_pipe.docs([Article(text=text)]))
    mentions = [m for m in doc._.actor_mentions if m.text.split()[-1] == word]
    assert mentions or actors
    for m in [*mentions, *actors]:
        assert m.sectors != ["UAF"], m


@pytest.mark.parametrize("text,trigger", [
    # a rioter's hood on young people or anyone: civilians (review85)
    ("Masked youths threw stones at the riot police in Lyon on Saturday.", "threw"),
    ("Hooded youngsters smashed shop windows near the university in Thessaloniki.",
     "smashed"),
    ("Police said hooded individuals set rubbish bins alight outside the town hall.",
     "set"),
])
def test_a_disguise_on_young_people_or_anyone_stays_civilian(event_pipe: Pipeline, text: str,
                                                              trigger: str) -> None:
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.actor is not None and "CVL" in ev.actor.sectors, ev.actor
    assert "UAF" not in ev.actor.sectors, ev.actor


@pytest.mark.parametrize("text,word", [
    # arms keep any people noun, a disguise keeps grown men
    ("Armed youths raided a cattle camp near Bor on Tuesday.", "youths"),
    ("A masked man robbed the petrol station in Leeds overnight.", "man"),
    ("Masked men set fire to the customs post at the border on Sunday.", "men"),
])
def test_arms_on_youths_and_a_disguise_on_men_still_join_uaf(pipe: Pipeline, text: str,
                                                             word: str) -> None:
    assert any("UAF" in s for s in sectors_of(pipe, text, word))


def test_the_cue_scan_is_kept_per_document() -> None:
    """speed36: one scan of the cue words serves the actor and the event
    stage; a kept answer for another token count is read anew."""
    import spacy

    from eventwire.stages.actors.armed_people import _has_cues

    nlp = spacy.blank("en")
    armed = nlp("Hooded men smashed the windows of a bakery.")
    assert _has_cues(armed) and _has_cues(armed)
    calm = nlp("The village council met on a rainy Thursday evening to vote.")
    assert not _has_cues(calm)
    calm.user_data.update(armed.user_data)  # an answer kept for other tokens
    assert not _has_cues(calm)
    machete = nlp("A machete-wielding man was seen near the school gates.")
    assert _has_cues(machete)
