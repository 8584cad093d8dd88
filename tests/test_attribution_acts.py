"""Chains the statements alone do not give (eventwire/stages/attribution/acts.py,
issue #12, branch attrib3), on the full pipeline: each class with several
sentences written for these tests, none taken from an evaluation set."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_attribution_chains import chains, modalities


# --- class: a speech act a medium reports: relay the medium, no speaker; the
# act it names is the author's, relayed by the medium
@pytest.mark.parametrize("text,act,named,author,medium", [
    ("Hungary's government condemned the bombing of the embassy, the state news agency MTI "
     "reported.", "condemned", "bombing", "Hungary's government", "the state news agency MTI"),
    ("The rebel commander denounced the arrests and threatened to retaliate, Radio Okapi "
     "reported.", "denounced", "arrests", "The rebel commander", "Radio Okapi"),
    ("The opposition leader welcomed the release of the journalists, the independent daily "
     "Nova reported.", "welcomed", "release", "The opposition leader",
     "the independent daily Nova"),
])
def test_speech_act_reported_by_a_medium(full_pipeline: Any, text: str, act: str, named: str,
                                         author: str, medium: str) -> None:
    links = chains(full_pipeline, text)
    assert "speaker" not in links[act]
    assert links[act]["relay"] == [medium]
    assert links[named]["speaker"] == [author]
    assert links[named]["relay"] == [medium]


def test_a_medium_reporting_a_physical_act_stays_its_speaker(full_pipeline: Any) -> None:
    text = "Gunmen killed four police officers in an ambush, state radio reported."
    assert chains(full_pipeline, text)["killed"]["speaker"] == ["state radio"]


# --- class: an act named as the object of a speech act
@pytest.mark.parametrize("text,named,author", [
    ("The Kenyan president condemned the massacre in a statement.", "massacre",
     "The Kenyan president"),
    ("The Foreign Ministry strongly condemned the shelling of the hospital.", "shelling",
     "The Foreign Ministry"),
    ("The prime minister welcomed the ceasefire and praised the mediators.", "ceasefire",
     "The prime minister"),
    ("The senator called the raid unlawful.", "raid", "The senator"),
])
def test_act_named_by_a_speech_act(full_pipeline: Any, text: str, named: str,
                                   author: str) -> None:
    assert chains(full_pipeline, text)[named]["speaker"] == [author]


# --- class: a speech act the outlet narrates inside another statement (a
# relative speech act): the outlet's voice, not the statement's speaker
@pytest.mark.parametrize("text,act", [
    ("The minister said six guards were killed in clashes, which the army described as a "
     "mutiny.", "described"),
    ("The mayor said the council would go ahead with the closures, a decision the unions "
     "condemned.", "condemned"),
    ("The court said the men had been released, a move that human rights groups welcomed.",
     "welcomed"),
    ("Police said the march had been peaceful, an account which the organisers praised.",
     "praised"),
])
def test_relative_speech_act_is_narrated(full_pipeline: Any, text: str, act: str) -> None:
    assert "speaker" not in chains(full_pipeline, text)[act]


@pytest.mark.parametrize("text,act,speaker", [
    ("The minister said the army had condemned the attack.", "condemned", "The minister"),
    ("The coast guard said it detained 12 smugglers who threatened its crew.", "threatened",
     "The coast guard"),
    ("The ministry said it had expelled a diplomat who criticised the government.",
     "criticised", "The ministry"),
])
def test_speech_act_of_the_statements_people_stays_the_statements(
        full_pipeline: Any, text: str, act: str, speaker: str) -> None:
    assert chains(full_pipeline, text)[act]["speaker"] == [speaker]


@pytest.mark.parametrize("text,named", [
    ("The union called a general strike for Monday.", "strike"),
    ("Protesters blamed the police for the killing.", "killing"),
])
def test_not_a_speech_act_on_the_act(full_pipeline: Any, text: str, named: str) -> None:
    assert "speaker" not in chains(full_pipeline, text).get(named, {})


def test_channel_of_the_naming_act(full_pipeline: Any) -> None:
    text = "The group claimed the bombing in a statement posted on Telegram."
    links = chains(full_pipeline, text)["bombing"]
    assert links["speaker"] == ["The group"]
    assert links["relay"] == ["Telegram"]


# --- class: a claim someone else denies: the denier speaks for the claimed act
@pytest.mark.parametrize("text,claimed,denier", [
    ("The navy said its jets had bombed two supply boats, a claim the rebels denied.",
     "bombed", "the rebels"),
    ("Protest leaders said police had fired live rounds, an assertion the ministry rejected.",
     "fired", "the ministry"),
    ("Villagers said soldiers had burned their homes, an accusation the military dismissed "
     "as propaganda.", "burned", "the military"),
])
def test_denied_claim(full_pipeline: Any, text: str, claimed: str, denier: str) -> None:
    assert chains(full_pipeline, text)[claimed]["speaker"] == [denier]


# --- class: a statement nested in a medium's report is relayed by the medium
@pytest.mark.parametrize("text,act,medium", [
    ("Radio Okapi reported that the rebel commander had threatened to attack the town.",
     "threatened", "Radio Okapi"),
    ("The Times reported that the minister had promised to expel the envoys.",
     "promised", "The Times"),
    ("State television reported that the president had urged troops to leave the capital.",
     "urged", "State television"),
])
def test_statement_nested_in_a_report(full_pipeline: Any, text: str, act: str,
                                      medium: str) -> None:
    links = chains(full_pipeline, text)[act]
    assert "speaker" not in links
    assert links["relay"] == [medium]


# --- class: a known act someone is blamed for stays the outlet's
@pytest.mark.parametrize("text,act", [
    ("Protesters blamed the police for the killing.", "killing"),
    ("The mayor blamed the rebels for the assault on the convoy.", "assault"),
    ("The governor blamed armed gangs for the attack on the port.", "attack"),
])
def test_known_act_in_a_blame(full_pipeline: Any, text: str, act: str) -> None:
    assert "speaker" not in chains(full_pipeline, text)[act]


def test_accused_act_as_a_verb_stays_reported(full_pipeline: Any) -> None:
    text = "The prime minister accused the rebels of attacking an army base."
    assert chains(full_pipeline, text)["attacking"]["speaker"] == ["The prime minister"]


# --- class: the past cause the outlet gives for an announced act
@pytest.mark.parametrize("text,announced,cause", [
    ("Denmark said it would withdraw its soldiers after the junta demanded their departure.",
     "withdraw", "demanded"),
    ("The alliance said it will send more troops after protesters clashed with peacekeepers.",
     "send", "clashed"),
    ("The rebels said they would boycott the talks after the army shelled their positions.",
     "boycott", "shelled"),
])
def test_past_cause_of_an_announcement(full_pipeline: Any, text: str, announced: str,
                                       cause: str) -> None:
    links = chains(full_pipeline, text)
    assert "speaker" in links[announced]
    assert "speaker" not in links[cause]


def test_condition_of_a_threat_stays_reported(full_pipeline: Any) -> None:
    text = "The ministry said it would retaliate if the rebels attacked again."
    assert chains(full_pipeline, text)["attacked"]["speaker"] == ["The ministry"]


# --- class: a speech act a reporter relays, widened (modality24): "reject" is
# such an act, a source the reporter cites is a relay too, and an announced
# speech act ("will condemn", "would ask") stays the reporter's word
@pytest.mark.parametrize("text,act,relays", [
    ("The union leader rejected the offer as an insult, the regional broadcaster Canal Sur "
     "reported.", "rejected", ["the regional broadcaster Canal Sur"]),
    ("The Uruguayan navy condemned the seizure of the fishing boat, Radio Montecarlo "
     "reported, citing a navy spokesman.", "condemned", ["a navy spokesman", "Radio Montecarlo"]),
    ("The Peruvian army rejected the accusations and accused the rebels of lying, El Comercio "
     "reported, citing a military source.", "accused", ["a military source", "El Comercio"]),
])
def test_speech_act_a_reporter_relays(full_pipeline: Any, text: str, act: str,
                                      relays: list[str]) -> None:
    links = chains(full_pipeline, text)
    assert "speaker" not in links[act]
    assert links[act]["relay"] == relays


@pytest.mark.parametrize("text,act,speaker", [
    ("The coalition will condemn the vote at its congress, the daily Clarin reported.",
     "condemn", "the daily Clarin"),
    ("The opposition would reject any deal with the junta, the weekly Semana reported.",
     "reject", "the weekly Semana"),
    ("Police arrested the mayor, state radio reported, citing a police source.", "arrested",
     "a police source"),
    # review28: a speech act under any modal is a possibility the reporter
    # voices, not one it relays ("could reject", "may condemn", "might reject")
    ("The opposition could reject the deal with the junta, the weekly Semana reported.",
     "reject", "the weekly Semana"),
    ("The coalition may condemn the vote at its congress, the daily Clarin reported.",
     "condemn", "the daily Clarin"),
    ("The dockers' union might reject the wage offer, state television reported.",
     "reject", "state television"),
    # review28: a speech act that did not happen is the reporter's word too
    ("The foreign ministry has not condemned the raid on the border post, state radio "
     "reported.", "condemned", "state radio"),
    ("The Bolivian bishops did not reject the election result, the daily La Razon reported.",
     "reject", "the daily La Razon"),
])
def test_announced_or_physical_act_keeps_its_reporter(full_pipeline: Any, text: str, act: str,
                                                      speaker: str) -> None:
    assert chains(full_pipeline, text)[act]["speaker"] == [speaker]


# --- class: an earlier episode dated in a relative clause inside a reported
# clause is the outlet's narration (modality24): no speaker, asserted
@pytest.mark.parametrize("text,act", [
    ("The opposition accused the president of breaking the peace accord signed by both "
     "parties in March 2019.", "signed"),
    ("Prosecutors said the general had directed the militia, which seized the port of "
     "Kismayo in June 2018.", "seized"),
    ("The government accuses the rebel leader of directing the militia that burned the "
     "village of Kuda on 12 May 2019.", "burned"),
    ("The senator said the treaty, which both countries ratified in 2015, was dead.",
     "ratified"),
])
def test_dated_relative_act_is_narration(full_pipeline: Any, text: str, act: str) -> None:
    assert modalities(full_pipeline, text)[act] == ("asserted", False)


@pytest.mark.parametrize("text,act", [
    # undated: part of the claim
    ("Police said the man who attacked the guards had fled.", "attacked"),
    # dated, but this week's news, not an earlier episode
    ("Police said a suspect arrested on Tuesday had been released.", "arrested"),
    # inside quotation marks: the speaker's words
    ("\"The militia, which seized the port in June 2018, must leave,\" the governor said.",
     "seized"),
    # review28: a quotation that goes on after its cue is still the speaker's
    ("\"We will not negotiate,\" the governor of Jubaland said. \"The militia, which seized "
     "the port in June 2018, must leave the city.\"", "seized"),
    ("\"Nobody is safe here,\" the mayor told reporters. \"The gang that burned the market "
     "in March 2019 is back in the valley.\"", "burned"),
])
def test_undated_or_quoted_relative_act_stays_reported(full_pipeline: Any, text: str,
                                                       act: str) -> None:
    assert modalities(full_pipeline, text)[act] == ("reported", True)


@pytest.mark.parametrize("text", [
    "Rebels said they had downed a jet, a claim the army denied, and the charges were dropped.",
    "The Claims office opened; an allegation of fraud and an assessment followed.",
    "Nobody commented on it.",
])
def test_comment_noun_positions_read_on_the_lemma_column(spacy_nlp: Any, text: str) -> None:
    """speed51: ``denied_claim`` reads the comment nouns' positions once per
    document (not a walk of its sentence per quote): they are the words a
    walk over the tokens finds, in order."""
    from eventwire.stages.attribution.acts import COMMENT_NOUNS, _comment_nouns

    doc = spacy_nlp(text)
    assert _comment_nouns(doc) == [t.i for t in doc if t.lemma_.lower() in COMMENT_NOUNS]


def test_relay_start_needs_a_speaker_a_statement_and_a_reporter(spacy_nlp: Any) -> None:
    """tidy64: the start both reported-act classes share (``acts.relay_start``):
    the trigger's token and the chain's relays (speaker first, then its own
    relays) only for a statement with a speaker, not a quotation, whose
    reporter test holds."""
    from eventwire.models import EventMention, Quote
    from eventwire.models import Span as TextSpan
    from eventwire.stages.attribution.acts import QUOTED_KINDS, relay_start

    text = "The ministry condemned the raid, state radio reported, citing Reuters."
    doc = spacy_nlp(text)

    def span(words: str) -> TextSpan:
        start = text.index(words)
        return TextSpan(words, start, start + len(words))

    event = EventMention(trigger=span("condemned"), type="ACCUSE", sentence=span(text))
    quote = Quote(content=span("The ministry condemned the raid"), speaker=span("state radio"),
                  relays=[span("Reuters")])
    yes, no = (lambda d, q: True), (lambda d, q: False)
    found = relay_start(doc, event, quote, yes)
    assert found is not None
    assert found[0].text == "condemned" and found[1] == [span("state radio"), span("Reuters")]
    assert relay_start(doc, event, quote, no) is None
    assert relay_start(doc, event, Quote(content=quote.content), yes) is None  # no speaker
    quoted = Quote(content=quote.content, speaker=quote.speaker, kind=sorted(QUOTED_KINDS)[0])
    assert relay_start(doc, event, quoted, yes) is None
