"""Where a reported clause ends, and what "according to X" covers
(eventwire/stages/attribution/clauses.py), by linguistic class. Every passage
was written for these tests (branch relays, issue #12), none taken from an
evaluation set; three or more per class."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import quotes_of


def by_cue(quote_pipe: Pipeline, text: str) -> dict[str, tuple[str | None, str, list[str]]]:
    return {q.cue.text if q.cue else "": (q.speaker.text if q.speaker else None,
                                          q.content.text, [r.text for r in q.relays])
            for q in quotes_of(quote_pipe, text)}


# --- class: the speaker's next act parsed inside the reported clause
@pytest.mark.parametrize("text,first,content,second,speaker", [
    ("The governor said the floods had destroyed 300 homes and blamed the state utility for "
     "the delay.", "said", "the floods had destroyed 300 homes", "blamed", "The governor"),
    ("The prime minister said the bill would pass and accused rival parties of stoking "
     "unrest.", "said", "the bill would pass", "accused", "The prime minister"),
    ("The mayor said the curfew had ended and urged residents to stay calm.", "said",
     "the curfew had ended", "urged", "The mayor"),
    ("The army said its jets had struck a fuel depot near the border, denying that they had "
     "hit any homes.", "said", "its jets had struck a fuel depot near the border",
     "denying", "The army"),
])
def test_next_act_is_not_content(quote_pipe: Pipeline, text: str, first: str, content: str,
                                 second: str, speaker: str) -> None:
    found = by_cue(quote_pipe, text)
    assert found[first][:2] == (speaker, content)
    assert found[second][0] == speaker


@pytest.mark.parametrize("text,content", [
    ("The union claimed that wages had been cut and called for a strike.",
     "wages had been cut"),
    ("Observers reported that ballots had been burned and called on the commission to act.",
     "ballots had been burned"),
    ("The senator argued that the contract had been rigged and called for an inquiry.",
     "the contract had been rigged"),
])
def test_call_for_is_the_speakers_demand(quote_pipe: Pipeline, text: str, content: str) -> None:
    q = next(q for q in quotes_of(quote_pipe, text) if q.cue.text != "called")
    assert q.content.text == content


@pytest.mark.parametrize("text,start", [
    ("The minister phoned her counterpart and called on Tbilisi to free the protesters, the "
     "ministry said.", "The minister phoned"),
    ("The envoy met the rebels and urged them to disarm, the embassy said.", "The envoy met"),
    ("Police arrested two men and accused them of arson, the city said.", "Police arrested"),
])
def test_before_a_closing_cue_every_act_is_reported(quote_pipe: Pipeline, text: str,
                                                    start: str) -> None:
    q = next(q for q in quotes_of(quote_pipe, text) if q.cue.text == "said")
    assert q.content.text.startswith(start) and q.content.end > text.index(" and ")


def test_coordinated_content_verbs_stay_content(quote_pipe: Pipeline) -> None:
    """Look-alike: two acts of the reported subject ("attacked … and burned")."""
    (q,) = quotes_of(quote_pipe, "Witnesses said the gunmen had attacked the village and burned "
                        "the market.")
    assert q.content.text == "the gunmen had attacked the village and burned the market"


# --- class: an accusation is its object and charge, not the outlet's comment after it
@pytest.mark.parametrize("text,content", [
    ("The senator accused the agency of hiding the figures, a charge the agency rejected.",
     "the agency of hiding the figures"),
    ("The unions accused the government of breaking its promise, and the employers demanded "
     "new talks.", "the government of breaking its promise"),
    ("Kyiv blamed Moscow for the blackout, an accusation the Kremlin dismissed.",
     "Moscow for the blackout"),
])
def test_accusation_content(quote_pipe: Pipeline, text: str, content: str) -> None:
    q = next(q for q in quotes_of(quote_pipe, text) if q.cue.text in ("accused", "blamed"))
    assert q.content.text == content


# --- class: a relay clause the parser takes as the content ("said A, Y reported")
@pytest.mark.parametrize("text,content,relay", [
    ("The minister said the talks had failed, state television reported.",
     "the talks had failed", "state television"),
    ("The general said the convoy had been ambushed, the news agency reported.",
     "the convoy had been ambushed", "the news agency"),
    ("The governor said schools would stay shut, the newspaper reported.",
     "schools would stay shut", "the newspaper"),
])
def test_trailing_relay_is_not_content(quote_pipe: Pipeline, text: str, content: str,
                                       relay: str) -> None:
    q = next(q for q in quotes_of(quote_pipe, text) if q.cue.text == "said")
    assert (q.content.text, [r.text for r in q.relays]) == (content, [relay])


# --- class: scope of "according to X"
@pytest.mark.parametrize("text,source,content", [
    ("The talks collapsed on Monday and, according to diplomats, will not resume before "
     "spring.", "diplomats", "will not resume before spring"),
    ("The bridge reopened at noon but, according to engineers, must close again in May.",
     "engineers", "must close again in May"),
    ("Washington has refused to withdraw and has sent more troops to the base, according to "
     "local lawmakers.", "local lawmakers",
     "Washington has refused to withdraw and has sent more troops to the base"),
])
def test_according_to_covers_its_clause(quote_pipe: Pipeline, text: str, source: str,
                                        content: str) -> None:
    q = next(q for q in quotes_of(quote_pipe, text) if q.kind == "according_to")
    assert (q.speaker.text, q.content.text) == (source, content)


def test_according_to_on_a_noun_splits_the_sentence(quote_pipe: Pipeline) -> None:
    text = "The death toll, according to hospital officials, rose to 40."
    q = next(q for q in quotes_of(quote_pipe, text) if q.kind == "according_to")
    assert [p.text for p in q.content_parts] == ["The death toll", "rose to 40"]


@pytest.mark.parametrize("text,outer,inner_source,inner", [
    ("The army said the town, which according to residents had been shelled overnight, was "
     "back under control.", "The army", "residents", "had been shelled overnight"),
    ("Police said the suspect, who according to neighbours had lived alone, was arrested at "
     "dawn.", "Police", "neighbours", "had lived alone"),
    ("The ministry said the convoy, which according to aid workers carried only food, had "
     "been turned back.", "The ministry", "aid workers", "carried only food"),
])
def test_according_to_inside_a_statement_is_nested(quote_pipe: Pipeline, text: str, outer: str,
                                                   inner_source: str, inner: str) -> None:
    found = quotes_of(quote_pipe, text)
    said = next(q for q in found if q.cue.text == "said")
    according = next(q for q in found if q.kind == "according_to")
    assert said.speaker.text == outer and said.relays == []
    assert (according.speaker.text, according.content.text) == (inner_source, inner)


@pytest.mark.parametrize("text,speaker,content,relay", [
    ("According to state media, the president told the cabinet that prices must fall.",
     "the president", "prices must fall", "state media"),
    ("The minister said the talks had failed, according to state television.",
     "The minister", "the talks had failed", "state television"),
    ("The rebels have seized the airport, the commander said, according to the news agency.",
     "the commander", "The rebels have seized the airport", "the news agency"),
])
def test_according_to_around_a_statement_relays_it(quote_pipe: Pipeline, text: str, speaker: str,
                                                   content: str, relay: str) -> None:
    q = next(q for q in quotes_of(quote_pipe, text) if q.kind != "according_to")
    assert (q.speaker.text, q.content.text, [r.text for r in q.relays]) == (
        speaker, content, [relay])


# --- class: the outlet's narration hung on a reported sentence
@pytest.mark.parametrize("text,content", [
    ("Hours after the missile strike, coalition warplanes pounded rebel positions in the "
     "capital, residents said.", "coalition warplanes pounded rebel positions in the capital"),
    ("Two days after the vote, protesters stormed the parliament building, police said.",
     "protesters stormed the parliament building"),
    ("The army said it had retaken the town, hours after rebels stormed a nearby base.",
     "it had retaken the town"),
    ("The ministry said the border was closed, a week after gunmen attacked a customs post.",
     "the border was closed"),
])
def test_measured_time_relation_is_narration(quote_pipe: Pipeline, text: str, content: str) -> None:
    q = next(q for q in quotes_of(quote_pipe, text) if q.cue is not None)
    assert q.content.text == content


def test_unmeasured_time_clause_stays_content(quote_pipe: Pipeline) -> None:
    """Look-alike: "after" without a measure is part of what is said."""
    (q,) = quotes_of(quote_pipe, "Police said the crowd dispersed after officers fired tear gas.")
    assert q.content.text == "the crowd dispersed after officers fired tear gas"


def test_time_relation_inside_the_sentence_stays_content(quote_pipe: Pipeline) -> None:
    """Look-alike: before a closing cue, the relation is part of the statement."""
    text = ("The army resumed shelling the port, six hours after it had agreed a truce, "
            "residents said.")
    q = next(q for q in quotes_of(quote_pipe, text) if q.cue)
    assert q.content.text == "The army resumed shelling the port, six hours after it had " \
                             "agreed a truce"


# --- class: the speaker's stance towards others' acts, and an active verb with
# an object after a passive report, are the speaker's next act (branch attrib3)
@pytest.mark.parametrize("text,content", [
    ("The minister said the budget had been balanced and praised the tax office.",
     "the budget had been balanced"),
    ("The governor said the depot had been looted and ordered a curfew in the port.",
     "the depot had been looted"),
    ("The police chief said the suspects had been arrested and dismissed the critics.",
     "the suspects had been arrested"),
    ("The mayor said the bridge had been repaired and thanked the engineers.",
     "the bridge had been repaired"),
])
def test_stance_or_active_act_leaves_content(quote_pipe: Pipeline, text: str,
                                             content: str) -> None:
    assert by_cue(quote_pipe, text)["said"][1] == content


@pytest.mark.parametrize("text,content", [
    ("Officials said the soldiers had come under fire and responded.",
     "the soldiers had come under fire and responded"),
    ("The general said his troops would not be provoked but would not give up the hills.",
     "his troops would not be provoked but would not give up the hills"),
    ("Witnesses said the convoy had been ambushed and burned.",
     "the convoy had been ambushed and burned"),
])
def test_reported_acts_stay_content(quote_pipe: Pipeline, text: str, content: str) -> None:
    assert by_cue(quote_pipe, text)["said"][1] == content


# --- class: a closing "according to X" after clauses with their own subjects
# covers the last one (branch attrib3)
@pytest.mark.parametrize("text,content", [
    ("Security forces fired tear gas at the crowd, and at least six people were killed, "
     "according to a rights group.", "at least six people were killed"),
    ("The cabinet declared a curfew in the north, and phone services were cut off, according "
     "to a monitoring group.", "phone services were cut off"),
    ("The dam burst on Sunday and three villages were flooded, according to the governor.",
     "three villages were flooded"),
])
def test_closing_according_to_covers_the_last_clause(quote_pipe: Pipeline, text: str,
                                                     content: str) -> None:
    assert by_cue(quote_pipe, text)["according to"][1] == content


def test_closing_according_to_over_one_subject(quote_pipe: Pipeline) -> None:
    text = "Washington refused to send troops and deployed ships instead, according to lawmakers."
    assert by_cue(quote_pipe, text)["according to"][1] == \
        "Washington refused to send troops and deployed ships instead"


# --- class: a list of reported acts split into sibling complements
# (clauses.listed_last, branch modality26): the later members stay in the content
@pytest.mark.parametrize("text,cue,content", [
    ("They say she forced her way through security at gunpoint, walked into the lounge and "
     "shot two guards.", "say",
     "she forced her way through security at gunpoint, walked into the lounge and shot two "
     "guards"),
    ("Seven employees were trapped, but cops say they were able to free them, disarm the "
     "woman, and take her into custody.", "say",
     "they were able to free them, disarm the woman, and take her into custody"),
    ("Witnesses say the gunmen shot the driver at close range, dragged the passengers off the "
     "bus and set it on fire.", "say",
     "the gunmen shot the driver at close range, dragged the passengers off the bus and set "
     "it on fire"),
    ("Villagers say soldiers surrounded the market before dawn, searched every stall and "
     "detained the traders.", "say",
     "soldiers surrounded the market before dawn, searched every stall and detained the "
     "traders"),
])
def test_a_list_split_into_complements_stays_reported(quote_pipe: Pipeline, text: str,
                                                      cue: str, content: str) -> None:
    assert by_cue(quote_pipe, text)[cue][1] == content


# what does not continue the list: the speaker's next speech act, a clause with
# its own subject
@pytest.mark.parametrize("text,cue,content", [
    ("He said the raid was a response to the blockade and warned that more strikes would "
     "follow.", "said", "the raid was a response to the blockade"),
    ("Police say the man was able to escape, and the search goes on.", "say",
     "the man was able to escape"),
])
def test_what_does_not_continue_the_list(quote_pipe: Pipeline, text: str, cue: str,
                                         content: str) -> None:
    assert by_cue(quote_pipe, text)[cue][1] == content


@pytest.mark.parametrize("text", [
    "The mayor said the pumps had failed twice, a claim the utility denied on Friday.",
    "Activists accused the agency of hiding the figures, a charge the ministry rejected.",
    "She told reporters the vote was rigged, and officials promised an inquiry next week.",
])
def test_before_comment_equals_the_token_scan(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """speed29: the comment test read on the DEP column answers as the scan
    over every word did, for every head and end."""
    from eventwire.stages.attribution.clauses import COMMENT_NOUNS, before_comment
    doc = spacy_nlp(text)
    for head in doc:
        for last in range(-1, len(doc) + 1):
            scanned = last
            for tok in doc[head.i + 1:last + 1]:
                if tok.dep_ in ("appos", "npadvmod") and tok.lemma_.lower() in COMMENT_NOUNS \
                        and doc[tok.left_edge.i - 1].text == ",":
                    scanned = tok.left_edge.i - 2
                    break
            assert before_comment(head, last) == scanned
