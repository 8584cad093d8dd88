"""The scope of a denial, threat or demand (``_scope_chain`` in
``stages/factuality/clauses.py``, issue #12): it covers its own complement,
not a relative clause, an adverbial clause or time phrase, a reduced
relative, the phrase of a plain noun, a coordinated verb, or a naming
"call". Every sentence was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, Factuality
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.factuality.component import factuality_for_token

COMPONENTS = ("eventwire_actors", "eventwire_quotes")


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(settings=Settings(factuality_model="rules"), components=COMPONENTS)


def fact(pipe: Pipeline, text: str, word: str) -> Factuality:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2024, 5, 6))]))
    assert doc is not None
    index = next(t.i for t in doc if t.text == word)
    return factuality_for_token(doc, index, list(doc._.quotes or []))


@pytest.mark.parametrize("text,word", [
    # adverbial clauses and time phrases beside a threat or demand
    ("The envoy warned of sanctions after troops attacked the border post.", "attacked"),
    ("Minister warns of reprisals after rebels raid village", "raid"),
    ("The group threatened more attacks after the government arrested its leader.",
     "arrested"),
    ("North Korea threatens more strikes after shelling a southern island.", "shelling"),
    ("Lawmakers called for an inquiry after the police raided the offices.", "raided"),
    ("The minister warned of shortages following the closure of the pipeline.", "closure"),
    # relative clauses and reduced relatives
    ("The clinic that was shelled on Monday reopened, although the militia denied "
     "firing at it.", "shelled"),
    ("The army, which shelled the town on Tuesday, denied targeting civilians.", "shelled"),
    ("Officials rejected allegations that guards abused prisoners detained after the riot.",
     "detained"),
    # the phrase of a plain noun is a presupposed referent
    ("Activists demanded an inquiry into the raid that killed six people.", "raid"),
    ("The president vowed revenge for the bombing that destroyed the market.", "bombing"),
    # naming, not demanding
    ("The senator called the shooting an act of terror.", "shooting"),
    ("The union called the strike a success and ended it.", "strike"),
    # the subject of the threat verb itself
    ("The flooding threatens the rice harvest in the delta.", "flooding"),
])
def test_event_beside_a_threat_denial_or_demand_is_asserted(
        pipe: Pipeline, text: str, word: str) -> None:
    f = fact(pipe, text, word)
    assert (f.polarity, f.certainty, f.modality) == ("positive", "certain", "asserted")


@pytest.mark.parametrize("text,word,modality", [
    ("The envoy warned of sanctions after troops attacked the border post.", "sanctions",
     "threatened"),
    ("The rebels threatened to storm the base, which soldiers abandoned last month.",
     "storm", "threatened"),
    ("The ministry denied that police had beaten the students.", "beaten", "denied"),
    ("Officials rejected allegations that guards abused prisoners.", "abused", "denied"),
    ("The army denied reports of an attack on the convoy.", "attack", "denied"),
    ("Activists demanded an inquiry into the raid.", "inquiry", "demanded"),
    # the subject of a content clause is inside it
    ("The rebels deny the massacre happened.", "massacre", "denied"),
    ("The ministry denied that any arrests took place.", "arrests", "denied"),
    ("The militia threatened to blow up the bridge to stop the advance.", "stop",
     "threatened"),
])
def test_the_content_keeps_its_modality(pipe: Pipeline, text: str, word: str,
                                        modality: str) -> None:
    assert fact(pipe, text, word).modality == modality


def test_condition_of_a_threat_is_hypothetical(pipe: Pipeline) -> None:
    f = fact(pipe, "The group threatened to strike if wages were cut.", "cut")
    assert (f.certainty, f.modality) == ("underspecified", "hypothetical")


# --- factual13 (issue #12): phrases of time and cause, past inability ------
# Own sentences, written for these tests (none from an evaluation set).


@pytest.mark.parametrize("text,word", [
    ("The ferry operator may cancel sailings because of the storm.", "storm"),
    ("Bond yields could climb further amid worries about the deficit.", "worries"),
    ("The mill might reopen after the repairs to its boiler.", "repairs"),
    ("Ticket prices can rise sharply due to the heatwave.", "heatwave"),
    ("Exports may slow despite the devaluation of the peso.", "devaluation"),
])
def test_cause_or_time_phrase_outside_modal(pipe: Pipeline, text: str, word: str) -> None:
    """The event of a phrase of time or cause on a modal verb is presupposed:
    certain and asserted, not the verb's possibility."""
    f = fact(pipe, text, word)
    assert (f.certainty, f.polarity, f.modality) == ("certain", "positive", "asserted")


@pytest.mark.parametrize("text,word,certainty", [
    ("The ferry operator may cancel sailings because of the storm.", "cancel", "possible"),
    ("Regulators could approve the merger of the two utilities.", "merger", "possible"),
    ("The regulator may launch a review of the contract.", "review", "possible"),
    ("The minister may resign before the vote on the budget.", "vote", "possible"),
    ("Talks could resume during the holiday season.", "holiday", "possible"),
])
def test_modal_still_reaches_its_own_content(pipe: Pipeline, text: str, word: str,
                                             certainty: str) -> None:
    """Look-alikes: the modal verb, its object, an object's phrase and a
    "before / during" phrase (its event may be still to come) stay possible."""
    assert fact(pipe, text, word).certainty == certainty


@pytest.mark.parametrize("text,word", [
    ("Firefighters could not reach the top floor of the tower.", "reach"),
    ("The company's spokeswoman could not be reached for comment.", "reached"),
    ("The striker couldn't finish the match after a knee injury.", "finish"),
    ("Divers could not find the wreck before nightfall.", "find"),
])
def test_past_inability_is_certain_negative(pipe: Pipeline, text: str, word: str) -> None:
    """"could not X" with no condition and no perfect is a failure that
    happened, like "was unable to X": certain, negative."""
    f = fact(pipe, text, word)
    assert (f.certainty, f.polarity, f.modality) == ("certain", "negative", "negated")


@pytest.mark.parametrize("text,word,certainty", [
    ("The board could not have known about the losses.", "known", "possible"),
    ("The mine may not reopen this year.", "reopen", "possible"),
    ("If the insurer could not pay, the state would step in.", "pay", "underspecified"),
    ("Analysts say the talks might not succeed.", "succeed", "possible"),
])
def test_inability_look_alikes(pipe: Pipeline, text: str, word: str, certainty: str) -> None:
    """A perfect ("could not have known": a guess), "may / might not" and a
    negated if-clause keep their readings."""
    f = fact(pipe, text, word)
    assert (f.certainty, f.polarity) == (certainty, "negative")


@pytest.mark.parametrize("text,word", [
    ("The governor's refusal to release the prisoners angered their families.", "release"),
    ("The ministry's failure to pay the nurses led to a strike in Accra.", "pay"),
    ("Their refusal to leave the square ended in clashes on Sunday.", "leave"),
])
def test_refusal_or_failure_noun_negates_its_infinitive(pipe: Pipeline, text: str,
                                                       word: str) -> None:
    """"his refusal to release" is "he refused to release" as a noun
    (actors18 gives the infinitive the noun's owner as doer): the act did
    not happen."""
    f = fact(pipe, text, word)
    assert (f.polarity, f.modality) == ("negative", "negated"), f


@pytest.mark.parametrize("text,word", [
    ("The governor's decision to release the prisoners pleased their families.", "release"),
    ("A refusal by the clerk was reported before the court agreed to pay.", "pay"),
])
def test_other_nouns_leave_their_infinitive_positive(pipe: Pipeline, text: str,
                                                     word: str) -> None:
    assert fact(pipe, text, word).polarity != "negative"


@pytest.mark.parametrize("text", [
    "The union has not yet decided whether it will strike, and may never do so.",
    "Officials said the ferry could have been sunk, but nobody was charged.",
    "Should the rebels refuse, the army would probably not hesitate to attack.",
])
def test_children_by_dep_equal_the_token_walk(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """speed31: ``children_with`` reads the children table (cold here, then
    warm) and gives the Token walk's children, in its order."""
    from eventwire.stages.factuality.clauses import children_with

    doc = spacy_nlp(text)
    tokens = list(doc)
    for deps in ({"aux"}, {"aux", "auxpass"}, {"neg"}, {"nsubj", "nsubjpass"}, {"advmod"}):
        for window in (tokens, tokens[:1], tokens[3:5], []):
            old = [c for t in window for c in t.children if c.dep_ in deps]
            assert [c.i for c in children_with(window, deps)] == [c.i for c in old]
