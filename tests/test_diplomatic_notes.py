"""A sent diplomatic note and a summons that carries one
(``eventwire/stages/events/diplomatic_notes.py``, branch types44; docs/annotation.md
relabel57 (a), (d)): sentences written for these tests, none copied from an
evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors", "eventwire_events"))


def found(pipe: Pipeline, text: str) -> list[tuple[str, str]]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2024, 6, 3))]))
    events: list[EventMention] = list(doc._.events)
    return [(e.trigger.text, e.type) for e in events]


# (a): one event on the noun, typed by what the note does; no verb, no participle
@pytest.mark.parametrize("text,trigger,kind", [
    ("Portugal's foreign ministry sent a diplomatic note to Rabat objecting to the new "
     "fishing quotas.", "note", "ACCUSE"),
    ("Riga said it had handed a note to the Belarusian charge d'affaires over the "
     "balloons.", "note", "ACCUSE"),
    ("Quito sends note verbale to Lima seeking the former minister's extradition",
     "note verbale", "REQUEST"),
    ("\"We delivered a note verbale to the Chilean government saying that we want the "
     "files returned,\" the minister said.", "note verbale", "REQUEST"),
    ("Hungary's foreign ministry sent diplomatic notes to Kyiv and Bucharest protesting "
     "the new language law.", "notes", "ACCUSE"),
])
def test_a_sent_note_is_one_event_on_the_noun(pipe: Pipeline, text: str, trigger: str,
                                              kind: str) -> None:
    got = found(pipe, text)
    assert (trigger, kind) in got, got
    light = ("sent", "sends", "handed", "delivered", "objecting", "seeking", "saying",
             "protesting")
    assert not any(w in light for w, _ in got), got


# (d): a summons with its note is one ACCUSE on the summons
@pytest.mark.parametrize("text,summons", [
    ("Athens summoned the Turkish ambassador on Monday and handed him a protest note.",
     "summoned"),
    ("The ministry summoned Hungary's envoy and gave her a note of protest over the map.",
     "summoned"),
    ("Vilnius invited the Polish ambassador to the ministry to hand him a note of protest.",
     "invited"),
])
def test_a_summons_with_its_note_is_one_accuse(pipe: Pipeline, text: str,
                                               summons: str) -> None:
    got = found(pipe, text)
    assert (summons, "ACCUSE") in got, got
    assert not any(w.split()[0] in ("note", "protest", "handed", "gave", "hand")
                   for w, _ in got), got


def test_a_summons_note_demanding_keeps_its_request(pipe: Pipeline) -> None:
    got = found(pipe, "Sofia summoned the Russian ambassador and handed him a note "
                      "demanding the release of the fishermen.")
    assert ("summoned", "ACCUSE") in got and ("demanding", "REQUEST") in got, got
    assert not any(w in ("note", "handed") for w, _ in got), got


# near misses: no sent note, no state's note, a note of no PLOVER act
@pytest.mark.parametrize("text", [
    "The embassy sent a note setting out the programme of the minister's visit.",
    "The teacher handed a note to the boy's parents after the lesson.",
    "Officials took note of the new figures, the spokesman said.",
    "The ministry said in a note that the talks would resume on Monday.",
    "Belgrade rejected the note and called the claims baseless.",
])
def test_no_note_event(pipe: Pipeline, text: str) -> None:
    got = found(pipe, text)
    assert not any(w.split()[0] in ("note", "notes", "sent", "handed") for w, _ in got), got


def test_a_note_told_in_another_sentence_is_its_own_event(pipe: Pipeline) -> None:
    got = found(pipe, "Zagreb summoned the Slovenian ambassador on Tuesday. On Wednesday "
                      "the ministry sent a diplomatic note to Ljubljana over the fishing "
                      "boats.")
    assert ("summoned", "ACCUSE") in got and ("note", "ACCUSE") in got, got


def test_a_sent_protest_note_is_one_event_on_protest(pipe: Pipeline) -> None:
    got = found(pipe, "Lisbon sent a protest note to Rabat over the fishing quotas.")
    assert [w.split()[0] for w, _ in got] == ["protest"], got


def test_a_sent_note_takes_the_sender_and_the_addressee(pipe: Pipeline) -> None:
    ((_, doc, _),) = list(pipe.docs([Article(
        text="Vietnam's foreign ministry sent a diplomatic note to Manila objecting to the "
             "survey.", published=date(2024, 6, 3))]))
    (note,) = [e for e in doc._.events if e.trigger.text == "note"]
    assert note.actor is not None and "ministry" in note.actor.text, note.actor
    assert note.recipient is not None and note.recipient.text == "Manila", note.recipient


# review96: a note "of" a courtesy carries no PLOVER act (a note of protest does)
@pytest.mark.parametrize("text", [
    "The president sent a note of thanks to the Japanese emperor after the visit.",
    "Lisbon handed a diplomatic note of condolence to the Brazilian embassy.",
    "The foreign ministry sent a note of appreciation to the Red Cross.",
])
def test_a_courtesy_note_is_no_event(pipe: Pipeline, text: str) -> None:
    got = found(pipe, text)
    assert not any(w.split()[0] in ("note", "sent", "handed") for w, _ in got), got


def test_a_note_of_protest_stays_accuse(pipe: Pipeline) -> None:
    got = found(pipe, "Beijing handed a note of protest to the Philippine embassy.")
    assert ("note", "ACCUSE") in got, got


# rules61 (relabel61 (d)): a note received is the sender's act on its noun, the
# receiver its recipient; "received" is no event
@pytest.mark.parametrize("text,trigger,kind,sender,receiver", [
    ("The ministry in Phnom Penh said it had received Bangkok's note on Friday.",
     "note", "ACCUSE", "Bangkok", "it"),
    ("Ankara said it had received Athens' protest note over the drilling ship.",
     "protest", "ACCUSE", "Athens'", "it"),
    ("Seoul's foreign ministry said it received Tokyo's note of protest over the visit.",
     "note", "ACCUSE", "Tokyo", "it"),
    ("The Kenyan foreign ministry confirmed it had received a diplomatic note from Kampala "
     "on the border dispute.", "note", "ACCUSE", "Kampala", "it"),
])
def test_a_received_note_is_the_senders_act(pipe: Pipeline, text: str, trigger: str,
                                            kind: str, sender: str, receiver: str) -> None:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2024, 6, 3))]))
    events = list(doc._.events)
    (note,) = [e for e in events if e.trigger.text.split()[0] == trigger]
    assert note.type == kind
    assert note.actor is not None and note.actor.text == sender, note.actor
    assert note.recipient is not None and note.recipient.text == receiver, note.recipient
    assert not any(e.trigger.text.startswith("receiv") for e in events)


@pytest.mark.parametrize("text", [
    # a private note, no state on either side
    "She said she had received a note from her neighbour about the noise.",
    # not a note: letters of application
    "The embassy received thousands of visa applications last month.",
])
def test_a_received_private_note_is_no_event(pipe: Pipeline, text: str) -> None:
    got = found(pipe, text)
    assert not any(w.split()[0] in ("note", "received") for w, _ in got), got


def test_a_document_without_a_note_word_skips_the_note_classes(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """speed48: ``names_a_note`` is read once per document; where it is False
    no token is a sent note or silenced by one, so the trigger scan may skip
    both classes; two documents do not share the answer."""
    from eventwire.stages.events.diplomatic_notes import (
        names_a_note,
        note_type,
        silenced_by_note,
    )

    with_note = spacy_nlp("Hanoi handed the envoy a note verbale protesting the seizure.")
    plain = spacy_nlp("The ministry protested to the embassy and demanded the crew's release. "
                      "Officials delivered a letter objecting to the raid.")
    assert names_a_note(with_note) and names_a_note(with_note)
    assert not names_a_note(plain) and not names_a_note(plain)
    assert all(note_type(t) is None and not silenced_by_note(t) for t in plain)
    assert any(note_type(t) is not None or silenced_by_note(t) for t in with_note)
