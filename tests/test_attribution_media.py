"""The channel a statement went out on (eventwire/stages/attribution/media.py,
issue #12, branch attrib3): each class with several sentences written for
these tests, none taken from an evaluation set."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.attribution import media
from tests.test_attribution_boundaries import quotes


# --- class: a broadcast, account or page named on the cue is the medium
@pytest.mark.parametrize("text,speaker,relay", [
    ("The minister said on state television that the curfew would be lifted.", "The minister",
     "state television"),
    ("The junta announced on national radio that it had dissolved parliament.", "The junta",
     "national radio"),
    ("The ministry said on its Facebook page that its forces had retaken the town.",
     "The ministry", "its Facebook page"),
    ("The rebel spokesman said over local radio that the fighters would withdraw.",
     "The rebel spokesman", "local radio"),
])
def test_broadcast_on_the_cue_relays(quote_pipe: Pipeline, text: str, speaker: str,
                                     relay: str) -> None:
    (row,) = quotes(quote_pipe, text)
    assert row[0] == speaker
    assert row[3] == [relay]


# --- class: the message the statement was made in went out on / through a medium
@pytest.mark.parametrize("text,relay", [
    ("The army said in a statement broadcast on state radio that soldiers had killed 20 "
     "militants.", "state radio"),
    ("The governor said in a video posted on social media that the roads would reopen.",
     "social media"),
    ("The prosecutor said in a statement released by the presidency that the inquiry was "
     "closed.", "the presidency"),
])
def test_message_carried_by_a_medium_relays(quote_pipe: Pipeline, text: str,
                                            relay: str) -> None:
    (row,) = quotes(quote_pipe, text)
    assert row[3] == [relay]


# --- class: the appearance governing the cue ("went on television to accuse")
@pytest.mark.parametrize("text,relay", [
    ("The prime minister went on state radio to accuse the unions of sabotage.",
     "state radio"),
    ("The mayor appeared on local television to announce that schools would close.",
     "local television"),
    ("The general went on national radio to warn that the rebels would be crushed.",
     "national radio"),
])
def test_appearing_on_a_medium_relays(quote_pipe: Pipeline, text: str, relay: str) -> None:
    assert quotes(quote_pipe, text)[0][3] == [relay]


# --- negatives: a time, a place or a medium inside the content is no channel
@pytest.mark.parametrize("text", [
    "The minister said on Monday that the curfew would be lifted.",
    "The spokesman said the rebels had attacked a radio station on the coast.",
    "Officials said on the sidelines of the summit that a deal was close.",
])
def test_no_channel(quote_pipe: Pipeline, text: str) -> None:
    assert all(row[3] == [] for row in quotes(quote_pipe, text))


# --- class: a channel named after the message's out-verb, whatever its name (speakers8)
@pytest.mark.parametrize("text,relay", [
    ("In a statement read on Radio Kalima, the interior ministry said gunmen had attacked a "
     "checkpoint.", "Radio Kalima"),
    ("The army said in a communique broadcast on RTB that its troops had retaken two towns.",
     "RTB"),
    ("In a message posted on Nkosi Live, the party leader said the march would go ahead.",
     "Nkosi Live"),
])
def test_channel_named_after_out_verb_relays(quote_pipe: Pipeline, text: str,
                                             relay: str) -> None:
    assert quotes(quote_pipe, text)[0][3] == [relay]


# --- class: a platform on the speaker's phrase; the message that is the subject (speakers8)
@pytest.mark.parametrize("text,speaker,relay", [
    ("Residents on Twitter reported that soldiers had fired on the crowd.", "Residents",
     "Twitter"),
    ("Users on Weibo said police had detained dozens of students near the campus.", "Users",
     "Weibo"),
    ("Parents on Facebook complained that the school had been closed without warning.",
     "Parents", "Facebook"),
])
def test_platform_on_the_speaker_relays(quote_pipe: Pipeline, text: str, speaker: str,
                                        relay: str) -> None:
    (row,) = quotes(quote_pipe, text)
    assert (row[0], row[3]) == (speaker, [relay])


@pytest.mark.parametrize("text,relay", [
    ("The decree, read on state television, accused the parties of undermining the "
     "transition.", "state television"),
    ("The statement, broadcast on national radio, said the curfew would be lifted on Friday.",
     "national radio"),
    ("A communique, read on state radio ORTB, announced that the borders had been closed.",
     "state radio ORTB"),
])
def test_message_as_subject_relays_its_channel(quote_pipe: Pipeline, text: str,
                                               relay: str) -> None:
    assert quotes(quote_pipe, text)[0][3] == [relay]


# --- negatives of the new classes: a date, a place, a person's name after the out-verb
@pytest.mark.parametrize("text", [
    "In a statement read on Monday, the ministry said the talks would resume.",
    "In a statement read on Tahrir Square, the protest leaders said the sit-in would go on.",
    "Residents on the hill said the shelling had stopped at dawn.",
    "The communique, issued by the defence ministry, said the border would reopen.",
])
def test_no_named_channel(quote_pipe: Pipeline, text: str) -> None:
    assert all(row[3] == [] for row in quotes(quote_pipe, text))



# --- class: the channel on the participle that goes on with the cue (speaker38):
# "X denied …, telling M that", "X accused …, saying in a statement read on M"
@pytest.mark.parametrize("text,cue,relay", [
    ("The interior minister denied that police had used tear gas, telling state television "
     "that the crowd had left peacefully.", "denied", "state television"),
    ("The rebel group accused the army of burning villages, saying in a video posted on "
     "YouTube that its fighters would respond.", "accused", "YouTube"),
    ("The governor insisted that no curfew had been imposed, telling the state news agency "
     "that shops would stay open.", "insisted", "the state news agency"),
    ("The navy confirmed that two sailors were missing, adding in a statement broadcast on "
     "national radio that the search would go on.", "confirmed", "national radio"),
])
def test_going_on_participle_gives_the_cue_its_channel(quote_pipe: Pipeline, text: str,
                                                       cue: str, relay: str) -> None:
    row = next(r for r in quotes(quote_pipe, text) if r[1] == cue)
    assert row[3] == [relay]


# --- class: the message hung on the cue's gerund (speaker38): "denied carrying out
# the raid in a statement on Telegram"
@pytest.mark.parametrize("text,cue,relay", [
    ("The militia denied carrying out the ambush in a statement on Telegram.", "denied",
     "Telegram"),
    ("The separatists denied shelling the market in a message posted on Facebook.", "denied",
     "Facebook"),
    ("The ministry admitted detaining the reporters in a statement read on state radio.",
     "admitted", "state radio"),
])
def test_message_on_the_cue_gerund_gives_its_channel(quote_pipe: Pipeline, text: str,
                                                     cue: str, relay: str) -> None:
    row = next(r for r in quotes(quote_pipe, text) if r[1] == cue)
    assert row[3] == [relay]


# --- negatives: the participle of an inner speaker, one with a subject of its own,
# a gerund with no message
@pytest.mark.parametrize("text,cue", [
    ("The minister said the mayor had denied the claim, telling state television that it was "
     "false.", "said"),
    ("The army denied the report, and its spokesman said on state radio that it was false.",
     "denied"),
    ("The company denied posting the video.", "denied"),
])
def test_no_channel_from_an_inner_or_separate_statement(quote_pipe: Pipeline, text: str,
                                                        cue: str) -> None:
    rows = [r for r in quotes(quote_pipe, text) if r[1] == cue]
    assert all(r[3] == [] for r in rows)


# --- review89: own sentences on the speaker38 classes, written for the review
@pytest.mark.parametrize("text,cue,relay", [
    # a cue that denies or insists: the participle on its content is the speaker's
    ("The army denied that the general had resigned, telling state radio that he remained "
     "in command.", "denied", "state radio"),
    ("The separatist commander insisted his men had not fired first, writing on his Telegram "
     "channel that the ceasefire was over.", "insisted", "his Telegram channel"),
    # "adding" and a passive content go on with the reporter, even after "said"
    ("The ministry said the ambassador had been summoned, adding on its Facebook page that "
     "the embassy would stay open.", "said", "its Facebook page"),
    ("The health ministry warned that hospitals were overwhelmed, adding on Twitter that the "
     "death toll had risen.", "warned", "Twitter"),
    # the message on the cue's gerund
    ("The insurgents claimed downing the helicopter in a message on Telegram.", "claimed",
     "Telegram"),
    ("The cartel denied killing the journalist in a video posted on YouTube.", "denied",
     "YouTube"),
])
def test_going_on_and_gerund_channels_review(quote_pipe: Pipeline, text: str, cue: str,
                                             relay: str) -> None:
    row = next(r for r in quotes(quote_pipe, text) if r[1] == cue)
    assert row[3] == [relay]


@pytest.mark.parametrize("text,cue", [
    # review89: after a plain "said", a participle on a content verb with a
    # subject of its own may be that subject's: no channel for "said"
    ("The army said rebels had seized the broadcaster, telling listeners on state radio "
     "that the government had fallen.", "said"),
    ("Officials said hackers had taken over the station's feed, telling viewers on state "
     "television that the president had fled.", "said"),
    ("The ministry said the rebel leader had appeared in a new video, saying on Telegram "
     "that his fighters would not surrender.", "said"),
    # a medium inside the participle's content, and a gerund's own object
    ("The mayor denied the charges, saying footage shared on social media had been edited.",
     "denied"),
    ("The rebels denied sending a message on Telegram to their commanders.", "denied"),
    ("The senator admitted reading the statement on national radio.", "admitted"),
])
def test_no_channel_from_a_content_participle_or_gerund(quote_pipe: Pipeline, text: str,
                                                        cue: str) -> None:
    rows = [r for r in quotes(quote_pipe, text) if r[1] == cue]
    assert rows and all(r[3] == [] for r in rows)


# --- speed59: the going-on participle's document bound answers as the walk
def _walked(verb: Token) -> list[Token]:
    """``media._going_on`` without the document bound: the subtree walk."""
    return [t for t in verb.subtree if t.tag_ == "VBG" and t.i > verb.i
            and t.lemma_.lower() in media.GOING_ON and t.dep_ in ("advcl", "xcomp", "conj")
            and t.i > 0 and verb.doc[t.i - 1].text == ","
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
            and not media._between_speech(verb, t) and not media._content_subjects(verb, t)]


@pytest.mark.parametrize("text", [
    "The rebels denied that troops had fired, telling local radio that the town was calm.",
    "The mayor said the bridge would close, adding that repairs would take a week. "
    "Police said nothing, saying later it was an accident.",
    "The ministry wrote to the embassy, saying the envoy should leave, and the envoy left.",
    "Officials met on Monday. Nobody said anything, writing instead to the council.",
    "The company declined to comment.",
])
def test_going_on_bound_answers_as_the_walk(quote_pipe: Pipeline, text: str) -> None:
    doc = quote_pipe.nlp(text)
    assert [media._going_on(t) for t in doc] == [_walked(t) for t in doc]
