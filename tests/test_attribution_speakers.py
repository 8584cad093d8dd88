"""Who speaks and through whom (eventwire/stages/attribution/speakers.py and
marks.py), by linguistic class. Every passage was written for these tests
(branch relays, issue #12), none taken from an evaluation set; three or more
per class."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import quotes_of
from tests.test_attribution_boundaries import quotes


# --- class: a speech verb sharing the subject of the verb it hangs on
@pytest.mark.parametrize("text,cue,speaker", [
    ("The opposition leader appeared before the committee on Monday and said soldiers had "
     "beaten him.", "said", "The opposition leader"),
    ("The envoy went on to say that the ceasefire would hold.", "say", "The envoy"),
    ("The army rejected the plan, saying it would leave the border exposed.", "saying",
     "The army"),
    ("The ministry defended the raid, insisting the camp had sheltered fighters.", "insisting",
     "The ministry"),
    ("The coach left the pitch and later told journalists that the referee was biased.",
     "told", "The coach"),
])
def test_shared_subject(quote_pipe: Pipeline, text: str, cue: str, speaker: str) -> None:
    q = next(q for q in quotes_of(quote_pipe, text) if q.cue and q.cue.text == cue)
    assert q.speaker.text == speaker


# --- class: the outlet a statement was made to relays it, unless it publishes it
@pytest.mark.parametrize("text,speaker,relay", [
    ("The minister told Al Arabiya television that the talks had failed.", "The minister",
     "Al Arabiya television"),
    ("In an interview with the BBC, the general said the drills would continue.",
     "the general", "the BBC"),
    ("Speaking to the Associated Press, the mayor said the dam had held.", "the mayor",
     "the Associated Press"),
    ("Rebel leaders told Reuters that the town had fallen.", "Rebel leaders", "Reuters"),
])
def test_outlet_told_is_a_relay(quote_pipe: Pipeline, text: str, speaker: str, relay: str) -> None:
    (q,) = quotes_of(quote_pipe, text)
    assert (q.speaker.text, [r.text for r in q.relays]) == (speaker, [relay])


@pytest.mark.parametrize("text,outlet", [
    ("Rebel leaders told Reuters that the town had fallen.", "Reuters"),
    ("The governor told the Daily Herald that the budget was balanced.", "The Daily Herald"),
    ("Police told reporters that the suspect had fled.", "Wire"),
    ("The judge told the court that the hearing would resume.", "Wire"),
])
def test_own_outlet_or_no_outlet_is_no_relay(quote_pipe: Pipeline, text: str, outlet: str) -> None:
    (q,) = quotes_of(quote_pipe, text, outlet=outlet)
    assert q.relays == []


# --- class: an outlet's own statement (a speech verb deep in its content)
@pytest.mark.parametrize("text,speaker", [
    ("Sabra News, a Telegram channel close to the militias, said the attack caused heavy "
     "damage to the base, which it described as a hub for foreign forces.", "Sabra News"),
    ("The state news agency said the raid destroyed a depot that the army described as a "
     "rebel arsenal.", "The state news agency"),
    ("The newspaper reported that the fire gutted a warehouse which officials said stored "
     "ballots.", "The newspaper"),
])
def test_outlet_speaks_for_itself(quote_pipe: Pipeline, text: str, speaker: str) -> None:
    outer = max(quotes_of(quote_pipe, text), key=lambda q: len(q.content.text))
    assert outer.speaker.text == speaker and outer.relays == []


# --- class: datelines with two cities or an unbracketed agency are never the speaker
@pytest.mark.parametrize("text,speaker", [
    ("NIAMEY/ABUJA, July 31 (Reuters) - West African leaders demanded that the junta step "
     "down.", "West African leaders"),
    ("SEOUL, Nov. 24 Kyodo - North Korea warned it would launch more strikes.", "North Korea"),
    ("GOMA/KIGALI, May 3 (AFP) - Congo said rebels had shelled the town.", "Congo"),
])
def test_dateline_variants(quote_pipe: Pipeline, text: str, speaker: str) -> None:
    q = next(q for q in quotes_of(quote_pipe, text) if q.cue is not None)
    assert q.speaker.text == speaker


# --- class: apposition length counts words, not tokens (hyphenated names)
@pytest.mark.parametrize("text,speaker", [
    ("Hamas's armed wing, the Ezz al-Din al-Qassam Brigades, said it had fired rockets.",
     "Hamas's armed wing, the Ezz al-Din al-Qassam Brigades"),
    ("The group's leader, Abu Bakr al-Baghdadi, said the caliphate would expand.",
     "The group's leader, Abu Bakr al-Baghdadi"),
    ("The militia's commander, Abdel-Rahman al-Jumaili, said the road was open.",
     "The militia's commander, Abdel-Rahman al-Jumaili"),
])
def test_hyphenated_apposition(quote_pipe: Pipeline, text: str, speaker: str) -> None:
    q = next(q for q in quotes_of(quote_pipe, text) if q.cue is not None)
    assert q.speaker.text == speaker


# --- class: one quotation, one cue
@pytest.mark.parametrize("text,cue,content", [
    ("The ministry said that it rejects \"any attack on civilians,\" describing the raid as "
     "\"a cowardly act of terror.\"", "describing", "a cowardly act of terror"),
    ("The general said his troops would \"never retreat,\" warning that \"the enemy will pay "
     "a heavy price.\"", "warning", "the enemy will pay a heavy price"),
    ("The council said it opposed \"any delay at all,\" describing the plan as \"reckless "
     "and unfunded.\"", "describing", "reckless and unfunded"),
])
def test_second_quotation_goes_to_the_second_cue(quote_pipe: Pipeline, text: str, cue: str,
                                                 content: str) -> None:
    q = next(q for q in quotes_of(quote_pipe, text) if q.cue and q.cue.text == cue)
    assert q.content.text == content


# --- class: ASCII ``…'' quotation marks (old wire and wiki copy)
@pytest.mark.parametrize("text,speaker,content,relays", [
    ("``We will not surrender,'' the commander said.", "the commander", "We will not surrender",
     []),
    ("``The port is closed until further notice,'' Kompas quoted the harbour master as saying.",
     "the harbour master", "The port is closed until further notice", ["Kompas"]),
    ("The minister said: ``Our answer will be firm.''", "The minister", "Our answer will be firm",
     []),
])
def test_ascii_quotation_marks(quote_pipe: Pipeline, text: str, speaker: str, content: str,
                               relays: list[str]) -> None:
    q = next(q for q in quotes_of(quote_pipe, text) if q.cue is not None)
    assert (q.speaker.text, q.content.text, [r.text for r in q.relays]) == (
        speaker, content, relays)


# --- branch speakers2: platforms as relays, speakers read as an apposition,
# documents held (not written) by someone, a definite description continuing a run
@pytest.mark.parametrize(("text", "speaker", "relay"), [
    ("The senator posted on Instagram that she would vote against the bill.", "The senator",
     "Instagram"),
    ("The envoy wrote on X that the ceasefire had been violated twice.", "The envoy", "X"),
    ("In a post on Telegram, the militia commander said his fighters had taken the village.",
     "the militia commander", "Telegram"),
    ("The actor wrote on Truth Social that the film had been banned.", "The actor",
     "Truth Social"),
])
def test_platform_relays(quote_pipe: Pipeline, text: str, speaker: str, relay: str) -> None:
    assert [(q[0], q[3]) for q in quotes(quote_pipe, text)] == [(speaker, [relay])]


def test_platform_inside_the_content_is_no_relay(quote_pipe: Pipeline) -> None:
    found = quotes(quote_pipe, "The minister said the ban on Telegram would be lifted.")
    assert found[0][3] == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("In a post on Telegram, the militia's commander said his fighters had taken the village.",
     "the militia's commander"),
    ("In a letter to parliament, the nation's top judge said the law was unconstitutional.",
     "the nation's top judge"),
])
def test_speaker_read_as_apposition(quote_pipe: Pipeline, text: str, speaker: str) -> None:
    assert speaker in [q[0] for q in quotes(quote_pipe, text)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("A confidential report obtained by the newspaper shows the ministry ignored the warnings.",
     "A confidential report"),
    ("An email seen by reporters indicates that the contract was signed in March.",
     "An email"),
    ("A memo reviewed by investigators shows that the warnings were ignored.", "A memo"),
])
def test_who_holds_a_document_did_not_write_it(quote_pipe: Pipeline, text: str,
                                               speaker: str) -> None:
    assert [q[0] for q in quotes(quote_pipe, text)] == [speaker]


@pytest.mark.parametrize("text", [
    "The interior ministry said 30 people were arrested, the official IRNA news agency "
    "reported. The ministry also said weapons had been seized.",
    "The defence ministry said two drones were shot down, state television reported. The "
    "ministry said the debris fell on a field.",
])
def test_definite_description_continues_the_run(quote_pipe: Pipeline, text: str) -> None:
    found = quotes(quote_pipe, text)
    assert len(found) == 2 and found[0][3] and found[1][3] == found[0][3]


# --- class: a date inside the source's complement is part of the source (branch attrib3)
@pytest.mark.parametrize("text,speaker", [
    ("Relatives of last month's victims said they would sue the city.",
     "Relatives of last month's victims"),
    ("Survivors of Monday's attack told reporters the gunmen wore uniforms.",
     "Survivors of Monday's attack"),
    ("Victims of the 2019 floods said the aid had never arrived.",
     "Victims of the 2019 floods"),
])
def test_date_inside_the_source(quote_pipe: Pipeline, text: str, speaker: str) -> None:
    assert quotes(quote_pipe, text)[0][0] == speaker


# --- class: a speaker apposed to a fronted phrase, after a comma (branch attrib3)
@pytest.mark.parametrize("text,speaker,relay", [
    ("In an interview with the newspaper El Pais, Chile's finance minister, Ana Ruiz, said "
     "the peso would recover.", "Chile's finance minister, Ana Ruiz", "the newspaper El Pais"),
    ("In a letter to the council, the city's mayor, Ana Costa, said the budget was final.",
     "the city's mayor, Ana Costa", None),
    ("Speaking to the BBC, Kenya's health minister, Mary Wanjiru, said the outbreak was "
     "contained.", "Kenya's health minister, Mary Wanjiru", "the BBC"),
])
def test_speaker_apposed_after_a_comma(quote_pipe: Pipeline, text: str, speaker: str,
                                       relay: str | None) -> None:
    row = quotes(quote_pipe, text)[0]
    assert row[0] == speaker
    assert row[3] == ([relay] if relay else [])


def test_dateline_place_parsed_as_a_subject_is_no_speaker() -> None:
    """Class *the dateline's place parsed as a second subject of the cue*
    (branch speaker40): hand-built parses of sentences written for this test."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from eventwire.stages.attribution.speakers import subject_of

    words = ["MOPTI", "(", "Wire", ")", "-", "Gunmen", "burned", "a", "market",
             ",", "traders", "said", "."]
    heads = [11, 0, 0, 0, 0, 6, 0, 8, 6, 11, 11, 11, 11]
    deps = ["nsubj", "punct", "appos", "punct", "punct", "nsubj", "relcl", "det", "dobj",
            "punct", "nsubj", "ROOT", "punct"]
    spaces = [True, False, False, True, True, True, True, True, False, True, True, False, False]
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps)
    said = doc[11]
    assert subject_of(said).text == "traders"  # type: ignore[union-attr]
    # a dateline with a year, which ``dateline_end`` does not read
    yeared = Doc(Vocab(), words=["KIDAL", ",", "Mali", ",", "May", "2", ",", "2024", "-",
                                 "Rebels", "burned", "a", "depot", ",", "herders", "said", "."],
                 heads=[15, 0, 0, 0, 0, 4, 0, 0, 0, 10, 0, 12, 10, 15, 15, 15, 15],
                 deps=["nsubj", "punct", "appos", "punct", "appos", "nummod", "punct", "appos",
                       "punct", "nsubj", "relcl", "det", "dobj", "punct", "nsubj", "ROOT",
                       "punct"])
    assert subject_of(yeared[15]).text == "herders"  # type: ignore[union-attr]
    # two subjects outside a dateline: the first is kept
    plain = Doc(Vocab(), words=["Farmers", "and", ",", "traders", "said", "."],
                heads=[4, 0, 4, 4, 4, 4], deps=["nsubj", "cc", "punct", "nsubj", "ROOT", "punct"])
    assert subject_of(plain[4]).text == "Farmers"  # type: ignore[union-attr]
