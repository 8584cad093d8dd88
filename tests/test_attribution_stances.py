"""Attribution classes of political news beyond speech verbs (issue #12):
belief / knowledge / intention cues, findings of documents, stance
adjectives, nominal cues, group and anonymous sources with their full noun
phrase, passive speech cues with an agent, quotations the sentence splitter
cut from their cue, nested attributions, and look-alikes that attribute
nothing. Every sentence here is written for these tests, none is taken from
an evaluation batch."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline


def quotes(quote_pipe: Pipeline, text: str) -> list[tuple[str | None, str | None, str]]:
    ((_, doc, _),) = list(quote_pipe.docs([Article(text=text, outlet="Wire",
                                             published=date(2021, 3, 2))]))
    out: list[Any] = [(q.speaker.text if q.speaker else None, q.cue.text if q.cue else None,
                       q.content.text) for q in doc._.quotes]
    return out


def assert_has(quote_pipe: Pipeline, text: str, speaker: str, cue: str, content: str) -> None:
    assert (speaker, cue, content) in quotes(quote_pipe, text)


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Western diplomats believe that the sanctions are starting to bite.",
     "Western diplomats", "believe", "the sanctions are starting to bite"),
    ("The finance minister thinks the currency will recover by spring.",
     "The finance minister", "thinks", "the currency will recover by spring"),
    ("Many farmers fear the drought will ruin the harvest.",
     "Many farmers", "fear", "the drought will ruin the harvest"),
    ("The mayor wants the council to delay the vote.",
     "The mayor", "wants", "the council to delay the vote"),
    ("The rebels want to negotiate directly with the army.",
     "The rebels", "want", "to negotiate directly with the army"),
    ("Investors know that the central bank cannot raise rates again.",
     "Investors", "know", "the central bank cannot raise rates again"),
    ("Teachers worry that the cuts will close rural schools.",
     "Teachers", "worry", "the cuts will close rural schools"),
    ("The coach doubts the team can win the title.",
     "The coach", "doubts", "the team can win the title"),
])
def test_belief_knowledge_intention_cues(quote_pipe: Pipeline, text: str, speaker: str, cue: str,
                                         content: str) -> None:
    assert_has(quote_pipe, text, speaker, cue, content)


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("The minister is confident that the treaty will be ratified.",
     "The minister", "confident", "the treaty will be ratified"),
    ("Voters are aware that the reform will raise taxes.",
     "Voters", "aware", "the reform will raise taxes"),
    ("The senator is convinced that the vote will fail.",
     "The senator", "convinced", "the vote will fail"),
])
def test_stance_adjectives(quote_pipe: Pipeline, text: str, speaker: str, cue: str,
                           content: str) -> None:
    assert_has(quote_pipe, text, speaker, cue, content)


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("The party's promise that fees would be abolished won it many votes.",
     "The party", "promise", "fees would be abolished"),
    ("Critics dismissed the minister's claim that crime had fallen.",
     "the minister", "claim", "crime had fallen"),
    ("His admission that he had misled parliament ended his career.",
     "His", "admission", "he had misled parliament"),
    ("The union's warning that a strike was imminent was ignored.",
     "The union", "warning", "a strike was imminent"),
    ("The claim by the embassy that its staff had been harassed was denied.",
     "the embassy", "claim", "its staff had been harassed"),
])
def test_nominal_cues_with_an_owner(quote_pipe: Pipeline, text: str, speaker: str, cue: str,
                                    content: str) -> None:
    assert_has(quote_pipe, text, speaker, cue, content)


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("The inspector general's audit found that contracts had been inflated.",
     "The inspector general", "found", "contracts had been inflated"),
    ("A study by the World Bank found that poverty had risen sharply.",
     "the World Bank", "found", "poverty had risen sharply"),
    ("The survey concluded that most residents opposed the new airport.",
     "The survey", "concluded", "most residents opposed the new airport"),
    ("Investigators found that the fire had been set deliberately.",
     "Investigators", "found", "the fire had been set deliberately"),
])
def test_findings_speak_for_the_documents_author(quote_pipe: Pipeline, text: str, speaker: str,
                                                 cue: str, content: str) -> None:
    assert_has(quote_pipe, text, speaker, cue, content)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Advisers to the president said the visit would go ahead.", "Advisers to the president"),
    ("Officials at the ministry said the talks had been postponed.",
     "Officials at the ministry"),
    ("Sources in the government said the budget would be revised.",
     "Sources in the government"),
    ("Deputy Foreign Minister Sergei Ryabkov said the treaty was dead.",
     "Deputy Foreign Minister Sergei Ryabkov"),
    ("Officials on Tuesday said the border would reopen.", "Officials"),  # a time, no source
])
def test_group_and_titled_sources_keep_their_whole_noun_phrase(quote_pipe: Pipeline, text: str,
                                                               speaker: str) -> None:
    assert [q[0] for q in quotes(quote_pipe, text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("The delegates were told by the chairman that the session was over.",
     "the chairman", "told", "the session was over"),
    ("Journalists were assured by the police that the road would reopen.",
     "the police", "assured", "the road would reopen"),
    ("Residents were warned by the army that the bridge would be blown up.",
     "the army", "warned", "the bridge would be blown up"),
    ("It was announced by the palace that the king would address the nation.",
     "the palace", "announced", "the king would address the nation"),
])
def test_passive_speech_cue_with_an_agent(quote_pipe: Pipeline, text: str, speaker: str, cue: str,
                                          content: str) -> None:
    assert_has(quote_pipe, text, speaker, cue, content)


def test_nested_belief_and_speech(quote_pipe: Pipeline) -> None:
    found = quotes(quote_pipe,
                   "The aide said the minister had assured him that the funds were safe.")
    assert ("the minister", "assured", "the funds were safe") in found
    assert ("The aide", "said", "the minister had assured him that the funds were safe") in found
    found = quotes(quote_pipe, "We think the ceasefire will hold, the commander said.")
    assert ("We", "think", "the ceasefire will hold") in found


def test_outlet_reporting_a_belief_relays_it(quote_pipe: Pipeline) -> None:
    ((_, doc, _),) = list(quote_pipe.docs([Article(
        text="Critics believe the law is unconstitutional, the newspaper reported.",
        outlet="Wire", published=date(2021, 3, 2))]))
    (q,) = doc._.quotes
    assert q.speaker.text == "Critics" and [r.text for r in q.relays] == ["the newspaper"]


@pytest.mark.parametrize(("text", "expected"), [
    ("“Are you running for president?” the host asked. “Not this year,” the senator answered.",
     [("the host", "asked", "Are you running for president?"),
      ("the senator", "answered", "Not this year")]),
    ("“Will the plan work?” the reporter asked. “We are certain of it,” Smith replied.",
     [("the reporter", "asked", "Will the plan work?"),
      ("Smith", "replied", "We are certain of it")]),
    ("“Is the war over?” a student asked. The minister did not answer.",
     [("a student", "asked", "Is the war over?")]),
])
def test_question_cut_from_its_cue(quote_pipe: Pipeline, text: str,
                                   expected: list[tuple[str, str, str]]) -> None:
    assert quotes(quote_pipe, text) == expected


@pytest.mark.parametrize("text", [
    "The spokesman maintained the strikes were lawful.",
    "The company maintained its products were safe.",
    "The rebels maintained their fighters were innocent.",
])
def test_complement_subject_parsed_as_object(quote_pipe: Pipeline, text: str) -> None:
    ((_, _, content),) = quotes(quote_pipe, text)
    assert content == text[text.index("maintained ") + 11:-1]


@pytest.mark.parametrize("text", [
    "Policy experts at the think tank met the minister on Monday.",
    "The minister knows the region well.",
    "The president wants a new budget.",
    "Fear of inflation drove gold prices higher.",
    "Nobody knows whether the talks will resume.",
    "Analysts expect the currency to fall further.",
])
def test_look_alikes_attribute_nothing(quote_pipe: Pipeline, text: str) -> None:
    assert quotes(quote_pipe, text) == []


def test_first_person_hedge_inside_a_quotation_is_no_second_source(quote_pipe: Pipeline) -> None:
    assert quotes(quote_pipe, "“I think we can win,” the candidate said.") == [
        ("the candidate", "said", "I think we can win")]


def test_cue_lists_have_unique_names() -> None:
    """A list defined twice in cues.yaml silently keeps the last one (the
    attribution `stance_verbs` once collided with factuality's `belief_verbs`)."""
    import re
    from pathlib import Path

    import eventwire
    text = (Path(eventwire.__file__).parent / "data" / "cues.yaml").read_text()
    names = re.findall(r"^([a-z_]+):", text, flags=re.M)
    assert len(names) == len(set(names))
    assert {"stance_verbs", "finding_verbs", "nominal_cues"} <= set(names)


# --- class: cue verbs of MegaVeridicality that take a clause (branch attrib3):
# communication (affirm, reaffirm, mention, retort, lament, speculate, imply,
# guarantee, forecast) and cognition (imagine, guess, bet, learn, presume)
@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("The premier reaffirmed that the troops would stay until spring.", "The premier",
     "reaffirmed", "the troops would stay until spring"),
    ("The senator mentioned that the bill had no funding.", "The senator", "mentioned",
     "the bill had no funding"),
    ("Analysts speculated that the governor would resign before the vote.", "Analysts",
     "speculated", "the governor would resign before the vote"),
    ("The treasurer guaranteed that pensions would be paid in full.", "The treasurer",
     "guaranteed", "pensions would be paid in full"),
    ("Few voters imagine the reform will pass this year.", "Few voters", "imagine",
     "the reform will pass this year"),
    ("The campaign has learned that the debate will be moved to Ohio.", "The campaign",
     "learned", "the debate will be moved to Ohio"),
    ("Party strategists bet that turnout will fall in the suburbs.", "Party strategists",
     "bet", "turnout will fall in the suburbs"),
])
def test_megaveridicality_cues(quote_pipe: Pipeline, text: str, speaker: str, cue: str,
                               content: str) -> None:
    assert_has(quote_pipe, text, speaker, cue, content)


# --- class: a parenthetical belief cue splits its content (branch attrib3)
@pytest.mark.parametrize(("text", "speaker", "cue"), [
    ("The treaty, they suspect, will not survive the election.", "they", "suspect"),
    ("The deal, many diplomats believe, will collapse by spring.", "many diplomats",
     "believe"),
    ("The army, the rebels fear, is preparing a new offensive.", "the rebels", "fear"),
])
def test_parenthetical_belief(quote_pipe: Pipeline, text: str, speaker: str,
                              cue: str) -> None:
    assert (speaker, cue) in [q[:2] for q in quotes(quote_pipe, text)]
