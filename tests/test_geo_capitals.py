"""``geo/capitals``: the flags read from the attribute arrays are what the
per-token test answers (sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire.stages.geo.capitals import NAME_TAGS, capitalised_flags

TEXTS = [
    "MOSUL, Iraq - The Iraqi army entered Viña del Mar and the Old City on Monday.",
    "He said The Hague and NATO would meet in Castellón de la Plana, not in IT.",
    "",
]


def _token_test(tok) -> bool:  # type: ignore[no-untyped-def]
    return bool(tok.text[:1].isupper() and not tok.is_stop and (
        tok.pos_ in NAME_TAGS or (tok.is_alpha and tok.text.isupper())))


@pytest.mark.parametrize("text", TEXTS)
def test_flags_equal_the_token_test(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    assert capitalised_flags(doc) == [_token_test(t) for t in doc]


def test_stop_words_and_lower_case_are_not_name_words(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(TEXTS[1])
    flags = dict(zip([t.text for t in doc], capitalised_flags(doc), strict=True))
    assert flags["Hague"] and flags["NATO"] and flags["Castellón"]
    assert not flags["He"] and not flags["said"] and not flags["de"]
