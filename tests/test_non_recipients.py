"""Mentions that are not recipients (eventwire/stages/events/non_recipients.py,
branch recipients5, issue #12). Every sentence was written for these tests;
none comes from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_with_trigger as event
from tests.conftest import events_of


@pytest.fixture(scope="module")
def pipe(event_pipe: Pipeline) -> Pipeline:
    return event_pipe


@pytest.mark.parametrize("text,trigger,place", [
    ("Hundreds of teachers protested in Kisumu on Monday over unpaid wages.", "protested",
     "Kisumu"),
    ("Thousands of farmers marched through central Lyon on Saturday.", "marched", "Lyon"),
    ("The governor declared a state of emergency in Balochistan on Friday.", "declared",
     "Balochistan"),
    ("The army imposed a curfew across Kordofan after the clashes.", "imposed", "Kordofan"),
    ("Officials extended the curfew to the river town of Malakal on Sunday.", "extended",
     "Malakal"),
    ("Tens of thousands of people took to the streets of Bamako on Friday to protest.",
     "took", "Bamako"),
    ("The interior ministry declared an emergency along its frontier with Niger.",
     "declared", "Niger"),
])
def test_the_place_an_act_happens_in_is_no_recipient(pipe: Pipeline, text: str,
                                                     trigger: str, place: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.recipient is None or place not in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger,country", [
    ("Hezbollah threatened to resume attacks in Israel.", "threatened", "ISR"),
    ("Austria refused to send peacekeepers to Mali.", "refused", "MLI"),
    ("The protesters staged a sit-in in protest against Moroccan security forces.",
     "protest", "MAR"),
])
def test_places_that_stand_for_a_party_stay(pipe: Pipeline, text: str, trigger: str,
                                            country: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.country == country, ev.recipient


@pytest.mark.parametrize("text,trigger", [
    ("The navy sent two frigates to the gulf last week, according to Indian officials.",
     "sent"),
    ("Rebels seized three villages overnight, according to Congolese army sources.",
     "seized"),
    ("The ministry deployed extra police to the coast, according to local reporters.",
     "deployed"),
])
def test_the_source_of_a_report_is_no_recipient(pipe: Pipeline, text: str,
                                                trigger: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.recipient is None or "according" not in text[:ev.recipient.start][-14:], \
        ev.recipient
    assert ev.recipient is None or ev.recipient.text not in (
        "Indian officials", "Congolese army sources", "local reporters"), ev.recipient


@pytest.mark.parametrize("text", [
    "The Ugandan army denied attacking villagers near the border.",
    "The Peruvian interior ministry denied that police had beaten the students.",
    "The ruling party denied any links to the Mungiki gang.",
    "The Malian junta denied executing civilians in Moura.",
    "The defence ministry denied that Kigali had violated Burundi's sovereignty.",
])
def test_the_victims_of_a_denied_act_are_not_the_denials(pipe: Pipeline, text: str) -> None:
    # a denial of a named act is the denied act alone (clauses.denies_an_act);
    # where the denial stays an event, the denied act's people are not its recipient
    found = {e.trigger.text: e for e in events_of(pipe, text)}
    ev = found.get("denied")
    assert ev is None or ev.recipient is None, ev.recipient


def test_whose_claim_is_denied_stays(pipe: Pipeline) -> None:
    ev = event(pipe, "Kenya denied Uganda's claims of a border incursion.", "denied")
    assert ev.recipient is not None and ev.recipient.country == "UGA", ev.recipient


@pytest.mark.parametrize("text,trigger,country", [
    ("Farmers blocked roads in the capital city of Nairobi on Monday.", "blocked", "KEN"),
    ("Teachers marched in the port city of Mombasa to demand higher pay.", "marched",
     "KEN"),
    ("Police imposed a curfew in the northern city of Kano after the riot.", "imposed",
     "NGA"),
])
def test_plover_target_sees_a_place_noun_through_to_its_name(pipe: Pipeline, text: str,
                                                            trigger: str,
                                                            country: str) -> None:
    from datetime import date

    from eventwire.models import Article
    from eventwire.stages.events.targets import plover_target

    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2021, 5, 4))]))
    ev = next(e for e in doc._.events if e.trigger.text == trigger)
    span = doc.char_span(ev.trigger.start, ev.trigger.end)
    target = plover_target(doc, span.root, ev.recipient)
    assert target is not None and target.country == country, target


@pytest.mark.parametrize("text,trigger,place", [
    ("Militiamen took control of Kidal's airport on Monday.", "took", "Kidal"),
    ("Rebels tried to seize the international airport outside the capital.", "seize",
     "airport"),
    ("The minister said the navy should seize every tanker of Russia's shadow fleet.",
     "seize", "Russia"),
])
def test_an_airport_taken_is_no_recipient(pipe: Pipeline, text: str, trigger: str,
                                          place: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.recipient is None or place not in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger,country", [
    ("Rebels seized the eastern city of Goma on Sunday.", "seized", "COD"),
    ("Opposition fighters captured the city of Aleppo in a lightning offensive.", "captured",
     "SYR"),
    ("Government troops recaptured the northern city of Kherson.", "recaptured", "UKR"),
])
def test_a_town_taken_is_the_recipient(pipe: Pipeline, text: str, trigger: str,
                                       country: str) -> None:
    """relabel51 (b): the town taken stands for the side that held it."""
    ev = event(pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.country == country, ev.recipient


def test_people_seized_are_not_a_place(pipe: Pipeline) -> None:
    ev = event(pipe, "Pirates seized a Thai fishing trawler off the coast of Oman.", "seized")
    assert ev.recipient is not None and ev.recipient.country == "THA", ev.recipient


@pytest.mark.parametrize("text,trigger", [
    ("Peru recalled its own envoy after the row.", "recalled"),
    ("The three juntas said they would recall their ambassadors for consultations.",
     "recall"),
    ("Kenya recalled its ambassadors on Friday.", "recalled"),
])
def test_ones_own_people_called_back(pipe: Pipeline, text: str, trigger: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.recipient is None, ev.recipient


def test_the_host_of_a_recalled_envoy_stays(pipe: Pipeline) -> None:
    ev = event(pipe, "Ghana recalled its ambassador from Nigeria on Monday.", "recalled")
    assert ev.recipient is not None and ev.recipient.country == "NGA", ev.recipient


@pytest.mark.parametrize("text,trigger", [
    ("The coast guard foiled an attack on two fishing boats near the reef.", "foiled"),
    ("Troops repelled a dawn attack on a police base outside the town.", "repelled"),
    ("Security services thwarted a kidnapping attempt by armed men on Tuesday.", "thwarted"),
    ("Police said they had foiled a plot against the governor.", "foiled"),
])
def test_the_parties_of_a_foiled_act_are_not_the_foilings(pipe: Pipeline, text: str,
                                                          trigger: str) -> None:
    """Class *the parties of a foiled act* (recips15)."""
    assert event(pipe, text, trigger).recipient is None


def test_attackers_repelled_as_the_object_stay(pipe: Pipeline) -> None:
    ev = event(pipe, "Soldiers repelled the insurgents near the border post.", "repelled")
    assert ev.recipient is not None and "insurgents" in ev.recipient.text


@pytest.mark.parametrize("text,trigger", [
    ("Police locked down the neighbourhood while they searched for the gunman.", "locked"),
    ("Soldiers locked down the village while they searched for the gunmen.", "locked"),
    ("Authorities locked down Wuhan in January.", "locked"),
])
def test_a_place_sealed_off_is_where_not_whom(pipe: Pipeline, text: str, trigger: str) -> None:
    """Class *a place sealed off is where, not whom* (recips15)."""
    ev = event(pipe, text, trigger)
    assert ev.recipient is None, ev.recipient


def test_head_memo_belongs_to_its_document(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """The memo of mention heads lives in each Doc: the same character
    offsets in another document give that document's head (a memo shared
    across documents would answer the first text's token, or its index:
    "," for the third text), and a span that covers no token stays None."""
    from eventwire.models import ActorMention
    from eventwire.nlp.spans import HEADS_KEY, head_token

    first = spacy_nlp("The police fired at protesters in the capital.")
    second = spacy_nlp("The rebels shelled the town of Kidal overnight.")
    third = spacy_nlp("I, too, saw the police leave.")  # chars 4-10: "too, saw"
    span = ActorMention(start=4, end=10, text="police")
    heads = [head_token(doc, span) for doc in (first, second, third, first)]
    assert [t.text if t is not None else None for t in heads] == \
        ["police", "rebels", "saw", "police"]  # a memo by offsets alone: ","
    assert all(t is not None and t.doc is doc for t, doc in
               zip(heads, (first, second, third, first), strict=True))
    assert first.user_data[HEADS_KEY] == {(4, 10): 1}
    assert second.user_data[HEADS_KEY] == {(4, 10): 1}
    beyond = ActorMention(start=200, end=205, text="gone")  # past the text: no token
    assert head_token(first, beyond) is None and head_token(first, beyond) is None
    assert first.user_data[HEADS_KEY][(200, 205)] == -1


@pytest.mark.parametrize("text,trigger,place", [
    ("Britain will deploy 900 more soldiers to Estonia this spring, the defence secretary "
     "said.", "deploy", "Estonia"),
    ("Niger said it would send 600 more soldiers to northern Burkina Faso before the rains.",
     "send", "Burkina"),
    ("Russia moved two brigades into Belgorod on Monday, the ministry said.", "moved",
     "Belgorod"),
])
def test_the_destination_of_a_deployment_is_no_recipient(pipe: Pipeline, text: str,
                                                         trigger: str, place: str) -> None:
    """Class *the destination of a deployment* (recips27): a MOBILIZE's "to"
    place is where the forces go."""
    r = event(pipe, text, trigger).recipient
    assert r is None or place not in r.text, r


def test_drills_around_a_state_are_still_aimed_at_it(pipe: Pipeline) -> None:
    """Drills "around" a state are no deployment to a destination."""
    r = event(pipe, "China launched drills around Taiwan on Saturday.", "drills").recipient
    assert r is not None and r.country == "TWN", r


@pytest.mark.parametrize("text,trigger", [
    ("The former president condemned the riot on Twitter but denied any responsibility.",
     "condemned"),
    ("The prime minister praised the accord on social media on Sunday.", "praised"),
    ("The ministry warned on Telegram that all rallies would be broken up.",
     "warned"),
])
def test_the_channel_of_a_statement_is_no_recipient(pipe: Pipeline, text: str,
                                                    trigger: str) -> None:
    """Class *the channel of a statement* (recips27)."""
    r = event(pipe, text, trigger).recipient
    assert r is None or not any(w in r.text for w in ("Twitter", "media", "Telegram")), r


def test_sanctions_on_a_broadcaster_still_fall_on_it(pipe: Pipeline) -> None:
    """An act done to a medium keeps it as the recipient."""
    text = "The government imposed sanctions on the broadcaster on Monday."
    r = event(pipe, text, "imposed").recipient
    assert r is not None and "broadcaster" in r.text, r


@pytest.mark.parametrize("text,trigger,word", [
    ("A frigate's helicopter thwarted a second attack this morning on a tanker near Socotra.",
     "thwarted", "tanker"),
    ("Marines foiled a second raid overnight against a cargo ship near Aden.", "foiled",
     "ship"),
    ("The frigate repelled a fresh assault yesterday on a grain freighter in the strait.",
     "repelled", "freighter"),
])
def test_the_foiled_acts_target_hung_on_the_verb(pipe: Pipeline, text: str, trigger: str,
                                                 word: str) -> None:
    """recips27: the foiled act's on/against phrase parsed onto the verb."""
    r = event(pipe, text, trigger).recipient
    assert r is None or word not in r.text, r


@pytest.mark.parametrize("text,trigger,word", [
    ("The European Union called on Facebook to remove the false posts within a day.",
     "called", "Facebook"),
    ("The senator blamed the unrest on social media and demanded new rules.", "blamed",
     "media"),
    ("The minister called on YouTube to take down the videos.", "called", "YouTube"),
    ("The regulator lifted its ban on Telegram after two months.", "lifted", "Telegram"),
])
def test_a_platform_called_on_blamed_or_targeted_is_no_channel(pipe: Pipeline, text: str,
                                                               trigger: str, word: str) -> None:
    """review42: "on" names a party, not a channel, after "call on", "blame
    ... on" and a targeting noun ("ban", "curbs")."""
    r = event(pipe, text, trigger).recipient
    assert r is not None and word in r.text, r


@pytest.mark.parametrize("text,trigger", [
    ("Mali said Burkinabe soldiers had crossed the border. \"These charges are baseless and "
     "we reject them,\" a Burkinabe minister said.", "reject"),
    ("Kenya said Ugandan police had detained its fishermen. Uganda dismissed the reports. "
     "\"We reject them entirely,\" a spokesman said.", "reject"),
    ("Observers from the African Union monitored the vote. \"If the figures are not audited, "
     "we will not accept them,\" the opposition leader said.", "accept"),
    ("Lawyers for the detained journalists filed claims. The court rejected them on Monday.",
     "rejected"),
])
def test_a_pronoun_rejected_stands_for_what_was_said(event_pipe: Pipeline, text: str,
                                                     trigger: str) -> None:
    """Class *a pronoun rejected stands for what was said* (recips30,
    ``non_recipients.rejected_content``): no recipient."""
    ev = event(event_pipe, text, trigger)
    assert ev.recipient is None, ev.recipient


@pytest.mark.parametrize("text,trigger,who", [
    ("The army arrested two activists, and the court refused to release them.", "refused",
     "them"),
    ("The rebels sent envoys to the capital, but the government rejected them.", "rejected",
     "them"),
])
def test_a_pronoun_rejected_for_people_stays(event_pipe: Pipeline, text: str, trigger: str,
                                             who: str) -> None:
    """The nearest plural before the pronoun names people: it stays."""
    ev = event(event_pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.text == who, ev.recipient
