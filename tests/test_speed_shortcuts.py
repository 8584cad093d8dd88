"""The speed8 shortcuts (issue #12) give what the full computation gives:
each is compared with the code it replaced on sentences written for these
tests (none from an evaluation set)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.tokens import Doc, Span, Token

from eventwire.stages.actors.titles import _titles, title_before
from eventwire.stages.events.clauses import title_case_verb
from eventwire.stages.events.reciprocal import RECIPROCAL_WORDS, says_each_other
from eventwire.stages.geo.context import MAX_WORDS, _name_spans, proper_flags

TEXTS = [
    "Army Deploys Troops To Border After Clashes In Kasai",
    "Rebels Attack Convoy Near Goma, Officials Say",
    "The foreign ministers of Chile and Argentina met each other in Santiago on Monday.",
    "Former President Ana Ruiz and Gen. Ali Musa, a retired army chief, exchanged letters.",
    "Police in KwaZulu-Natal said the Prime Minister\nvisited Durban and the Eastern Cape.",
]


def _old_title_before(text: str, start: int) -> tuple[int, str] | None:
    pattern, table = _titles()
    found = pattern.search(text[max(0, start - 60):start])
    if found is None:
        return None
    return max(0, start - 60) + found.start(1), table[found.group(1).lower()]


@pytest.mark.parametrize("text", TEXTS + ["President\nAna Ruiz", "ex-minister  Musa", "(Gen. X"])
def test_title_before_equals_the_full_search(text: str) -> None:
    for start in range(len(text) + 1):
        assert title_before(text, start) == _old_title_before(text, start), (text, start)


def _old_proper(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN", "ADJ") and not tok.is_stop


def _old_name_spans(doc: Doc, taken: set[int]) -> Iterator[Span]:
    i = 0
    while i < len(doc):
        if i in taken or not _old_proper(doc[i]):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j not in taken and j - i < MAX_WORDS and (
                _old_proper(doc[j]) or (doc[j].text == "-" and j + 1 < len(doc)
                                        and _old_proper(doc[j + 1]) and not doc[j].whitespace_)):
            j += 1
        yield doc[i:j]
        i = j


@pytest.mark.parametrize("text", TEXTS)
def test_name_spans_equal_the_token_by_token_scan(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    assert proper_flags(doc) == [_old_proper(t) for t in doc]
    for taken in (set(), {0, 3}, set(range(2, 6))):
        old = [(s.start, s.end) for s in _old_name_spans(doc, set(taken))]
        assert [(s.start, s.end) for s in _name_spans(doc, set(taken))] == old
        assert [(s.start, s.end) for s in _name_spans(doc, set(taken), proper_flags(doc))] == old


def _old_title_case_verb(tok: Token) -> str | None:
    sent, low = tok.sent, tok.lower_
    if tok.i == sent.start or tok.i + 1 >= sent.end or not tok.text[:1].isupper() or \
            len(low) < 4 or not tok.is_alpha:
        return None
    before = tok.doc[tok.i - 1]
    if before.pos_ not in ("NOUN", "PROPN"):
        return None
    if low.endswith("s") and not low.endswith("ss"):
        return low[:-1] if not low.endswith("es") else f"{low[:-1]}|{low[:-2]}"
    plural = before.lower_.endswith("s") or before.lower_ in {
        "police", "military", "army", "junta", "government", "cabinet", "parliament",
        "opposition", "navy", "militia", "gendarmerie"}
    return low if plural else None


@pytest.mark.parametrize("text", TEXTS)
def test_title_case_verb_equals_the_sentence_first_order(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    assert [title_case_verb(t) for t in doc] == [_old_title_case_verb(t) for t in doc]


@pytest.mark.parametrize("text", TEXTS)
def test_says_each_other_reads_the_sentence(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    for tok in doc:
        old = any(w in tok.sent.text.lower() for w in RECIPROCAL_WORDS)
        assert says_each_other(tok) == old
