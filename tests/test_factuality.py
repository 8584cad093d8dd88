"""Polarity, certainty, modality and conditions."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.factuality.component import factuality_for_token, is_future

COMPONENTS = ("eventwire_actors", "eventwire_quotes", "eventwire_events",
              "eventwire_factuality")


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The rules (the learned model is tested in test_factuality_learned.py)."""
    return Pipeline(settings=Settings(factuality_model="rules"), components=COMPONENTS)


def event(pipe: Pipeline, text: str, trigger: str) -> EventMention:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2021, 3, 2))]))
    return next(e for e in doc._.events if e.trigger.text == trigger)


@pytest.mark.parametrize("text,trigger,modality,polarity", [
    ("Rebels attacked the base.", "attacked", "asserted", "positive"),
    ("Rebels did not attack the base.", "attack", "negated", "negative"),
    ("Rebels may attack the base.", "attack", "hypothetical", "positive"),
    ("The two ministers will meet in Geneva next week.", "meet", "future", "positive"),
    ("Rebels will attack the base next week.", "attack", "threatened", "positive"),
    ("The minister said rebels attacked the base.", "attacked", "reported", "positive"),
    ("The militia threatened to attack US forces.", "threatened", "threatened", "positive"),
    ("The UN urged both sides to release prisoners.", "urged", "demanded", "positive"),
    ("The army denied that it shelled the village.", "shelled", "denied", "negative"),
])
def test_modality(pipe: Pipeline, text: str, trigger: str, modality: str,
                  polarity: str) -> None:
    f = event(pipe, text, trigger).factuality
    assert (f.modality, f.polarity) == (modality, polarity)


def test_condition_span_kept(pipe: Pipeline) -> None:
    text = "The group will attack American forces if they refuse to pull out from Iraq."
    f = event(pipe, text, "attack").factuality
    assert f.condition is not None
    assert f.condition.text == "if they refuse to pull out from Iraq"
    assert text[f.condition.start:f.condition.end] == f.condition.text


def test_should_inversion_condition(pipe: Pipeline) -> None:
    text = "Washington has threatened sanctions should US troops be expelled from Iraq."
    f = event(pipe, text, "threatened").factuality
    assert f.modality == "threatened" and f.certainty == "possible"
    assert f.condition is not None and f.condition.text.startswith("should US troops")


def test_hedge_lowers_certainty(pipe: Pipeline) -> None:
    f = event(pipe, "Troops reportedly killed three civilians.", "killed").factuality
    assert f.certainty == "probable" and f.modality == "reported"


def token_factuality(pipe: Pipeline, text: str, word: str) -> tuple[str, bool]:
    """Certainty and future reading of ``word`` in ``text``, whether or not
    the event detector takes it as an event."""
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2021, 3, 2))]))
    index = next(t.i for t in doc if t.text == word)
    return factuality_for_token(doc, index, []).certainty, is_future(doc, index)


@pytest.mark.parametrize("text,word,certainty", [
    # permission: passive, or the object-less headline passive -> possible;
    # an active "allow" with an object states the effect -> certain
    ("Refugees were permitted to return to their homes.", "return", "possible"),
    ("Opposition parties allowed to register for the election", "register", "possible"),
    ("The SDK will allow developers to create applications.", "create", "certain"),
    # "offered to mediate" is an offer; "offered funds to rebuild" a purpose
    ("Qatar offered to mediate between the two sides.", "mediate", "possible"),
    ("The EU offered funds to rebuild the damaged schools.", "rebuild", "certain"),
    # the infinitive hung on "have" belongs to its object
    ("The government has options to extend the curfew.", "extend", "possible"),
])
def test_governed_certainty(pipe: Pipeline, text: str, word: str, certainty: str) -> None:
    assert token_factuality(pipe, text, word)[0] == certainty


@pytest.mark.parametrize("text,word,future", [
    ("The army has yet to confirm the deaths.", "confirm", False),
    ("Turkey has not ruled out a ground operation.", "operation", True),
    ("The army plans to withdraw its troops.", "withdraw", True),
])
def test_future_reading(pipe: Pipeline, text: str, word: str, future: bool) -> None:
    assert token_factuality(pipe, text, word)[1] is future


def token_modality(pipe: Pipeline, text: str, word: str) -> str:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2021, 3, 2))]))
    index = next(t.i for t in doc if t.text == word)
    return factuality_for_token(doc, index, []).modality


# fixes19: a noun of intent over a to-infinitive takes the modality its verb
# form gives ("plans to deploy" future, so "announced plans to deploy")
@pytest.mark.parametrize("text,word,modality", [
    ("The navy announced plans to build two new frigates.", "build", "future"),
    ("The governor made a promise to reopen the schools by June.", "reopen", "future"),
    ("The cabinet confirmed its intention to privatise the railways.", "privatise", "future"),
    ("The minister defended the pledge to cut fuel taxes.", "cut", "future"),
    # the verb form's own reading, kept: "threatened to strike" is a threat
    ("The union renewed its threat to strike over pay.", "strike", "threatened"),
    # a decision names the act taken, not one to come
    ("The club stood by its decision to sack the coach.", "sack", "asserted"),
    ("Critics attacked the decision to raise fuel prices in May.", "raise", "asserted"),
    # a noun outside the class lends nothing: "the right to protest"
    ("The court upheld the right to protest outside the parliament.", "protest", "asserted"),
])
def test_intent_noun_modality(pipe: Pipeline, text: str, word: str, modality: str) -> None:
    assert token_modality(pipe, text, word) == modality


# modality21: an act inside a negated if/unless clause is the condition, so
# hypothetical (docs/annotation.md "Modality inside a condition"); a negated
# act outside one, or a negated consequence, stays negated
@pytest.mark.parametrize("text,word,modality", [
    ("The rebels will shell the city if the army does not withdraw its tanks.",
     "withdraw", "hypothetical"),
    ("If the hostages are not released by Monday, the militia will storm the base.",
     "released", "hypothetical"),
    ("Unless the embassy is not closed, the students will march again.", "closed",
     "hypothetical"),
    ("The ministry said it would not sign the deal if the talks failed.", "sign", "negated"),
    ("The army did not withdraw its tanks from the city.", "withdraw", "negated"),
])
def test_negated_condition_is_hypothetical(pipe: Pipeline, text: str, word: str,
                                           modality: str) -> None:
    assert token_modality(pipe, text, word) == modality


# modality21: an act awaited in an until-clause under a stance still to come
# is hypothetical; under a past act the clause is plain time
@pytest.mark.parametrize("text,word,modality", [
    ("The farmers say they will block the highway until the minister resigns.",
     "resigns", "hypothetical"),
    ("The opposition urged its supporters to stay in the square until the detainees "
     "are released.", "released", "hypothetical"),
    ("The rebels would keep shelling the town until the army withdrew.", "withdrew",
     "hypothetical"),
    ("Students vowed to occupy the campus until the police chief is dismissed.",
     "dismissed", "hypothetical"),
    ("Police held the suspect until his lawyer arrived.", "arrived", "asserted"),
    ("The general ruled the country until he was ousted in a coup in 2019.", "ousted",
     "asserted"),
])
def test_until_clause_is_hypothetical(pipe: Pipeline, text: str, word: str,
                                      modality: str) -> None:
    assert token_modality(pipe, text, word) == modality
