"""The minority certainty and polarity classes of branch ``certainty3``
(issue #12): conditions the parser builds without "if", indirect questions,
negated conditions, negative subjects, hedging adverbs and deliberation
verbs, wishes, past arrangements and generic "when" clauses. Each class has
at least three own sentences (none from an evaluation set) and look-alikes
that keep their old reading."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from tests.test_factuality_nominal import fact

COMPONENTS = ("eventwire_actors", "eventwire_quotes")


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(settings=Settings(factuality_model="rules"), components=COMPONENTS)


def labels(pipe: Pipeline, text: str, word: str) -> tuple[str, str]:
    f = fact(pipe, text, word)
    return f.certainty, f.polarity


@pytest.mark.parametrize("text,antecedent,consequence", [
    ("Were the bank to fail, depositors would lose their savings.", "fail", "lose"),
    ("Had the pilots known about the ice, they would have turned back.", "known", "turned"),
    ("Were oil prices to rise again, the airline would cut more routes.", "rise", "cut"),
])
def test_inverted_conditional(pipe: Pipeline, text: str, antecedent: str,
                              consequence: str) -> None:
    """The antecedent of a were/had inversion is underspecified; the main
    clause is a conditional, certain (MEANTIME's COND_MAIN_CLAUSE)."""
    assert labels(pipe, text, antecedent) == ("underspecified", "positive")
    main = fact(pipe, text, consequence)
    assert (main.certainty, main.modality) == ("certain", "conditional")
    assert main.condition is not None and main.condition.text.split()[0] in ("Were", "Had")


@pytest.mark.parametrize("text,antecedent,consequence", [
    ("The fund will pay out in case the harvest fails.", "fails", "pay"),
    ("The army will send more troops in case the rebels attack.", "attack", "send"),
    ("The port keeps spare tugs in case a tanker loses power.", "loses", "keeps"),
])
def test_in_case_clause(pipe: Pipeline, text: str, antecedent: str, consequence: str) -> None:
    assert labels(pipe, text, antecedent) == ("underspecified", "positive")
    assert fact(pipe, text, consequence).certainty == "certain"


@pytest.mark.parametrize("text,word", [
    ("The firm has not decided whether to sell the unit.", "sell"),
    ("Shareholders will vote on whether to accept the bid.", "accept"),
    ("The council is debating whether to close the library.", "close"),
])
def test_whether_infinitive(pipe: Pipeline, text: str, word: str) -> None:
    """"whether to sell" is an open choice, like a whether-clause."""
    assert labels(pipe, text, word) == ("underspecified", "underspecified")


@pytest.mark.parametrize("text,word", [
    ("The report did not establish if the pilots had been trained.", "trained"),
    ("It is unclear if the deal will close this year.", "close"),
    ("Engineers will check if the cables were damaged.", "damaged"),
])
def test_indirect_if_question(pipe: Pipeline, text: str, word: str) -> None:
    assert labels(pipe, text, word) == ("underspecified", "underspecified")


def test_fronted_if_stays_a_condition(pipe: Pipeline) -> None:
    """A fronted "If …," before a verb of knowing is a condition: polarity
    as written."""
    text = "If the tests fail, we will know more next week."
    assert labels(pipe, text, "fail") == ("underspecified", "positive")


@pytest.mark.parametrize("text,word", [
    ("If the rain had not stopped, the river would have flooded.", "stopped"),
    ("Unless the strike does not end, the plant will reopen.", "end"),
    ("If the lender cannot find a buyer, it will close branches.", "find"),
])
def test_negated_condition(pipe: Pipeline, text: str, word: str) -> None:
    """A negation inside a condition leaves it a condition: underspecified,
    negative (MEANTIME: "if … I could no longer meet my duties")."""
    assert labels(pipe, text, word) == ("underspecified", "negative")


@pytest.mark.parametrize("text,word", [
    ("Nobody was injured in the blast.", "injured"),
    ("Nothing was stolen from the museum.", "stolen"),
    ("None of the passengers survived the crash.", "survived"),
])
def test_negative_subject(pipe: Pipeline, text: str, word: str) -> None:
    assert labels(pipe, text, word) == ("certain", "negative")


def test_positive_subject_stays_positive(pipe: Pipeline) -> None:
    assert labels(pipe, "Somebody was injured in the blast.", "injured") == \
        ("certain", "positive")


@pytest.mark.parametrize("text,word", [
    ("Are prices about to fall?", "fall"),
    ("Is the coalition about to collapse?", "collapse"),
    ("Was the ferry about to sink?", "sink"),
])
def test_about_to_question(pipe: Pipeline, text: str, word: str) -> None:
    assert labels(pipe, text, word) == ("underspecified", "underspecified")


def test_about_to_statement_is_not_a_question(pipe: Pipeline) -> None:
    assert labels(pipe, "Prices are about to fall.", "fall")[1] == "positive"


@pytest.mark.parametrize("text,word", [
    ("Maybe the talks will resume.", "resume"),
    ("The virus maybe spread through the water supply.", "spread"),
    ("Maybe the company will move its headquarters.", "move"),
])
def test_maybe_hedge(pipe: Pipeline, text: str, word: str) -> None:
    assert fact(pipe, text, word).certainty == "possible"


@pytest.mark.parametrize("text,word", [
    ("The state is weighing a ban on the app.", "ban"),
    ("The board mulled a sale of the shipping arm.", "sale"),
    ("The ministry is exploring a merger of the two railways.", "merger"),
])
def test_deliberation_verb_object(pipe: Pipeline, text: str, word: str) -> None:
    """An event under deliberation may or may not come: possible."""
    assert fact(pipe, text, word).certainty == "possible"


@pytest.mark.parametrize("text,word", [
    ("The team hopes to win the title.", "win"),
    ("The start-up hoped to raise money from pension funds.", "raise"),
    ("Residents are hoping to return home by Friday.", "return"),
])
def test_hope_is_a_wish(pipe: Pipeline, text: str, word: str) -> None:
    """"hope to" states a desire, like "want to": underspecified."""
    assert fact(pipe, text, word).certainty == "underspecified"


@pytest.mark.parametrize("text,word", [
    ("The minister was supposed to attend the summit.", "attend"),
    ("The goods were supposed to arrive on Tuesday.", "arrive"),
    ("The referee was supposed to check the footage.", "check"),
])
def test_past_supposed_arrangement(pipe: Pipeline, text: str, word: str) -> None:
    """A past arrangement whose outcome the text does not tell ("was due
    to", "was set to", now "was supposed to"): underspecified."""
    assert fact(pipe, text, word).certainty == "underspecified"


def test_present_supposed_stays_probable(pipe: Pipeline) -> None:
    text = "The new engine is supposed to be more efficient."
    assert fact(pipe, text, "be").certainty == "probable"


@pytest.mark.parametrize("text,word", [
    ("The market closes when the index falls 10 percent.", "falls"),
    ("Shares usually rise when the central bank cuts rates.", "cuts"),
    ("The dam releases water when the lake reaches its limit.", "reaches"),
])
def test_generic_when_clause(pipe: Pipeline, text: str, word: str) -> None:
    assert fact(pipe, text, word).certainty == "underspecified"


@pytest.mark.parametrize("text,word", [
    ("The plane will wear the new livery when it arrives on Friday.", "arrives"),
    ("Shares rose when the central bank cut rates.", "cut"),
    ("The singer is smiling when she walks on stage.", "walks"),
])
def test_occasion_when_clause_stays_certain(pipe: Pipeline, text: str, word: str) -> None:
    assert fact(pipe, text, word).certainty == "certain"


@pytest.mark.parametrize("text,word", [
    ("Investors worried that the slump would deepen.", "deepen"),
    ("Traders are concerned that the bank could fail.", "fail"),
    ("Analysts are worried the recession will last into 2010.", "last"),
    ("Concerns that the euro will collapse hit stocks.", "collapse"),
])
def test_apprehension_content(pipe: Pipeline, text: str, word: str) -> None:
    """What someone worries about may or may not come, like "fear that"."""
    assert fact(pipe, text, word).certainty == "possible"


def test_worry_about_a_past_fact_object_stays(pipe: Pipeline) -> None:
    """The worry itself happened: only its content is possible."""
    assert fact(pipe, "Investors worried that the slump would deepen.", "worried").certainty \
        == "certain"


@pytest.mark.parametrize("text,word", [
    ("The airline was unable to pay its staff.", "pay"),
    ("Rescuers were unable to reach the village.", "reach"),
    ("The court is unable to hear the case before June.", "hear"),
])
def test_unable_is_a_negative_implicative(pipe: Pipeline, text: str, word: str) -> None:
    """"unable to", like "failed to": the event did not (or will not) happen."""
    assert labels(pipe, text, word) == ("certain", "negative")


@pytest.mark.parametrize("text,word", [
    ("The proposed merger would create the largest carmaker.", "merger"),
    ("Unions oppose the proposed closure of the plant.", "closure"),
    ("Ministers discussed the mooted sale of the state airline.", "sale"),
])
def test_proposed_event_noun(pipe: Pipeline, text: str, word: str) -> None:
    """A proposed event is not yet decided: possible (like "proposed to merge")."""
    assert fact(pipe, text, word).certainty == "possible"


@pytest.mark.parametrize("text,word", [
    ("The bridge did not reopen until May.", "reopen"),
    ("The body was not found until Tuesday.", "found"),
    ("The talks were not resumed until March.", "resumed"),
])
def test_not_until_is_positive(pipe: Pipeline, text: str, word: str) -> None:
    """"not … until" negates the earlier time; the event happens."""
    f = fact(pipe, text, word)
    assert (f.certainty, f.polarity) == ("certain", "positive")


@pytest.mark.parametrize("text,word", [
    ("The bridge did not reopen in May.", "reopen"),
    ("Shops will not open until the curfew is lifted.", "open"),
    ("The rebels would not disarm until the army withdrew.", "disarm"),
])
def test_not_without_until_or_with_modal_stays_negative(pipe: Pipeline, text: str,
                                                        word: str) -> None:
    """Without "until", or under a modal (a refusal with a condition)."""
    assert fact(pipe, text, word).polarity == "negative"


@pytest.mark.parametrize("text,word", [
    ("Mounting concerns over the antenna placement hurt sales.", "placement"),
    ("Worries about the recall weighed on the shares.", "recall"),
    ("The minister voiced concern over the closure of the mine.", "closure"),
])
def test_concern_about_a_noun_stays_certain(pipe: Pipeline, text: str, word: str) -> None:
    """What people are concerned about may well have happened: only a
    content clause of "concern" / "worry" is possible."""
    assert fact(pipe, text, word).certainty == "certain"


@pytest.mark.parametrize("text,word", [
    ("The minister may or may not attend the summit.", "attend"),
    ("The vaccine might or might not work on older patients.", "work"),
    ("The board may or may not approve the dividend.", "approve"),
])
def test_either_polarity(pipe: Pipeline, text: str, word: str) -> None:
    """"may or may not": both polarities open, the modal's certainty."""
    assert labels(pipe, text, word) == ("possible", "underspecified")


@pytest.mark.parametrize("text,word", [
    ("Whether the deal survives depends on the regulators.", "survives"),
    ("Whether the strike ends soon is not clear.", "ends"),
    ("Whether prices fall will decide the election.", "fall"),
])
def test_whether_subject_clause(pipe: Pipeline, text: str, word: str) -> None:
    assert labels(pipe, text, word) == ("underspecified", "underspecified")


@pytest.mark.parametrize("text,word", [
    ("It remains unclear if the ban will apply to imports.", "apply"),
    ("Doctors were not sure if the patient would recover.", "recover"),
    ("It seems uncertain if the tour will go ahead.", "go"),
])
def test_if_after_adjective_of_knowing(pipe: Pipeline, text: str, word: str) -> None:
    assert labels(pipe, text, word) == ("underspecified", "underspecified")
