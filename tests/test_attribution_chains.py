"""Attribution chains by linguistic class (eventwire/stages/attribution and the
role-noun coreference of eventwire/stages/actors/coref.py), on the full
pipeline. Every passage was written for these tests (not taken from any
evaluation set or from ../shared/examples); three or more cases per class."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from eventwire.models import Article
from eventwire.records import link_label


def chains(pipe: Any, text: str) -> dict[str, dict[str, list[str]]]:
    art = Article(text=text, id="t", published=date(2021, 4, 2), outlet="Wire")
    ((_, _doc, events),) = list(pipe.extract([art]))
    out: dict[str, dict[str, list[str]]] = {}
    for e in events:
        links: dict[str, list[str]] = {}
        for link in e.mention.attribution:
            # as people read it: the evidence, then whom it stands for
            links.setdefault(link.role, []).append(link_label(dataclasses.asdict(link)))
        out[e.mention.trigger.text] = links
    return out


def actor_of(pipe: Any, text: str, trigger: str) -> tuple[str | None, str | None]:
    art = Article(text=text, id="t", published=date(2021, 4, 2), outlet="Wire")
    ((_, _doc, events),) = list(pipe.extract([art]))
    ev = next(e.mention for e in events if e.mention.trigger.text == trigger)
    assert ev.actor is not None
    return ev.actor.name, ev.actor.country


# --- class: an article-level relay covers the run of statements of the same
# speaker ("…, X reported" / "according to X" / "X reported, citing Y")
@pytest.mark.parametrize("text,trigger,speaker,relay", [
    ("The Houthi movement's spokesman Yahya Saree said on Friday that drones attacked an "
     "oil facility, Al Masirah TV reported. He added that the group would continue its "
     "strikes.", "strikes", "He (Yahya Saree)", "Al Masirah TV"),
    ("Army chief Min Aung Hlaing accused protesters of burning factories, according to "
     "state broadcaster MRTV. He said troops had arrested 40 people in Yangon.", "arrested",
     "He (Min Aung Hlaing)", "state broadcaster MRTV"),
    ("\"We will retaliate against any aggression,\" the Polisario Front's spokesman said, "
     "the Sahara Press Service reported. The spokesman said soldiers had shelled a camp.",
     "shelled", "The spokesman", "the Sahara Press Service"),
    ("The Taliban seized two district centres overnight, Pajhwok news agency reported, "
     "citing a provincial official. The official said fighters had attacked police posts.",
     "attacked", "The official", "Pajhwok news agency"),
])
def test_relay_covers_the_speakers_run(full_pipeline: Any, text: str, trigger: str,
                                       speaker: str, relay: str) -> None:
    links = chains(full_pipeline, text)[trigger]
    assert links["speaker"] == [speaker]
    assert links["relay"] == [relay]


def test_relay_stops_at_another_speaker(full_pipeline: Any) -> None:
    text = ("Interior Minister Ali Samir said police had arrested ten suspects, the state "
            "news agency reported. Opposition leader Omar Badawi said troops had attacked "
            "protesters.")
    links = chains(full_pipeline, text)
    assert links["arrested"]["relay"] == ["the state news agency"]
    assert "relay" not in links["attacked"]


# --- class: the medium of one statement (an interview, a post, a broadcast)
# reaches the same speaker's later statements, never the earlier ones nor the
# speaker's own act of speaking outside that medium
@pytest.mark.parametrize("text,earlier,later,relay", [
    ("The opposition leader accused the army of rigging the count. \"We will not accept "
     "this,\" she said in a video posted on Facebook. She added that her party would boycott "
     "parliament.", "accused", "boycott", "Facebook"),
    ("The governor condemned the looting on Monday. He told Al Jazeera that troops had "
     "arrested 30 people. He said troops would withdraw from the city.", "condemned", "withdraw",
     "Al Jazeera"),
    ("The mayor criticised the regional government. She said in a post on Telegram that "
     "police had detained two councillors. She also said that protesters would march on Sunday.",
     "criticised", "march", "Telegram"),
])
def test_medium_reaches_later_statements_only(full_pipeline: Any, text: str, earlier: str,
                                              later: str, relay: str) -> None:
    links = chains(full_pipeline, text)
    assert "relay" not in links[earlier]
    assert links[later].get("relay") == [relay]


@pytest.mark.parametrize("text,cue,relayed", [
    ("Police warned that anyone who stays will be arrested, and said on Twitter that "
     "officers had detained three men.", "warned", "detained"),
    ("The ministry denied that troops had fired on civilians and wrote on X that an "
     "inquiry would follow.", "denied", "inquiry"),
    ("The coach criticised the referee and said in an interview with the BBC that the "
     "league had ignored threats against players.", "criticised", "threats"),
])
def test_medium_of_a_conjoined_statement_stays_there(full_pipeline: Any, text: str, cue: str,
                                                    relayed: str) -> None:
    links = chains(full_pipeline, text)
    assert "relay" not in links.get(cue, {})


# --- class: a relay that cites its source: the source speaks, the outlet relays
@pytest.mark.parametrize("text,trigger,speaker,relay", [
    ("The Taliban seized two district centres overnight, Pajhwok news agency reported, "
     "citing a provincial official.", "seized", "a provincial official",
     "Pajhwok news agency"),
    ("Rebels shelled the airport, the broadcaster said, quoting witnesses.", "shelled",
     "witnesses", "the broadcaster"),
    ("Police arrested dozens of students, Kyodo reported, citing police sources.",
     "arrested", "police sources", "Kyodo"),
])
def test_citing_makes_the_cited_source_the_speaker(full_pipeline: Any, text: str,
                                                   trigger: str, speaker: str,
                                                   relay: str) -> None:
    links = chains(full_pipeline, text)[trigger]
    assert links["speaker"] == [speaker]
    assert links["relay"] == [relay]


# --- class: role nouns ("the spokesman", "the official") stand for the named
# holder of the role and the body he speaks for
@pytest.mark.parametrize("text,trigger,speaker", [
    ("Hezbollah spokesman Ali Hamdan said on Monday that jets had struck a village. The "
     "Hezbollah spokesman said gunmen had attacked a patrol.", "attacked",
     "The Hezbollah spokesman (Ali Hamdan)"),
    ("Asaib Ahl al-Haq spokesman Jawad al-Talibawi said the group would respond. The Asaib "
     "spokesman said militiamen had stormed a base.", "stormed",
     "The Asaib spokesman (Jawad al-Talibawi)"),
    ("The Lebanese Forces party's spokesman Charles Jabbour said the army had arrested two "
     "men. The Forces spokesman said police had raided an office.", "raided",
     "The Forces spokesman (Charles Jabbour)"),
])
def test_role_noun_speaker_resolves_to_the_named_person(full_pipeline: Any, text: str,
                                                        trigger: str, speaker: str) -> None:
    assert chains(full_pipeline, text)[trigger]["speaker"] == [speaker]


@pytest.mark.parametrize("text,trigger,owner,country", [
    ("Hamas spokesman Hazem Qassem condemned the raid. The Hamas spokesman further urged Arab "
     "states to act.", "urged", "Hamas", "PSE"),
    ("\"We will not retreat,\" the Polisario Front's spokesman said. The spokesman further "
     "accused Morocco of violating the truce.", "accused", "Polisario Front", "ESH"),
    # ESH since actors27: an armed group filed under a region takes the
    # country it fights for (eventwire/data/actors/group_homes.yaml)
    ("Hezbollah spokesman Ali Hamdan said jets had struck a village. The Hezbollah spokesman "
     "further urged Beirut to file a complaint.", "urged", "Hezbollah", "LBN"),
])
def test_role_noun_actor_speaks_for_its_body(full_pipeline: Any, text: str, trigger: str,
                                             owner: str, country: str | None) -> None:
    assert actor_of(full_pipeline, text, trigger) == (owner, country)


# --- class: a wire dateline ("KINSHASA, June 14 (Reuters) - ") is never the speaker
@pytest.mark.parametrize("text,trigger,speaker", [
    ("KINSHASA, June 14 (Reuters) - Democratic Republic of Congo accused Rwanda on Tuesday "
     "of invading its territory.", "invading", "Democratic Republic of Congo"),
    ("NIAMEY, Aug 6 (Reuters) - West African leaders said the junta had detained the "
     "president.", "detained", "West African leaders"),
    ("Tbilisi (AFP) - The interior ministry said officers detained 63 people.", "detained",
     "The interior ministry"),
])
def test_dateline_is_not_the_speaker(full_pipeline: Any, text: str, trigger: str,
                                     speaker: str) -> None:
    assert chains(full_pipeline, text)[trigger]["speaker"] == [speaker]


# --- class: "in a statement carried by <outlet>": the outlet relays the speaker
@pytest.mark.parametrize("text,trigger,speaker,relay", [
    ("The army said in a statement carried by the official news agency that rebels had "
     "shelled a hospital.", "shelled", "The army", "the official news agency"),
    ("The group said in a statement published by the Amaq news agency that its fighters "
     "attacked a checkpoint.", "attacked", "The group", "the Amaq news agency"),
    ("The Supreme Command said in a statement broadcast by state television that the South "
     "had fired first.", "fired", "The Supreme Command", "state television"),
])
def test_statement_carried_by_an_outlet(full_pipeline: Any, text: str, trigger: str,
                                        speaker: str, relay: str) -> None:
    links = chains(full_pipeline, text)[trigger]
    assert links["speaker"] == [speaker]
    assert links["relay"] == [relay]


# --- class: an event named as the object of a speech act belongs to its author
@pytest.mark.parametrize("text,trigger,speaker", [
    ('The ministry said it rejects "any attack on civilians," describing the bombing as "a '
     'cowardly act of terror."', "bombing", "The ministry"),
    ('The general said his men were ready, describing the offensive as "a warning to the '
     'rebels."', "offensive", "The general"),
    ('Police said the city was calm again, describing the riot as "the work of a few '
     'agitators."', "riot", "Police"),
])
def test_object_of_a_speech_act(full_pipeline: Any, text: str, trigger: str,
                                speaker: str) -> None:
    assert chains(full_pipeline, text)[trigger]["speaker"] == [speaker]


# --- class: the speaker's next act is no part of what he reports
@pytest.mark.parametrize("text,trigger", [
    ("The governor said the floods had destroyed 300 homes and blamed the utility for the "
     "delay.", "blamed"),
    ("The prime minister said the bill would pass and accused rival parties of stoking "
     "unrest.", "accused"),
    ("The mayor said the curfew had ended and urged residents to stay calm.", "urged"),
])
def test_next_speech_act_is_the_outlets(full_pipeline: Any, text: str, trigger: str) -> None:
    assert "speaker" not in chains(full_pipeline, text).get(trigger, {})


# --- class: a report with no speaker is the outlet's (chains.unsourced_report,
# modality24): an act inside a statement whose chain names no speaker is
# asserted, not reported (docs/annotation.md, "modality")
def modalities(pipe: Any, text: str) -> dict[str, tuple[str, bool]]:
    """trigger -> (modality, whether the chain names a speaker)."""
    art = Article(text=text, id="t", published=date(2021, 4, 2), outlet="Wire")
    ((_, _doc, events),) = list(pipe.extract([art]))
    return {e.mention.trigger.text: (e.mention.factuality.modality,
                                     any(a.role == "speaker" for a in e.mention.attribution))
            for e in events}


@pytest.mark.parametrize("text,trigger", [
    # a known act someone is blamed for: the outlet states it
    ("The interior minister blamed separatist rebels for the attack on the police convoy.",
     "attack"),
    # the past cause the outlet gives for an announced act
    ("The governor said he would send more troops after protesters clashed with police in "
     "the capital.", "clashed"),
    ("Lithuania said it would expel two diplomats after Minsk summoned its ambassador.",
     "summoned"),
    # a speech act a medium relays: relay only
    ("The Chilean government condemned the shelling of the border post, the state news "
     "agency Orbe reported.", "condemned"),
])
def test_report_without_speaker_is_asserted(full_pipeline: Any, text: str,
                                            trigger: str) -> None:
    assert modalities(full_pipeline, text)[trigger] == ("asserted", False)


@pytest.mark.parametrize("text,trigger", [
    ("Police arrested the mayor, state radio reported.", "arrested"),
    ("The Chilean government condemned the shelling of the border post, the state news "
     "agency Orbe reported.", "shelling"),
    ("The governor said he would send more troops after protesters clashed with police in "
     "the capital, and that the army had shelled rebel positions.", "shelled"),
])
def test_report_with_a_speaker_stays_reported(full_pipeline: Any, text: str,
                                              trigger: str) -> None:
    assert modalities(full_pipeline, text)[trigger] == ("reported", True)


# --- class: the channel of a speech act the outlet tells (chains._own_channel,
# modality24): no speaker, the medium it went out on as relay
@pytest.mark.parametrize("text,act,medium", [
    ("The senator welcomed the ceasefire on social media.", "welcomed", "social media"),
    ("The Kenyan foreign ministry rejected the accusation in a statement carried by the "
     "state news agency Tanjug.", "rejected", "the state news agency Tanjug"),
    ("The party chairman condemned the arrests in a post on Telegram.", "condemned",
     "Telegram"),
    # speaker38: acts of praise and thanks go out on a medium as well
    ("The prime minister congratulated the cyclists in a post on Instagram.",
     "congratulated", "Instagram"),
    ("The king thanked the rescue teams in a message on Facebook.", "thanked", "Facebook"),
    ("The president congratulated the new Ghanaian leader on state television.",
     "congratulated", "state television"),
    # review89: own sentences
    ("The opposition leader congratulated the winner in a video posted on YouTube.",
     "congratulated", "YouTube"),
    ("The prime minister thanked the rescue workers in an address on national television.",
     "thanked", "national television"),
])
def test_speech_act_keeps_its_channel(full_pipeline: Any, text: str, act: str,
                                      medium: str) -> None:
    links = chains(full_pipeline, text)[act]
    assert "speaker" not in links
    assert links["relay"] == [medium]


@pytest.mark.parametrize("text,act", [
    ("The minister condemned the attack in parliament.", "condemned"),
    ("The mayor welcomed the ceasefire on Monday.", "welcomed"),
    ("The union rejected the offer at a rally in the capital.", "rejected"),
    # review28: a medium its object targets ("the attack on state television")
    # is no channel of the speech act
    ("The prime minister condemned the attack on state television.", "condemned"),
    ("The senator welcomed the ban on TikTok.", "welcomed"),
    ("The journalists' union denounced the raid on the offices of Radio Kabul.", "denounced"),
    # review89: the medium thanked or congratulated is no channel of it
    ("The minister congratulated state television on its fiftieth anniversary.",
     "congratulated"),
    ("The prime minister thanked Al Jazeera for its coverage of the floods.", "thanked"),
    ("The president congratulated the editors of Le Monde on their award.", "congratulated"),
])
def test_speech_act_without_a_medium_has_no_relay(full_pipeline: Any, text: str,
                                                  act: str) -> None:
    assert "relay" not in chains(full_pipeline, text)[act]


# --- class: an act a speaker speaks of is reported (chains.spoken_of_is_reported,
# modality33): an act outside every statement's content whose chain names a
# speaker (the object of a speech act) is that speaker's report
@pytest.mark.parametrize("text,trigger", [
    ("The foreign ministry of Ecuador condemned the bombing of the customs post.", "bombing"),
    ("The opposition leader called the arrests of the students a disgrace.", "arrests"),
    ("The regional governor condemned the kidnapping of the aid workers.", "kidnapping"),
    # the quoted label joined to the act by the parser, and a free relative
    ('The senator called the bombing "an act of cowardice" and urged calm.', "bombing"),
    ('The premier called the attack "terrorism" and said police would find the gunmen.',
     "attack"),
    ("The press union condemned what it called a brutal raid on the newspaper.", "raid"),
])
def test_act_a_speaker_speaks_of_is_reported(full_pipeline: Any, text: str,
                                             trigger: str) -> None:
    assert modalities(full_pipeline, text)[trigger] == ("reported", True)


@pytest.mark.parametrize("text,trigger,expected", [
    # the outlet's own narration, no speaker: stays asserted
    ("Soldiers burned the market in the northern town on Tuesday.", "burned",
     ("asserted", False)),
    # a stronger modality outranks reported
    ("The minister said troops will not shell the villages.", "shell", ("negated", True)),
])
def test_speaker_does_not_override_other_modalities(full_pipeline: Any, text: str,
                                                    trigger: str,
                                                    expected: tuple[str, bool]) -> None:
    assert modalities(full_pipeline, text)[trigger] == expected


# review62: a speech act the outlet states before a denial of its content is
# the outlet's own (no speaker, asserted), not held by the denial
@pytest.mark.parametrize("text,trigger", [
    ("Congo has long accused Rwanda of backing the rebels, a charge Kigali denies.",
     "accused"),
    ("Peru has repeatedly accused Chile of spying on its navy, a charge Santiago denies.",
     "accused"),
    ("The opposition has blamed the police for the deaths of three marchers, a charge "
     "the interior ministry denies.", "blamed"),
])
def test_speakers_own_act_stays_asserted(full_pipeline: Any, text: str,
                                          trigger: str) -> None:
    assert modalities(full_pipeline, text)[trigger] == ("asserted", False)
