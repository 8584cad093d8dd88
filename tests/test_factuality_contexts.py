"""The sentence contexts of ``stages/factuality/contexts.py`` (issue #12):
each class with at least three own examples (none taken from an evaluation
set), and look-alikes that must stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.factuality.component import factuality_for_token

COMPONENTS = ("eventwire_actors", "eventwire_quotes")


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(settings=Settings(factuality_model="rules"), components=COMPONENTS)


def label(pipe: Pipeline, text: str, word: str) -> tuple[str, str]:
    """(polarity, certainty) of the first token ``word`` in ``text``."""
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2024, 5, 6))]))
    index = next(t.i for t in doc if t.text == word)
    f = factuality_for_token(doc, index, [])
    return f.polarity, f.certainty


@pytest.mark.parametrize("text,word", [
    ("Will the cabinet resign before the summer?", "resign"),
    ("Did the border guards open fire on the boat?", "open"),
    ("Has the union accepted the pay offer?", "accepted"),
    ("Could the dispute end up in court?", "end"),
])
def test_yes_no_question_is_underspecified(pipe: Pipeline, text: str, word: str) -> None:
    assert label(pipe, text, word) == ("underspecified", "underspecified")


@pytest.mark.parametrize("text,word", [
    ("Who fired the shots at the checkpoint?", "fired"),
    ("Why did the regulator fine the bank?", "fine"),
    ("When did the ship leave the harbour?", "leave"),
])
def test_wh_question_presupposes_its_event(pipe: Pipeline, text: str, word: str) -> None:
    assert label(pipe, text, word) == ("positive", "certain")


@pytest.mark.parametrize("text,word", [
    ("The delegation left the capital without signing the accord.", "signing"),
    ("The meeting closed without a vote on the budget.", "vote"),
    ("Guards kept the reporters from entering the court.", "entering"),
    ("Several deputies refrained from voting on the motion.", "voting"),
    ("The report stopped short of blaming the minister.", "blaming"),
    ("The airline avoided cutting flights during the summer.", "cutting"),
])
def test_negative_context(pipe: Pipeline, text: str, word: str) -> None:
    assert label(pipe, text, word) == ("negative", "certain")


@pytest.mark.parametrize("text,word,expected", [
    ("Traders do not expect the bank to change its policy.", "change",
     ("negative", "probable")),
    ("Few analysts believe that the merger will go ahead; most do not think it will happen.",
     "happen", ("negative", "probable")),
    ("Observers doubt that the truce will last.", "last", ("negative", "probable")),
    # an affirmed belief keeps the event positive
    ("Traders expect the bank to change its policy.", "change", ("positive", "probable")),
])
def test_negated_belief(pipe: Pipeline, text: str, word: str,
                        expected: tuple[str, str]) -> None:
    assert label(pipe, text, word) == expected


@pytest.mark.parametrize("text,word,expected", [
    ("The reform is unlikely to pass the senate.", "pass", ("negative", "probable")),
    ("It is unlikely that the factory will reopen.", "reopen", ("negative", "probable")),
    ("A recount is unlikely in most districts.", "recount", ("negative", "probable")),
    ("It is possible that the files were destroyed.", "destroyed", ("positive", "possible")),
    ("The strike is likely to spread to other ports.", "spread", ("positive", "probable")),
])
def test_hedging_predicate(pipe: Pipeline, text: str, word: str,
                           expected: tuple[str, str]) -> None:
    assert label(pipe, text, word) == expected


@pytest.mark.parametrize("text,word", [
    ("The opening of the new terminal was postponed until spring.", "opening"),
    ("The carmaker halted production at two plants.", "production"),
    ("Organisers cancelled the concert after the storm.", "concert"),
    ("The postponed summit will take place in Lisbon.", "summit"),
    ("The company stopped publishing its quarterly forecasts.", "publishing"),
    ("Passengers complained about the delay in boarding.", "boarding"),
    ("The two parties called off the negotiations.", "negotiations"),
])
def test_called_off_event_is_negative(pipe: Pipeline, text: str, word: str) -> None:
    assert label(pipe, text, word)[0] == "negative"


@pytest.mark.parametrize("text,word", [
    # an event that was not cancelled went ahead
    ("The organisers did not cancel the concert.", "concert"),
    ("The board has not postponed the meeting.", "meeting"),
    ("The company started publishing its forecasts.", "publishing"),
])
def test_not_called_off(pipe: Pipeline, text: str, word: str) -> None:
    assert label(pipe, text, word)[0] == "positive"


@pytest.mark.parametrize("text,word,certainty", [
    ("The thieves must have known the alarm code.", "known", "probable"),
    ("The parcel should have reached the office by now.", "reached", "probable"),
    ("Someone must have opened the gate during the night.", "opened", "probable"),
    # deontic "must" keeps the demand certain
    ("Tenants must leave the building by Friday.", "leave", "certain"),
])
def test_epistemic_perfect_modal(pipe: Pipeline, text: str, word: str, certainty: str) -> None:
    assert label(pipe, text, word)[1] == certainty


@pytest.mark.parametrize("text,word,certainty", [
    ("Police suspect that the warehouse fire was started on purpose.", "started", "probable"),
    ("The ministry estimates that exports fell by a tenth.", "fell", "probable"),
    ("Many think the governor will run for president.", "run", "probable"),
    ("Residents fear that the landslide will block the road.", "block", "possible"),
    ("The figures suggest that demand has peaked.", "peaked", "possible"),
])
def test_belief_and_fear_verbs(pipe: Pipeline, text: str, word: str, certainty: str) -> None:
    assert label(pipe, text, word)[1] == certainty


@pytest.mark.parametrize("text,word,certainty", [
    # a past arrangement leaves the outcome open; a present one is a schedule
    ("The ferry was due to leave at noon.", "leave", "underspecified"),
    ("The jury was set to deliver its verdict on Friday.", "deliver", "underspecified"),
    ("The museum is set to reopen next spring.", "reopen", "certain"),
    ("The envoy is due to arrive in Cairo on Sunday.", "arrive", "certain"),
])
def test_arrangement_tense(pipe: Pipeline, text: str, word: str, certainty: str) -> None:
    assert label(pipe, text, word)[1] == certainty


@pytest.mark.parametrize("text,word", [
    # a rejected or dismissed proposal, offer or bid still was made
    ("Parliament rejected the proposal on Tuesday.", "proposal"),
    ("The union dismissed the latest pay offer.", "offer"),
    ("Shareholders rejected the takeover bid by a wide margin.", "bid"),
])
def test_rejected_object_still_happened(pipe: Pipeline, text: str, word: str) -> None:
    assert label(pipe, text, word) == ("positive", "certain")


@pytest.mark.parametrize("text,word", [
    # the content of a denial is still negative
    ("The army rejected claims that it had shelled the village.", "shelled"),
    ("The ministry denied that troops looted the shops.", "looted"),
    ("The company dismissed reports that it will sell the unit.", "sell"),
])
def test_denied_content_stays_negative(pipe: Pipeline, text: str, word: str) -> None:
    assert label(pipe, text, word)[0] == "negative"


@pytest.mark.parametrize("text,word,polarity", [
    ("Reporters asked if the plant would close.", "close", "underspecified"),
    ("The coach did not say if he will stay next season.", "stay", "underspecified"),
    ("Nobody knows if the talks will resume.", "resume", "underspecified"),
    ("The mayor asked whether the bridge had been inspected.", "inspected", "underspecified"),
    # an adverbial if-clause is a condition: its polarity stays as written
    ("If the plant closes, 300 jobs will go.", "closes", "positive"),
])
def test_indirect_question(pipe: Pipeline, text: str, word: str, polarity: str) -> None:
    assert label(pipe, text, word) == (polarity, "underspecified")


@pytest.mark.parametrize("text,word", [
    # nouns of attempt and of speculation: the content is a possibility
    ("The insurer made a bid to acquire its smaller rival.", "acquire"),
    ("The effort to rescue the trapped miners continued overnight.", "rescue"),
    ("Speculation that the bank would merge with a rival lifted its shares.", "merge"),
    ("A proposal to extend the ban was put to the council.", "extend"),
])
def test_attempt_and_speculation_nouns(pipe: Pipeline, text: str, word: str) -> None:
    assert label(pipe, text, word) == ("positive", "possible")


def test_blind_set_is_what_its_builder_writes() -> None:
    """tests/data/factuality_blind.jsonl is never edited by hand: its labels
    are the ones committed before any run (see the builder's changelog)."""
    import json
    import sys
    from pathlib import Path

    data = Path(__file__).parent / "data"
    sys.path.insert(0, str(data))
    try:
        from make_factuality_blind import build
    finally:
        sys.path.remove(str(data))
    written = [json.loads(line) for line in (data / "factuality_blind.jsonl").open()]
    assert written == build()
    assert sum(len(r["events"]) for r in written) >= 150


def test_certainty_blind_e_is_what_its_builder_writes() -> None:
    """tests/data/certainty_blind_e.jsonl (branch certainty) is never edited
    by hand either: its labels were committed before any run."""
    import json
    import sys
    from pathlib import Path

    data = Path(__file__).parent / "data"
    sys.path.insert(0, str(data))
    try:
        from make_certainty_blind_e import build
    finally:
        sys.path.remove(str(data))
    written = [json.loads(line) for line in (data / "certainty_blind_e.jsonl").open()]
    assert written == build()
    assert len(written) >= 80


def test_certainty_blind_f_is_what_its_builder_writes() -> None:
    """tests/data/certainty_blind_f.jsonl (branch certainty2) is never edited
    by hand: its labels were committed before any run."""
    import json
    import sys
    from pathlib import Path

    data = Path(__file__).parent / "data"
    sys.path.insert(0, str(data))
    try:
        from make_certainty_blind_f import build
    finally:
        sys.path.remove(str(data))
    written = [json.loads(line) for line in (data / "certainty_blind_f.jsonl").open()]
    assert written == build()
    assert sum(len(r["events"]) for r in written) >= 80
