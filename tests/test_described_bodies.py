"""Class *a body the knowledge base does not know, described by the article*
(actors65, :mod:`eventwire.stages.events.described_bodies`): sentences
written for this test (invented names), none from an evaluation set."""

from __future__ import annotations

import re

import pytest
from spacy.tokens import Doc, Token

from eventwire.models import Article
from eventwire.nlp.extensions import release_caches
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.described_bodies import (
    SECTORS_KEY,
    _aliases,
    _sector_at,
    body_sector,
    may_describe,
    sector_of_words,
)
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


# speed65: the exact shortcuts in front of body_sector (screen, bracket test, memo)

@pytest.mark.parametrize(("text", "may"), [
    ("Firefighters pulled two hikers from the gorge on Tuesday after a storm.", False),
    ("Shares of Norvex fell 4% once the chief executive quit, Reuters said.", False),
    ("The Halden Orchestra cancelled its spring tour, the Halden Orchestra said.", False),
    ("Delegates of the Marren Party walked out of the hearing.", True),
    ("A watchdog in Tolvik said the audit was late.", True),
    ("Bus drivers from the CTV union stayed home.", True),
])
def test_screen_clears_only_documents_without_sector_words(pipe: Pipeline, text: str,
                                                           may: bool) -> None:
    doc = parsed(pipe, text)
    assert may_describe(doc) is may
    if not may:  # exact: no mention of the document can get a sector
        for i, tok in enumerate(doc):
            if tok.text[:1].isupper():
                assert body_sector(doc, doc[i:i + 1]) is None


@pytest.mark.parametrize(("text", "name"), [
    ("The Velani Workers Congress (VWC) met. The VWC struck.", "VWC"),
    ("The Velani Workers Congress met on Monday; VWC members struck.", "VWC"),
    ("Delegates of the (Kestrel) movement, and of Kestrel Watch (KW), met.", "KW"),
    ("Kestrel (KW) and the Orava Front ( KW ) both spoke.", "KW"),
])
def test_aliases_as_the_bracket_pattern_finds_them(text: str, name: str) -> None:
    full = set(_aliases(text, name))
    for m in re.finditer(r"([A-Z][\w'\-]*(?:\s+(?:of|for|the|and|de|[A-Z][\w'\-]*))*)\s*\("
                         + re.escape(name) + r"\)", text):
        assert m.group(1) in full


def test_memo_gives_body_sector_and_is_released(pipe: Pipeline) -> None:
    doc = parsed(pipe, "The opposition KRP staged a sit-in. Later the KRP accused the "
                       "commission, and Tom Ruiz of the KRP party left.")
    for tok in doc:
        if tok.text[:1].isupper():
            start, end = tok.idx, tok.idx + len(tok)
            want = body_sector(doc, doc[tok.i:tok.i + 1])
            assert _sector_at(doc, start, end) == want
            assert _sector_at(doc, start, end) == want  # the kept answer
    assert _sector_at(doc, doc[2].idx, doc[2].idx + 3) == "OPP"  # "KRP"
    release_caches(doc)
    assert SECTORS_KEY not in doc.user_data
