"""Quotes, speakers, relays and event chains."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline

COMPONENTS = ("eventwire_actors", "eventwire_quotes", "eventwire_events",
              "eventwire_event_attribution")


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=COMPONENTS)


def run(pipe: Pipeline, text: str, outlet: str = "Wire"):  # type: ignore[no-untyped-def]
    ((_, doc, _),) = list(pipe.docs([Article(text=text, outlet=outlet,
                                             published=date(2021, 3, 2))]))
    return doc


def test_indirect_speech(pipe: Pipeline) -> None:
    doc = run(pipe, "The interior minister warned that the rebels would attack the capital.")
    (q,) = doc._.quotes
    assert q.kind == "indirect" and q.cue.text == "warned"
    assert "minister" in q.speaker.text
    assert q.content.text.startswith("the rebels would attack")


def test_direct_quote_after_and_relay(pipe: Pipeline) -> None:
    text = "“Our fighters will attack the base,” Mohi explained, Press TV reported."
    doc = run(pipe, text, outlet="IQNA")
    q = next(q for q in doc._.quotes if q.kind == "direct")
    assert q.speaker.text == "Mohi" and q.cue.text == "explained"
    assert q.content.text == "Our fighters will attack the base"
    assert [r.text for r in q.relays] == ["Press TV"]
    attack = next(e for e in doc._.events if e.trigger.text == "attack")
    assert [(a.role, a.text) for a in attack.attribution] == [
        ("speaker", "Mohi"), ("relay", "Press TV"), ("outlet", "IQNA")]


def test_straight_quotes_and_according_to(pipe: Pipeline) -> None:
    doc = run(pipe, 'According to local officials, troops shelled the village on Monday.')
    q = next(q for q in doc._.quotes if q.kind == "according_to")
    assert "officials" in q.speaker.text
    shelled = next(e for e in doc._.events if e.trigger.text == "shelled")
    assert shelled.attribution[0].role == "speaker"


def test_pronoun_continuation_resolves(pipe: Pipeline) -> None:
    doc = run(pipe, "Kataib Hezbollah spokesman Muhammad Mohi spoke on Thursday. "
                    "He added that the group would attack US forces.")
    attack = next(e for e in doc._.events if e.trigger.text == "attack")
    speaker = attack.attribution[0]
    # the text is the evidence ("He"), the name whom it stands for
    assert speaker.role == "speaker" and speaker.text == "He"
    assert speaker.name == "Muhammad Mohi"
    assert ("on_behalf_of", "Kataib Hezbollah") in [(a.role, a.text) for a in
                                                    attack.attribution]


def test_statement_by_a_body(pipe: Pipeline) -> None:
    doc = run(pipe, "He referred to a statement by the Commission, which warned that the "
                    "fighters would attack soon.")
    q = next(q for q in doc._.quotes if q.cue and q.cue.text == "warned")
    assert "Commission" in q.speaker.text


def test_outlet_only_for_plain_report(pipe: Pipeline) -> None:
    doc = run(pipe, "Rebels attacked an army base near the border on Sunday.")
    (ev,) = [e for e in doc._.events if e.trigger.text == "attacked"]
    assert [(a.role, a.text) for a in ev.attribution] == [("outlet", "Wire")]


def test_passive_subject_is_no_speaker(pipe: Pipeline) -> None:
    doc = run(pipe, "The government will be accused of colluding with the enemy.")
    assert all(q.cue is None or q.cue.text != "accused" for q in doc._.quotes)


def test_quoted_as_saying_makes_the_outlet_a_relay(pipe: Pipeline) -> None:
    doc = run(pipe, "Reuters quoted a senior official as saying that the talks had stalled.")
    (q,) = doc._.quotes
    assert q.speaker.text == "a senior official" and q.cue.text == "saying"
    assert [r.text for r in q.relays] == ["Reuters"]
    assert q.content.text == "the talks had stalled"


def test_quote_continues_in_the_next_sentence(pipe: Pipeline) -> None:
    doc = run(pipe, "“The ceasefire is holding,” the spokesman said. “But violations "
                    "continue in the north.”")
    first, second = doc._.quotes
    assert second.kind == "continuation" and second.cue is None
    assert second.speaker == first.speaker
    assert second.content.text == "But violations continue in the north"


def test_parenthetical_cue_splits_the_content(pipe: Pipeline) -> None:
    doc = run(pipe, "The talks, the mediator said, had reached a critical stage.")
    (q,) = doc._.quotes
    assert [p.text for p in q.content_parts] == ["The talks", "had reached a critical stage"]
    assert q.speaker.text == "the mediator"


def test_statement_issued_by_a_body_and_claims_that(pipe: Pipeline) -> None:
    doc = run(pipe, "The statement, issued by the interior ministry, said the curfew would be "
                    "extended. The army denied reports that it had used cluster munitions.")
    first, second = doc._.quotes
    assert first.speaker.text == "the interior ministry"
    assert second.content.text == "it had used cluster munitions"


def test_apposition_belongs_to_the_speaker(pipe: Pipeline) -> None:
    doc = run(pipe, "The UN envoy, Martin Griffiths, said both sides had agreed to a truce.")
    (q,) = doc._.quotes
    assert q.speaker.text == "The UN envoy, Martin Griffiths"


def test_inverted_quote_and_shared_participle_subject(pipe: Pipeline) -> None:
    doc = run(pipe, "“There will be consequences,” warned the minister.")
    (q,) = doc._.quotes
    assert q.speaker.text == "the minister"
    doc = run(pipe, "“Nobody is above the law,” the judge said, adding that the trial would "
                    "resume on Monday.")
    said, adding = doc._.quotes
    assert adding.cue.text == "adding" and adding.speaker.text == "the judge"


def test_whoever_reports_a_statement_relays_it(pipe: Pipeline) -> None:
    doc = run(pipe, "Hezbollah said in a statement that its fighters had destroyed a tank, "
                    "Al-Manar reported.")
    (q,) = doc._.quotes
    assert q.speaker.text == "Hezbollah" and [r.text for r in q.relays] == ["Al-Manar"]


def test_nested_quote_makes_the_outer_speaker_a_relay(pipe: Pipeline) -> None:
    doc = run(pipe, "“The commander told us ‘we will never retreat’ before he left,” the "
                    "soldier said.")
    outer, inner = doc._.quotes
    assert outer.speaker.text == "the soldier"
    assert inner.kind == "nested" and inner.speaker.text == "The commander"
    assert inner.content.text == "we will never retreat"
    assert [r.text for r in inner.relays] == ["the soldier"]


def test_guillemets_and_inverted_speaker(pipe: Pipeline) -> None:
    doc = run(pipe, "«Nous ne céderons pas», said the French minister.")
    (q,) = doc._.quotes
    assert q.speaker.text == "the French minister" and q.content.text == "Nous ne céderons pas"


@pytest.mark.parametrize("text", [
    # an organisation resolved to its KB name ("Baghdad" -> Iraq) and a
    # name broken by an invisible character: the link text stays the source text
    'Rebels attacked the army in Mosul, the Iraqi interior ministry said. "We will strike '
    'again," said Abu Ali, a spokesman. The \u200cUnited Nations condemned the attack in '
    'Baghdad on 3 March 2020.',
    "Kataib Hezbollah spokesman Muhammad Mohi spoke on Thursday. He added that the group "
    "would attack US forces.",
    "The Kremlin spokesman said on Monday that Moscow would retaliate against new sanctions.",
])
def test_link_text_is_the_evidence(pipe: Pipeline, text: str) -> None:
    doc = run(pipe, text)
    links = [a for e in doc._.events for a in e.attribution if a.start is not None]
    assert links
    for a in links:
        assert text[a.start:a.end] == a.text, (a.role, a.text, a.name)


# class: a personal pronoun the actor stage leaves unresolved continues the
# run of the speaker before it, and with it that run's relay (branch relays)
@pytest.mark.parametrize("text,relay", [
    ("The president told CNN that sanctions had failed. He said the country would not "
     "negotiate under pressure.", "CNN"),
    ("The opposition leader said the vote was rigged, the news agency reported. She said "
     "her supporters would march on Friday.", "the news agency"),
    ("In an interview with the BBC, the governor said the dam was safe. He added that "
     "engineers had inspected it twice.", "the BBC"),
])
def test_pronoun_continues_the_relayed_run(pipe: Pipeline, text: str, relay: str) -> None:
    doc = run(pipe, text)
    assert [[r.text for r in q.relays] for q in doc._.quotes] == [[relay], [relay]]


def test_pronoun_follows_the_latest_speaker(pipe: Pipeline) -> None:
    doc = run(pipe, "The minister told CNN that talks had failed. The opposition leader said "
                    "the minister was lying. He said protests would continue.")
    assert [[r.text for r in q.relays] for q in doc._.quotes] == [["CNN"], [], []]
