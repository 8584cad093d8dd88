"""The story's country (eventwire/stages/actors/home.py). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from eventwire.models import ActorMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.home import home_country
from tests.test_actors import mentions_of


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


@pytest.mark.parametrize("text,home", [
    ("South Korean police detained dozens of protesters angry at beef from the United "
     "States. South Korean officials in Seoul said the United States had agreed to talks.",
     "KOR"),
    ("Indian navy commandos boarded a ship off Yemen. Indian officials in New Delhi said "
     "the crew was safe and that Yemen had not been consulted.", "IND"),
    ("Kenyan police fired tear gas at students in Nairobi. Kenyan lawmakers said donors "
     "from Britain would review funding, and Britain's aid agency agreed.", "KEN"),
])
def test_actors_named_by_nationality_vote_for_the_story_country(
        pipe: Pipeline, text: str, home: str) -> None:
    """Class *actors named by their nationality*: the demonym on the story's
    own actors outweighs a country merely mentioned."""
    _, ms = mentions_of(pipe, text)
    assert home_country(ms) == home


def test_a_sponsor_casts_no_vote(pipe: Pipeline) -> None:
    _, ms = mentions_of(pipe, "Iran-backed militias attacked a base in Iraq. Iraq said "
                              "the militias had fled.")
    assert home_country(ms) == "IRQ"


def test_story_country_is_home_country_of_the_doc_and_follows_a_changed_list(
        pipe: Pipeline) -> None:
    """The memoised answer equals ``home_country`` of the document's
    mentions, and a list that grows or is replaced is asked again."""
    from eventwire.nlp.extensions import get_list
    from eventwire.stages.actors.home import story_country

    doc = pipe.nlp("Kenyan police fired tear gas in Nairobi. Kenyan lawmakers met in Nairobi. "
                   "Britain's aid agency agreed.")
    mentions = get_list(doc, "actor_mentions")
    assert story_country(doc) == home_country(mentions) == "KEN"
    assert story_country(doc) == "KEN"  # from the memo
    doc._.actor_mentions = [m for m in mentions if m.country == "GBR"]
    assert story_country(doc) == home_country(doc._.actor_mentions)
    assert story_country(doc) != "KEN"


# actors24: class *a state's own foreign-affairs body* -- "foreign" before
# ministry/office/affairs/minister names the state's own office, not an
# outsider, so the body takes the story's country like any bare agent
@pytest.mark.parametrize("text,word", [
    ("Latvia expelled two Belarusian diplomats. Latvia said the pair had spied. The "
     "foreign ministry summoned Belarus's envoy on Monday.", "foreign ministry"),
    ("Peru recalled its ambassador from Bogota. Peru said the remarks were an insult, "
     "and the Foreign Office in Lima called them unacceptable.", "Foreign Office"),
    ("Ghana protested to Togo on Friday. Ghana said the border closure hurt traders. "
     "The Ministry of Foreign Affairs asked Togo to reopen it.", "Ministry of Foreign Affairs"),
])
def test_own_foreign_affairs_body_takes_the_story_country(
        pipe: Pipeline, text: str, word: str) -> None:
    _, ms = mentions_of(pipe, text)
    home = home_country(ms)
    assert home is not None
    assert [m.country for m in ms if m.text == word] == [home]


@pytest.mark.parametrize("text", [
    "Mali expelled the diplomats. Mali said foreign troops had crossed the border.",
    "Mali said foreign ministry officials from Paris and foreign troops had met.",
])
def test_foreign_troops_stay_outsiders(pipe: Pipeline, text: str) -> None:
    _, ms = mentions_of(pipe, text)
    assert all(m.country is None for m in ms if m.text.lower().endswith("foreign troops"))


def test_foreign_ministers_of_several_states_stay_outsiders(pipe: Pipeline) -> None:
    # review28: the plural names the ministers of other states, not Mali's own
    text = ("Mali suspended the talks on Monday. Mali said the junta would stay. Foreign "
            "ministers from six states condemned the coup in Bamako.")
    _, ms = mentions_of(pipe, text)
    found = [m.country for m in ms if m.text == "Foreign ministers"]
    assert found == [None]


@pytest.mark.parametrize("text,found", [
    ("the foreign ministry", set()),
    ("Ministry of Foreign Affairs", set()),
    ("foreign troops", {"foreign"}),
    ("the foreign minister and foreign fighters", {"foreign"}),
    ("international observers", {"international"}),
    # review28: intelligence agents and several states' ministers named
    # "foreign" are outsiders, not the state's own foreign-affairs body
    ("foreign intelligence agents", {"foreign"}),
    ("Foreign intelligence services", {"foreign"}),
    ("Foreign ministers from six states", {"foreign"}),
    # review28: a possessive head, with either apostrophe, is still the body
    ("the foreign ministry’s envoy", set()),
    ("the foreign minister's aide", set()),
    ("the Foreign Office’s legal adviser", set()),
])
def test_outsider_words(text: str, found: set[str]) -> None:
    from eventwire.stages.actors.home import outsider_words

    assert outsider_words(text) == found


def _agent(text: str, country: str | None = None) -> ActorMention:
    return ActorMention(0, 1, text, kind="agent", country=country,
                        sectors=["GOV"] if country else [], rule="agent")


def test_re_mentioned_agents_take_the_nearest_qualified_one() -> None:
    """speed29 keeps each mention's words once; the answers are the scan's:
    the nearest earlier qualified mention ending in the same words, a chain
    through a re-mention, nothing for a longer or unrelated phrase."""
    from eventwire.stages.actors.home import _repeat_agents
    ms = [_agent("Peruvian lawmakers", "PER"), _agent("Chilean border guards", "CHL"),
          _agent("the lawmakers"), _agent("the guards"), _agent("lawmakers"),
          _agent("the harbour pilots"), _agent("the senior border guards")]
    _repeat_agents(ms)
    assert [m.country for m in ms] == ["PER", "CHL", "PER", "CHL", "PER", None, None]
    assert [m.rule for m in ms][2:5] == ["agent+repeat"] * 3


# actors58: class *domestic agents where the story was filed* -- a dateline
# naming one country gives the bare domestic agents its country, though the
# story names another country more often
@pytest.mark.parametrize("text,word,country", [
    ("VILNIUS, March 4 (Reuters) - Lithuania expelled a Belarusian diplomat on Monday. "
     "Belarus had called the charges false, and Belarus said it would respond. Police "
     "searched the diplomat's flat.", "Police", "LTU"),
    ("ACCRA, Jan 9 (AFP) - Protesters marched against Ghana's power deal with Nigeria. "
     "Nigeria supplies gas, and Nigeria's minister said prices would rise.", "Protesters",
     "GHA"),
    ("QUITO, Oct 2 (EFE) - The court ordered the release of two fishermen from Peru held in "
     "Ecuador. Peru welcomed the ruling, and Peru's embassy thanked the judges.", "court",
     "ECU"),
])
def test_domestic_agents_take_the_dateline_country(
        pipe: Pipeline, text: str, word: str, country: str) -> None:
    _, ms = mentions_of(pipe, text)
    assert home_country(ms) != country  # the count alone names the other state
    assert [m.country for m in ms if m.text.lower().endswith(word.lower())] == [country]


def test_armed_agents_keep_the_story_country_under_a_dateline(pipe: Pipeline) -> None:
    text = ("KISUMU, May 2 (Reuters) - Kenya closed a border post after an attack from Uganda. "
            "Uganda denied it, and Uganda's army said militiamen had crossed from its side.")
    _, ms = mentions_of(pipe, text)
    assert [m.country for m in ms if m.text == "militiamen"] == [home_country(ms)]


def test_dateline_country_is_none_for_several_countries(pipe: Pipeline) -> None:
    from eventwire.stages.actors.datelines import dateline_country

    doc, ms = mentions_of(pipe, "NAIROBI/KAMPALA, May 2 (Reuters) - Kenya and Uganda met.")
    assert dateline_country(doc, ms) is None
    doc, ms = mentions_of(pipe, "KAMPALA, May 2 (Reuters) - Kenya and Uganda met.")
    assert dateline_country(doc, ms) == "UGA"


def test_a_regional_hubs_dateline_names_no_country(pipe: Pipeline) -> None:
    """Class *a regional hub's dateline*: a bureau city whose state the
    story never names again is no party to it."""
    from eventwire.stages.actors.datelines import dateline_country

    for text in ("BANGKOK, May 2 (AP) - Myanmar's military said police had detained monks.",
                 "DUBAI, Oct 1 (Reuters) - Iran said protesters had attacked a police post.",
                 "NAIROBI, June 3 (AFP) - Somalia said the government would hold elections."):
        doc, ms = mentions_of(pipe, text)
        assert dateline_country(doc, ms) is None


# actors64: class *a town's dateline names the story's country* -- a dateline
# naming a town (no state, no capital) that the story names again files the
# story in the town's country, though the text names only a neighbour
@pytest.mark.parametrize("text,word,country", [
    ("Traders block bridge\nENCARNACION – Hundreds of traders blocked the bridge to the "
     "Argentine city of Posadas on Tuesday.\nPolice fired tear gas to clear the bridge. "
     "Argentina's border police closed their side.\nThe traders said they would return to "
     "Encarnacion on Friday.", "Police", "PRY"),
    ("Goats stolen in Turkana raid\nLODWAR – Gunmen who crossed the Ethiopian border stole "
     "200 goats on Sunday, elders said.\nPolice arrested two suspects near Lodwar on Monday. "
     "The Ethiopian authorities did not comment.", "Police", "KEN"),
    ("Miners detained\nTACNA – Police detained 12 miners who had blocked the highway to the "
     "Chilean border on Friday.\nChile's police closed the crossing for the day. The miners "
     "said they would march on Tacna again.", "Police", "PER"),
    ("Farmers protest\nCOBAN – Farmers blocked the highway on Monday, and riot police cleared "
     "it with tear gas.\nMexico's consul said two Mexican lorry drivers were hurt. Mexican "
     "officials asked for calm. Coban's mayor called for talks.", "riot police", "GTM"),
])
def test_domestic_agents_take_a_town_datelines_country(
        pipe: Pipeline, text: str, word: str, country: str) -> None:
    _, ms = mentions_of(pipe, text)
    assert home_country(ms) != country  # the count alone names the neighbour
    assert country in [m.country for m in ms if m.text.lower() == word.lower()]


def test_a_town_dateline_not_named_again_names_no_country(pipe: Pipeline) -> None:
    """A regional hub's dateline names a town the story never names again."""
    from eventwire.stages.actors.datelines import dateline_country

    doc, ms = mentions_of(pipe, "Activists held\nJOHANNESBURG – Police arrested 20 activists "
                                "in Harare on Saturday.\nZimbabwe's government denied it.")
    assert dateline_country(doc, ms) is None
    doc, ms = mentions_of(pipe, "Activists held\nBULAWAYO – Police arrested 20 activists "
                                "on Saturday.\nZimbabwe's government denied it, and police in "
                                "Bulawayo said they were held for questioning.")
    assert dateline_country(doc, ms) == "ZWE"


@pytest.mark.parametrize("name,country", [
    ("PUNO", "PER"),  # its own name, not Pune (an alternate name)
    ("LEH", "IND"),  # not Le Havre
    ("SUKHUMI", "GEO"),  # an alternate spelling only
    ("TACNA", "PER"),  # a hamlet of that name abroad is no rival
    ("ADDIS ABEBA", "ETH"),  # a capital's other spelling
    ("SANTA CRUZ", None),  # towns of like size in several countries
])
def test_the_country_of_a_datelines_town(name: str, country: str | None) -> None:
    from eventwire.stages.actors.datelines import _town_country

    assert _town_country(name) == country
