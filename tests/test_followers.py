"""Class *the followers of an opposition figure or party* (recodes18,
:mod:`eventwire.stages.actors.followers`): sentences written for this test,
none from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_with_trigger as event


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


def sectors_of(pipe: Pipeline, text: str, word: str) -> list[list[str]]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    assert doc is not None
    return [list(m.sectors) for m in doc._.actor_mentions if m.text == word]


@pytest.mark.parametrize("text", [
    "Police arrested dozens of supporters of opposition leader Ali Benyamin in Lagos.",
    "Security forces beat supporters of the opposition party as they marched.",
    "Police clashed with the opposition leader's supporters outside the court.",
])
def test_followers_of_the_opposition_are_opp(pipe: Pipeline, text: str) -> None:
    (sectors,) = sectors_of(pipe, text, "supporters")
    assert "OPP" in sectors


@pytest.mark.parametrize("text", [
    "The president urged his supporters to stay calm.",
    "Police arrested supporters of the ruling party.",
    "Supporters of the football club celebrated in the streets.",
])
def test_other_followers_stay_civilians(pipe: Pipeline, text: str) -> None:
    word = "Supporters" if text.startswith("Supporters") else "supporters"
    for sectors in sectors_of(pipe, text, word):
        assert "OPP" not in sectors


# review18: a clause that describes the followed party says nothing of whom
# the followers follow ("the ruling party, which beat the opposition")
@pytest.mark.parametrize("text", [
    "Police arrested supporters of the ruling party, which defeated the opposition in May.",
    "Police dispersed supporters of the governor who had jailed the opposition leader.",
])
def test_a_clause_about_the_opposition_makes_no_follower_opp(pipe: Pipeline,
                                                             text: str) -> None:
    for sectors in sectors_of(pipe, text, "supporters"):
        assert "OPP" not in sectors


# codes25: the followed party is one the KB does not know (no governing
# code), or a person it codes only as an elite (no office)
@pytest.mark.parametrize("text,word", [
    ("Police fired tear gas at thousands of MDC supporters near the stadium in Harare.",
     "supporters"),
    ("Supporters of the Movement for Renewal and Justice rallied in Bamako.", "Supporters"),
    ("Morsi supporters clashed with police in Alexandria.", "supporters"),
])
def test_followers_of_an_unknown_party_or_an_officeless_figure_are_opp(
        pipe: Pipeline, text: str, word: str) -> None:
    (sectors,) = sectors_of(pipe, text, word)
    assert "OPP" in sectors and "CVL" in sectors


@pytest.mark.parametrize("text", [
    "Police arrested supporters of President Nandi Kerewa in Kampala.",
    "Fans of the club cheered the team outside the stadium.",
])
def test_followers_of_an_office_holder_stay_civilians(pipe: Pipeline, text: str) -> None:
    for sectors in sectors_of(pipe, text, "supporters"):
        assert "OPP" not in sectors


# --- recip50: the follower noun chosen as a recipient, its leader named apart ---

@pytest.mark.parametrize("text,trigger", [
    ("The opposition Umoja party boycotted the count. Police in Mombasa fired tear gas "
     "at Umoja supporters outside the tally centre on Friday.", "fired"),
    ("Opposition candidate Petra Lwanga lost the runoff. Soldiers beat dozens of Lwanga "
     "supporters in Gulu on Sunday.", "beat"),
    ("The opposition Freedom Alliance called a strike. Riot police detained 40 Alliance "
     "supporters in Kisumu.", "detained"),
])
def test_followers_of_a_leader_the_article_calls_opposition_are_opp(
        event_pipe: Pipeline, text: str, trigger: str) -> None:
    """The bare follower noun is the recipient and its leader a mention
    apart, which the KB does not know: the article's own "opposition X"
    elsewhere says whom they follow (recip50)."""
    ev = event(event_pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.text == "supporters", ev.recipient
    assert "OPP" in ev.recipient.sectors and "CVL" in ev.recipient.sectors, ev.recipient


@pytest.mark.parametrize("text,trigger", [
    ("President Hamid Karoun thanked voters. Police arrested 20 Karoun supporters in "
     "Tunis after the opposition rally.", "arrested"),
    ("The opposition said Mbeki had rigged it. Police detained 30 Mbeki supporters in "
     "Lilongwe.", "detained"),
    ("Opposition leader Sara Nkomo spoke in Harare. Police arrested 20 supporters of the "
     "ruling party in Bulawayo.", "arrested"),
])
def test_followers_of_a_leader_never_called_opposition_stay_civilians(
        event_pipe: Pipeline, text: str, trigger: str) -> None:
    """A president, a name the opposition speaks of (its "opposition" is
    another phrase's) and the ruling party's followers add nothing."""
    ev = event(event_pipe, text, trigger)
    assert ev.recipient is not None and "OPP" not in ev.recipient.sectors, ev.recipient


@pytest.mark.parametrize("text,name,called", [
    ("Opposition leader Tundo Maswi was charged on Monday. Maswi denied it.", "Maswi", True),
    ("The Opposition Umoja party vice-chairman Ali Juma spoke. Police arrested Juma.",
     "Juma", True),
    ("Opposition candidate Ana Rivas lost. Rivas conceded.", "Rivas", True),
    ("The government accused the opposition of paying Diallo. Police arrested Diallo.",
     "Diallo", False),
    ("Prime Minister Ivo Tanev met the opposition in Sofia. Tanev left.", "Tanev", False),
    ("Police arrested Kamau and the opposition leader in Nakuru.", "Kamau", False),
])
def test_a_name_the_article_calls_opposition(pipe: Pipeline, text: str, name: str,
                                             called: bool) -> None:
    """``_named_opposition``: the same proper noun with "opposition" in its
    own phrase somewhere; not across a verb, a preposition or a
    conjunction (recip50)."""
    from eventwire.stages.actors.followers import _named_opposition, _tables

    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    assert doc is not None
    last = [t for t in doc if t.text == name][-1]
    assert _named_opposition(doc, last, _tables()[1]) is called


def _named_by_token_scan(doc, root, words) -> bool:  # type: ignore[no-untyped-def]
    """The old whole-document walk (speed46 replaced it with the
    opposition-word positions): the reference the new answer must equal."""
    from eventwire.stages.actors.followers import NAMED_REACH, PHRASE_ENDS

    if root.pos_ != "PROPN":
        return False
    for t in doc:
        if t.lower_ != root.lower_:
            continue
        for j in range(t.i - 1, max(-1, t.i - 1 - NAMED_REACH), -1):
            w = doc[j]
            if w.lower_ in words:
                return True
            if w.is_punct and w.text != "-" or w.pos_ in PHRASE_ENDS or w.is_sent_end:
                break
    return False


@pytest.mark.parametrize(("text", "named"), [
    ("Opposition leader Tundu Lissu returned to Dar es Salaam. Police detained Lissu at the"
     " airport.", True),
    ("The opposition Chadema party called a rally. Chadema supporters were beaten.", True),
    ("Mondlane, whom the ruling party accused of treason, spoke. Police fired on Mondlane's"
     " convoy.", False),
    # a verb ends the phrase: "backs Kamto", "-led Benyamin" are not named so
    ("Kamto met the governor. The opposition, critics said, backs Kamto. Kamto left.", False),
    ("Police arrested Ruto in Nairobi. Ruto denied the charges.", False),
    ("opposition opposition - led Benyamin and opposition-backed Benyamin rallied in Abuja.",
     False),
])
def test_named_opposition_answers_as_the_whole_document_walk(pipe: Pipeline, text: str,
                                                            named: bool) -> None:
    from eventwire.stages.actors.followers import _named_opposition, _tables

    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    assert doc is not None
    words = _tables()[1]
    answers = [(_named_opposition(doc, t, words), _named_by_token_scan(doc, t, words))
               for t in doc]
    assert all(new == old for new, old in answers)
    assert any(new for new, _ in answers) == named
