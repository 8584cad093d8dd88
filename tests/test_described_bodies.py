"""Class *a body the knowledge base does not know, described by the article*
(actors65, :mod:`eventwire.stages.events.described_bodies`): sentences
written for this test (invented names), none from an evaluation set."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.described_bodies import sector_of_words
from eventwire.stages.events.participants import actor_mention


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


def parsed(pipe: Pipeline, text: str) -> Doc:
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    assert doc is not None
    return doc


def last_subject(doc: Doc, name: str) -> Token:
    return [t for t in doc if t.text == name and t.dep_.startswith("nsubj")][-1]


def sectors_of(pipe: Pipeline, text: str, name: str) -> list[str]:
    doc = parsed(pipe, text)
    m = actor_mention(doc, last_subject(doc, name))
    assert m is not None
    return list(m.sectors)


@pytest.mark.parametrize(("text", "name", "sector"), [
    # a word before the name
    ("The opposition KRP staged a sit-in outside the electoral office. "
     "Later that evening the KRP accused the commission of rigging the count.", "KRP", "OPP"),
    ("Voters backed the ruling Velani Union Front in most districts, and the "
     "Front rejected calls for a recount.", "Front", "GOV"),
    ("Talks with the pro-independence Oravian Popular Assembly (OPA) stalled in March. "
     "Yesterday the OPA demanded a referendum.", "OPA", "OPP"),
    # nouns after the name
    ("Army posts near the border came under fire from TLA rebels overnight, "
     "officials said. A week on, the TLA denied attacking civilians.", "TLA", "REB"),
    ("Commuters were stranded after the Korvak transport union walked out. "
     "Korvak said the strike would go on.", "Korvak", "LAB"),
    # an apposition
    ("Kestrel Watch, a human rights group based abroad, counted 40 arrests. "
     "On Friday Kestrel Watch urged the authorities to free the detainees.", "Watch", "NGO"),
    ("Turnout was low, said the PNR party, which boycotted the poll. On Monday "
     "the PNR called for fresh elections.", "PNR", "OPP"),
])
def test_the_article_says_what_the_body_is(pipe: Pipeline, text: str, name: str,
                                           sector: str) -> None:
    assert sectors_of(pipe, text, name) == [sector]


@pytest.mark.parametrize(("text", "name"), [
    # the body is only the object of a verb, nothing describes it
    ("Police raided the offices of the KRP in the capital. The KRP accused the "
     "commission of rigging the count.", "KRP"),
    # a negated description says nothing of what it is
    ("Loyalists set up the anti-independence KTV last year. The KTV "
     "blocked the talks on Sunday.", "KTV"),
    # a person described as an opposition figure is no body: left to the person rules
    ("Opposition lawmaker Anna Rieko said the count was rigged. Rieko blocked the "
     "vote on Sunday.", "Rieko"),
])
def test_no_description_no_sector_from_it(pipe: Pipeline, text: str, name: str) -> None:
    doc = parsed(pipe, text)
    m = actor_mention(doc, last_subject(doc, name))
    assert m is None or "+described" not in m.rule


@pytest.mark.parametrize(("words", "sector"), [
    (["the", "former", "ruling", "party"], "OPP"),
    (["anti", "-", "rebel", "militia"], "UAF"),
    (["labour", "federation"], "LAB"),
    (["federation"], None),
    (["rights", "centre"], "NGO"),
])
def test_words_to_sector(words: list[str], sector: str | None) -> None:
    assert sector_of_words(words) == sector
