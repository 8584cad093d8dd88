"""A germ, a named disease or the waters as the doer (eventwire/stages/
events/natural_doers.py). Every sentence here was written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.natural_doers import has_natural_doer
from tests.conftest import events_of


def triggers(pipe: Pipeline, text: str) -> set[str]:
    return {e.trigger.text for e in events_of(pipe, text)}


@pytest.mark.parametrize("text,word", [
    ("The H7N9 strain has killed at least 40 people in the province since March.", "killed"),
    ("Health officials said the parasite attacks red blood cells within hours of a bite.",
     "attacks"),
    ("Hundreds of houses were destroyed by the rising waters, officials said.", "destroyed"),
    ("The cyclone moved north overnight. It destroyed more than 2,000 homes along the coast.",
     "destroyed"),
    ("Doctors said the Lassa virus spreads through rodents. Lassa has killed 30 people this "
     "year.", "killed"),
    ("The fungus is spread by touch. It has wiped out frogs across the region.", "wiped"),
    ("The bacteria attacked the patients' kidneys, the doctors said.", "attacked"),
    ("The cyclone hit the coast on Friday. Officials said it destroyed more than 3,000 "
     "homes.", "destroyed"),
])
def test_natural_doer_is_no_event(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    ("Militants killed 30 people in the village.", "killed"),
    ("The army said it destroyed three rebel camps near the border.", "destroyed"),
    ("The storm hit the coast. Rebels then attacked the town.", "attacked"),
    ("Police said the gang attacked two officers.", "attacked"),
    # "it" after a reporting subject it agrees with stands for that subject, not
    # for the hazard of the sentence before
    ("Heavy rain flooded the valley on Monday. The army said it destroyed three rebel "
     "camps near the border.", "destroyed"),
    ("The storm moved inland on Sunday. The government said it arrested twelve looters "
     "in the port.", "arrested"),
    # a place named before a weather or earth hazard is no disease name
    ("The Haiti earthquake killed thousands in 2010. Haiti accused the Dominican Republic "
     "of deporting its citizens.", "accused"),
    ("The Nepal quake destroyed whole villages. Nepal expelled two Chinese diplomats last "
     "week.", "expelled"),
])
def test_deliberate_doer_stays(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)


def test_they_needs_a_plural_natural_antecedent(event_pipe: Pipeline) -> None:
    """"they" does not stand for the singular "virus" (a natural word) before
    it: without the number check (``_agrees``) the warning is dropped."""
    text = ("The virus was detected in the herd by state vets on Monday. They warned the "
            "ministry and the ministry fined the farm.")
    assert "warned" in triggers(event_pipe, text)


@pytest.mark.parametrize("text", [
    "Doctors said the Lassa virus spreads through rodents. Lassa has killed 30 people.",
    "An Ebola outbreak hit the region in May, and a Marburg fever case followed in June.",
    "The Haiti earthquake killed thousands; the Zika virus spread later.",
])
def test_disease_names_read_from_columns_match_the_token_walk(
        event_pipe: Pipeline, text: str) -> None:
    """speed25: ``_disease_names`` reads the per-doc columns; it must name
    the same words as the Token walk it replaced."""
    from eventwire.stages.events import natural_doers
    from eventwire.stages.events.health_measures import words as health_words

    doc = event_pipe.nlp(text)
    diseases = health_words()["disease_words"]
    walked = frozenset(t.lower_ for t in doc if t.dep_ == "compound" and t.pos_ == "PROPN"
                       and t.head.lemma_.lower() in diseases)
    doc.user_data.pop(natural_doers.NAMES_KEY, None)
    assert walked  # not vacuous: each text names a disease by a proper noun
    assert natural_doers._disease_names(doc) == walked


def _walked_doers(tok):  # type: ignore[no-untyped-def]
    out = [c for c in tok.children if c.dep_ == "nsubj"]
    out += [g for c in tok.children if c.dep_ == "agent" for g in c.children
            if g.dep_ == "pobj"]
    if not out and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        out = [c for c in tok.head.children if c.dep_ == "nsubj"]
    if tok.pos_ == "NOUN":
        out += [c for c in tok.children if c.dep_ in ("compound", "poss")]
    return out


@pytest.mark.parametrize("text", [
    "Homes were destroyed by the rising waters and the storm flooded the valley.",
    "The virus spread quickly and killed forty people, the ministry's report said.",
    "The parasite's attack on the cells was described by doctors in a Lassa fever study.",
])
def test_doers_read_from_the_children_table_match_the_token_walk(
        event_pipe: Pipeline, text: str) -> None:
    """speed25: ``_doers`` reads the children table; for every token it must
    give the Token walk's words in the walk's order."""
    from eventwire.stages.events import natural_doers

    doc = event_pipe.nlp(text)
    found = 0
    for tok in doc:
        walked = [t.i for t in _walked_doers(tok)]
        assert [t.i for t in natural_doers._doers(tok)] == walked
        found += len(walked)
    assert found >= 2  # not vacuous


# events26: an illness, a killing verb hung on its subject, a passive with an
# outbreak "after" which it happened; each sentence gave the event with the
# rule disabled
@pytest.mark.parametrize("text,word", [
    ("State health officials issued an alert on Monday after an outbreak of measles killed "
     "over 40 children in the district.", "killed"),
    ("So far the illness has killed more than 70 people in the region.", "killed"),
    ("Officials said at least twelve people were killed and dozens remain in hospital after "
     "an outbreak of cholera in the camp.", "killed"),
])
def test_illness_and_outbreak_causes_are_no_event(event_pipe: Pipeline, text: str,
                                                  word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    ("At least twelve people were killed after an attack on the camp.", "killed"),
    ("Five soldiers were killed after the rebels ambushed their convoy.", "killed"),
    ("Ten villagers were killed after the storm by soldiers looking for rebels.", "killed"),
    # only harms: a closure after an outbreak is someone's order (COERCE restrict)
    ("Schools were closed after an outbreak of cholera in the district.", "closed"),
])
def test_killings_after_an_attack_stay(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)


# review35: "outbreak" / "epidemic" of violence is no disease: the killing
# "after an outbreak of fighting" (the passive cause of events26) or with such
# an outbreak as its subject is someone's act
@pytest.mark.parametrize("text", [
    "At least twenty people were killed after an outbreak of violence in the northern city.",
    "Police said an outbreak of fighting killed 30 people in the camp.",
    "Six traders were wounded after a fresh outbreak of clashes near the market.",
])
def test_an_outbreak_of_violence_is_no_natural_doer(spacy_nlp: Any, text: str) -> None:
    doc = spacy_nlp(text)
    harm = next(t for t in doc if t.lemma_ in ("kill", "wound"))
    assert not has_natural_doer(harm)


@pytest.mark.parametrize("text", [
    "At least twelve people were killed after an outbreak of cholera in the camp.",
    "Officials said an outbreak of measles killed 40 children in the district.",
])
def test_an_outbreak_of_a_disease_stays_a_natural_doer(spacy_nlp: Any, text: str) -> None:
    doc = spacy_nlp(text)
    assert has_natural_doer(next(t for t in doc if t.lemma_ == "kill"))


# review35: a passive harm "in clashes" / "during the riots" is violence's,
# even with an outbreak "after" which it came
@pytest.mark.parametrize("text", [
    "Five protesters were killed in clashes with police after an outbreak of cholera.",
    "Two nurses were injured during the riots after the outbreak of Ebola in the town.",
])
def test_a_violent_cause_beside_the_outbreak_keeps_the_harm(spacy_nlp: Any, text: str) -> None:
    doc = spacy_nlp(text)
    assert not has_natural_doer(next(t for t in doc if t.lemma_ in ("kill", "injure")))


DISEASE_TEXTS = (
    "The Marburg virus killed four herders before the clinic closed.",
    "An Nipah outbreak spread through two villages, officials said.",
    "Soldiers fired on the crowd; the Zika epidemic was not mentioned.",
)


def test_disease_names_kept_with_the_doc_without_keeping_it(spacy_nlp: Any) -> None:
    """speed30, tidy64: an article's names are kept in its own user_data
    (strings, no reference to the doc; no module-level "last article"
    shared by threads): the same names on a second ask, a new doc is read
    anew, and a finished doc is freed without the collector."""
    import gc
    import weakref

    from eventwire.stages.events.natural_doers import _disease_names

    gc.disable()
    try:
        for text in DISEASE_TEXTS:
            doc = spacy_nlp(text)
            first = _disease_names(doc)
            assert _disease_names(doc) is first
            assert _disease_names(spacy_nlp(text)) == first  # a new doc: read anew, alike
            gone = weakref.ref(doc)
            del doc
            assert gone() is None
    finally:
        gc.enable()


@pytest.mark.parametrize("text,screened", [
    # a natural word only as a lemma of an inflected form, a flu code in capitals
    ("The floods swept away the bridge. They destroyed forty homes.", True),
    ("An H5N1 outbreak was reported; it has killed 12 birds.", True),
    # a disease named by a proper noun
    ("A Nipah virus case was confirmed. Nipah has killed three people.", True),
    # no natural doer anywhere: every candidate is cleared
    ("Rebels attacked the town and the army said it destroyed their camps.", False),
    ("The minister accused the opposition of blocking the reform bill.", False),
])
def test_document_screen_clears_only_documents_without_a_natural_word(
        event_pipe: Pipeline, text: str, screened: bool) -> None:
    """speed60: ``may_name_natural`` is False only for a document where no
    token passes ``_is_natural_word``; where it is False, the unscreened
    doer walk finds no natural doer for any token either."""
    from eventwire.stages.events import natural_doers

    doc = event_pipe.nlp(text)
    assert natural_doers.may_name_natural(doc) is screened
    if not screened:
        doc.user_data[natural_doers.SCREEN_KEY] = (len(doc), True)  # the walk, unscreened
        assert not any(natural_doers._is_natural_word(t) for t in doc)
        assert not any(has_natural_doer(t) for t in doc)


def test_screen_and_names_keep_no_module_state_and_agree_across_threads(
        spacy_nlp: Any) -> None:
    """tidy64: the screen and the disease names keep their state with each
    doc, none in the module (two threads running the pipeline, the web app
    or Ray workers, shared the module's id sets and "last article"): the
    module's containers are the same objects with the same contents after
    calls from four threads, and every thread's answers are the serial ones."""
    from concurrent.futures import ThreadPoolExecutor

    from eventwire.stages.events import natural_doers

    texts = [*DISEASE_TEXTS, "Rebels attacked the town and the army said it destroyed their camps.",
             "An H5N1 outbreak was reported; it has killed 12 birds.",
             "The minister accused the opposition of blocking the reform bill."]
    mutable = {k: (v, repr(v)) for k, v in vars(natural_doers).items()
               if isinstance(v, (set, list, dict))}

    def answers(text: str) -> tuple[bool, frozenset[str]]:
        doc = spacy_nlp(text)
        return natural_doers.may_name_natural(doc), natural_doers._disease_names(doc)

    serial = [answers(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(answers, texts * 4))
    assert threaded == serial * 4
    assert any(screened for screened, _ in serial) and not all(s for s, _ in serial)
    assert {k: (v, repr(v)) for k, v in vars(natural_doers).items()
            if isinstance(v, (set, list, dict))} == mutable
