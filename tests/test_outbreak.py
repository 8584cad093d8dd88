"""A disturbance named by its noun where it happens (eventwire/stages/events/
outbreak.py, branch events16). Every sentence here was written for these
tests (none from an evaluation set)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.outbreak import _protest_article, outbreak_reading, words
from tests.conftest import events_of


def _found(pipe: Pipeline, text: str) -> set[tuple[str, str, str | None]]:
    return {(e.trigger.text.lower(), e.type, e.mode) for e in events_of(pipe, text)}


@pytest.mark.parametrize("text,word", [
    ("Violence erupted in the port city on Friday after the results were announced.",
     "violence"),
    ("A riot broke out outside the stadium after the final whistle.", "riot"),
    ("By Tuesday the rioting had spread to three other towns.", "rioting"),
    ("Unrest flared again in the mining district overnight.", "unrest"),
])
def test_an_outbreak_is_the_event(event_pipe: Pipeline, text: str, word: str) -> None:
    """Class *an outbreak*: the noun is the subject of a verb of onset; the
    learned filter keeps it (``CLASS_KEPT``)."""
    assert word in {w for w, _t, _m in _found(event_pipe, text)}, _found(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The student march turned into a riot when police blocked the bridge.", "riot"),
    ("A peaceful sit-in by taxi drivers ended in violence on Wednesday.", "violence"),
    ("The farmers' protest descended into running battles with police.", "battles"),
])
def test_an_outcome_of_a_protest_is_a_riot(event_pipe: Pipeline, text: str, word: str) -> None:
    """Class *an outcome*: violence or battles a protest turned into are
    PROTEST riot (docs/annotation.md, clashes with police)."""
    assert (word, "PROTEST", "riot") in _found(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The death of the young driver sparked the worst rioting in a generation.", "rioting"),
    ("The arrest of the cleric unleashed a wave of unrest across the south.", "unrest"),
    ("The court ruling triggered riots in four cities.", "riots"),
])
def test_an_effect_of_an_act(event_pipe: Pipeline, text: str, word: str) -> None:
    """Class *a cause's effect*: the disturbance an act set off."""
    assert (word, "PROTEST", "riot") in _found(event_pipe, text)


def test_violence_outside_a_protest_is_an_assault(event_rules_pipe: Pipeline) -> None:
    text = "The violence that erupted after the disputed election displaced thousands."
    assert ("violence", "ASSAULT", None) in _found(event_rules_pipe, text)


@pytest.mark.parametrize("text", [
    "The foreign ministry condemned the violence and urged restraint.",
    "Officials warned that the violence could spread to the capital.",
    "The governor said the unrest would spread if the tax was not withdrawn.",
    "Shops stayed shut for fear of more violence.",
    "The party denied any role in the violence.",
])
def test_a_topic_or_a_hypothetical_is_no_outbreak(spacy_nlp: Any, text: str) -> None:
    """Look-alikes: the noun as the object of blame or worry, or an outbreak
    under a modal or a condition."""
    doc = spacy_nlp(text)
    assert all(outbreak_reading(t) is None for t in doc), text


@pytest.mark.parametrize("text,word", [
    ("The protests continued into a second week.", "protests"),
    ("The battle for the party leadership began in March.", "battle"),
    ("A long legal battle erupted between the two ministries.", "battle"),
    ("The unions' battle against the pension cuts started in spring.", "battle"),
    ("The clashes escalated into running battles near the port.", "battles"),
    ("The opposition was charged with inciting a riot.", "riot"),
])
def test_other_nouns_are_not_read(spacy_nlp: Any, text: str, word: str) -> None:
    tok = next(t for t in spacy_nlp(text) if t.lower_ == word)
    assert outbreak_reading(tok) is None


@pytest.mark.parametrize("text,actor", [
    ("The march turned into a riot outside the town hall.", None),
    ("The arrest of the mayor sparked rioting in the old town.", None),
    ("The verdict unleashed a wave of unrest by farmers across the north.", "farmers"),
    ("Rioting by football fans broke out in the port on Sunday.", "fans"),
])
def test_the_actor_is_only_a_by_phrase(event_pipe: Pipeline, text: str,
                                       actor: str | None) -> None:
    """The gathering the riot grew from and the act that caused it are not
    who rioted: the records name an actor only by a by-phrase."""
    ev = next(e for e in events_of(event_pipe, text)
              if e.trigger.text.lower() in ("riot", "rioting", "unrest"))
    assert (ev.actor.text.split()[-1] if ev.actor else None) == actor


@pytest.mark.parametrize("text,word", [
    ("Riots over fuel prices broke out in the capital on Monday.", "riots"),
    ("Unrest over the election results erupted in the northern city.", "unrest"),
    ("Violence against foreigners erupted in the port town last week.", "violence"),
])
def test_a_fight_over_something_is_still_an_outbreak(spacy_nlp: Any, text: str,
                                                     word: str) -> None:
    """Review of events16: "for / against / over" make a contest only of a
    "battle" ("the battle for the leadership"); riots over prices are riots."""
    doc = spacy_nlp(text)
    tok = next(t for t in doc if t.lower_ == word)
    assert outbreak_reading(tok) is not None


@pytest.mark.parametrize("text,word", [
    ("The march could turn into a riot if the police block the bridge.", "riot"),
    ("Officials fear the violence that could erupt after the vote.", "violence"),
    ("The verdict might spark riots in the capital, analysts warned.", "riots"),
])
def test_a_modal_on_the_matched_verb_makes_it_hypothetical(spacy_nlp: Any, text: str,
                                                            word: str) -> None:
    """Review of events16: the modal is read on the verb the class matched
    (the outcome's verb, the relative clause's verb), not on the noun's head."""
    doc = spacy_nlp(text)
    tok = next(t for t in doc if t.lower_ == word)
    assert outbreak_reading(tok) is None


@pytest.mark.parametrize("text,recipient", [
    ("Battles with police erupted in the capital on Saturday.", "police"),
    ("Clashes aside, violence against migrants erupted in the port town.", "migrants"),
    ("Skirmishes with the army broke out near the border overnight.", "army"),
])
def test_an_outbreak_keeps_the_recipient_its_noun_names(spacy_nlp: Any, text: str,
                                                        recipient: str) -> None:
    """Review of events16: the by-phrase is the actor, and the noun's own
    with/against phrase is still the recipient."""
    from eventwire.stages.events.roles import noun_roles

    doc = spacy_nlp(text)
    noun = next(t for t in doc if outbreak_reading(t) is not None)
    _actor, found = noun_roles(noun)
    assert found is not None and found.lower_ == recipient


@pytest.mark.parametrize("text", [
    "Thousands of students marched through the capital on Sunday.",
    "Farmers Protested outside the ministry, police said.",
    "The council approved the new budget after a long debate.",
    "Unions staged a sit-in at the port.",
    "",
])
def test_protest_article_equals_the_token_loop(spacy_nlp: Any, text: str) -> None:
    """The lemma-array scan answers what a loop over the tokens answers."""
    doc = spacy_nlp(text)
    lemmas = words()["protest_lemmas"]
    loop = any(t.lemma_.lower() in lemmas for t in doc) or \
        any(s in doc.text.lower() for s in words()["protest_strings"])
    assert _protest_article(doc) is loop
